package io.cordon.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Step: splits a normalised name into raw tokens (still in their own script and case).
 * Separators are anything but letters, marks, digits and apostrophes. Dotted abbreviations are
 * joined ("A.B.C." and "G.m.b.H." are one token each, "S.A. de C.V." is "SA de CV"), while an
 * initial followed by a dot stays alone ("V. Putin"). Hyphenated words are split; the parts
 * remember that they were joined, so "Jean-Marie" also meets "Jeanmarie". Camel-case words are
 * split at a lower-to-upper change ("SergeiLavrov", "PricewaterhouseCoopers").
 */
final class Tokenizer {
  private Tokenizer() {}

  /** A token as written; {@code hyphenNext} when a hyphen joined it to the next token. */
  record RawToken(String text, boolean hyphenNext) {}

  static List<RawToken> tokenize(String s) {
    List<RawToken> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      // a chunk is a maximal run without whitespace or hard separators
      while (i < n && isHardSeparator(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isHardSeparator(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        chunk(s.substring(start, i), out);
      }
    }
    return out;
  }

  private static boolean isHardSeparator(char c) {
    if (Character.isLetterOrDigit(c) || c == '\'' || c == '.' || c == '-') {
      return false;
    }
    int type = Character.getType(c);
    return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
        && type != Character.ENCLOSING_MARK;
  }

  /** One whitespace-free chunk: dotted abbreviation, hyphenated compound or plain word. */
  private static void chunk(String c, List<RawToken> out) {
    String[] hy = c.split("-", -1);
    for (int h = 0; h < hy.length; h++) {
      String part = hy[h];
      boolean hyphenNext = h < hy.length - 1;
      if (isDottedAbbreviation(part)) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < part.length(); k++) {
          if (part.charAt(k) != '.') {
            b.append(part.charAt(k));
          }
        }
        add(b.toString(), hyphenNext, out);
        continue;
      }
      // dots elsewhere separate ("Amazon.com", "V.Putin")
      String[] dotted = part.split("\\.");
      for (int d = 0; d < dotted.length; d++) {
        camel(dotted[d], hyphenNext && d == dotted.length - 1, out);
      }
    }
  }

  /** "A.B.C.", "G.m.b.H.", "p.l.c", "S.A.": runs of one or two letters each followed by a dot. */
  private static boolean isDottedAbbreviation(String p) {
    int letters = 0;
    int groups = 0;
    int run = 0;
    for (int k = 0; k < p.length(); k++) {
      char ch = p.charAt(k);
      if (ch == '.') {
        if (run == 0 || run > 2) {
          return false;
        }
        groups++;
        run = 0;
      } else if (Character.isLetter(ch)) {
        run++;
        letters++;
      } else {
        return false;
      }
    }
    if (run > 2) {
      return false;
    }
    if (run > 0) {
      groups++;
    }
    return groups >= 2 && letters >= 2;
  }

  private static void camel(String w, boolean hyphenNext, List<RawToken> out) {
    int from = 0;
    for (int k = 1; k < w.length(); k++) {
      char prev = w.charAt(k - 1);
      char cur = w.charAt(k);
      if (Character.isLowerCase(prev) && Character.isUpperCase(cur) && k - from >= 2 && hasLower(w, k + 1)) {
        add(w.substring(from, k), true, out);
        from = k;
      }
    }
    add(w.substring(from), hyphenNext, out);
  }

  /** A camel-case split needs a lower-case letter after the capital ("SiemensAG" stays whole). */
  private static boolean hasLower(String w, int from) {
    return from < w.length() && Character.isLowerCase(w.charAt(from));
  }

  private static void add(String t, boolean hyphenNext, List<RawToken> out) {
    String s = strip(t);
    if (!s.isEmpty()) {
      out.add(new RawToken(s, hyphenNext));
    }
  }

  private static String strip(String t) {
    int a = 0;
    int b = t.length();
    while (a < b && (t.charAt(a) == '\'' || t.charAt(a) == '.')) {
      a++;
    }
    while (b > a && (t.charAt(b - 1) == '\'' || t.charAt(b - 1) == '.')) {
      b--;
    }
    return t.substring(a, b);
  }
}
