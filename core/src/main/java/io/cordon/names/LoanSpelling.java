package io.cordon.names;

/**
 * A spelling of a folded word that meets an English loanword and its transliteration back from
 * Russian (or another script): "Positive Technologies" and "Pozitiv Teknolodzhiz" both give
 * {@code positiv teknolojis}. The rules undo what a Russian rendering of an English word does (ch
 * before a consonant is k, a soft g is dzh, s between vowels is z, a final e is dropped) and fold
 * the usual letter pairs (c/k/s, ph/f, w/v, y/i, doubled letters). Used by the scorer for the
 * words of organisation names only, where such loanwords are common; a person's name keeps its
 * own spelling rules ({@link LooseSpelling}).
 */
public final class LoanSpelling {
  private LoanSpelling() {}

  public static String of(String s) {
    int n = s.length();
    StringBuilder b = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      String r;
      int len = 1;
      if (s.startsWith("dzh", i)) {
        r = "j";
        len = 3;
      } else if (s.startsWith("zh", i) || s.startsWith("dj", i)) {
        r = "j";
        len = 2;
      } else if (s.startsWith("ch", i)) {
        // technology/teknologiya, Christ; a Russian ch before a vowel stays (chip)
        char after = i + 2 < n ? s.charAt(i + 2) : 0;
        r = after != 0 && !vowel(after) ? "k" : "ch";
        len = 2;
      } else if (s.startsWith("kh", i)) {
        r = "h";
        len = 2;
      } else if (s.startsWith("ck", i)) {
        r = "k";
        len = 2;
      } else if (s.startsWith("ph", i)) {
        r = "f";
        len = 2;
      } else if (s.startsWith("th", i)) {
        r = "t";
        len = 2;
      } else if (s.startsWith("ou", i) || s.startsWith("oo", i)) {
        r = "u";
        len = 2;
      } else if (s.startsWith("ee", i)) {
        r = "i";
        len = 2;
      } else if (c == 'i' && next == 'e' && i + 2 == n - 1 && s.charAt(n - 1) == 's') {
        r = "i"; // technologies/tekhnolodzhiz: the e of a plural -ies is not pronounced
        len = 2;
      } else if (c == 'e' && i == n - 1 && n > 3) {
        r = ""; // positive/pozitiv, service/servis
      } else {
        r = switch (c) {
          case 'c' -> next == 'e' || next == 'i' || next == 'y' ? "s" : "k";
          case 'g' -> next == 'e' || next == 'i' || next == 'y' ? "j" : "g";
          case 'q' -> "k";
          case 'x' -> "ks";
          case 'w' -> "v";
          case 'z' -> "s";
          case 'y' -> "i";
          default -> String.valueOf(c);
        };
      }
      for (int k = 0; k < r.length(); k++) {
        char o = r.charAt(k);
        if (b.length() == 0 || b.charAt(b.length() - 1) != o) {
          b.append(o);
        }
      }
      i += len;
    }
    return b.toString();
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
