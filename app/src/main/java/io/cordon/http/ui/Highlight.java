package io.cordon.http.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks the words of a name that match a word of the other side's names, so an analyst sees at a
 * glance which parts carried the hit. Words match when equal after case and accent folding, or
 * when both are long enough and differ by one edit (two from six letters) (Aleksei / Alexei). Deliberately simple:
 * the scorer's explanations say how the score came about; this only guides the eye.
 */
final class Highlight {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final Set<String> words;

  /** @param otherNames the names on the other side (the entity's when marking the party's, and vice versa) */
  Highlight(Collection<String> otherNames) {
    Set<String> w = new HashSet<>();
    for (String n : otherNames) {
      for (String token : tokens(n)) {
        if (isWord(token)) {
          w.add(fold(token));
        }
      }
    }
    this.words = w;
  }

  /** A piece of a name; marked pieces are shown in {@code <mark>} (marked.jte). */
  record Piece(String text, boolean marked) {}

  /** The name in pieces, the words that match marked; joining the texts gives the name back. */
  List<Piece> mark(String name) {
    List<Piece> out = new ArrayList<>();
    for (String token : tokens(name)) {
      out.add(new Piece(token, isWord(token) && matches(fold(token))));
    }
    return out;
  }

  boolean matches(String folded) {
    if (folded.isEmpty()) {
      return false;
    }
    if (words.contains(folded)) {
      return true;
    }
    if (folded.length() < 4) {
      return false;
    }
    int allowed = folded.length() >= 6 ? 2 : 1;
    for (String w : words) {
      if (w.length() >= 4 && Math.abs(w.length() - folded.length()) <= allowed && distance(w, folded) <= allowed) {
        return true;
      }
    }
    return false;
  }

  /** Splits into runs of letters/digits and runs of everything else; joining the pieces gives the input back. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null || s.isEmpty()) {
      return out;
    }
    int start = 0;
    boolean word = Character.isLetterOrDigit(s.codePointAt(0));
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean w = Character.isLetterOrDigit(cp) || (word && Character.getType(cp) == Character.NON_SPACING_MARK);
      if (w != word) {
        out.add(s.substring(start, i));
        start = i;
        word = w;
      }
      i += Character.charCount(cp);
    }
    out.add(s.substring(start));
    return out;
  }

  private static boolean isWord(String token) {
    return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0));
  }

  static String fold(String word) {
    String d = Normalizer.normalize(word, Normalizer.Form.NFKD);
    return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance (two rows). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
