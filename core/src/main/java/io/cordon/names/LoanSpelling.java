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
    return Respelling.apply(s, LoanSpelling::step);
  }

  private static int step(String s, int i, Respelling.Out out) {
    int n = s.length();
    char c = s.charAt(i);
    char next = i + 1 < n ? s.charAt(i + 1) : 0;
    if (s.startsWith("dzh", i)) {
      return out.put("j", 3);
    } else if (s.startsWith("zh", i) || s.startsWith("dj", i)) {
      return out.put("j", 2);
    } else if (s.startsWith("ch", i)) {
      // technology/teknologiya, Christ; a Russian ch before a vowel stays (chip)
      char after = i + 2 < n ? s.charAt(i + 2) : 0;
      return out.put(after != 0 && !vowel(after) ? "k" : "ch", 2);
    } else if (s.startsWith("kh", i)) {
      return out.put("h", 2);
    } else if (s.startsWith("ck", i)) {
      return out.put("k", 2);
    } else if (s.startsWith("ph", i)) {
      return out.put("f", 2);
    } else if (s.startsWith("th", i)) {
      return out.put("t", 2);
    } else if (s.startsWith("ou", i) || s.startsWith("oo", i)) {
      return out.put("u", 2);
    } else if (s.startsWith("ee", i)) {
      return out.put("i", 2);
    } else if (c == 'i' && next == 'e' && i + 2 == n - 1 && s.charAt(n - 1) == 's') {
      return out.put("i", 2); // technologies/tekhnolodzhiz: the e of a plural -ies is not pronounced
    } else if (c == 'e' && i == n - 1 && n > 3) {
      return out.put("", 1); // positive/pozitiv, service/servis
    }
    return switch (c) {
      case 'c' -> out.put(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
      case 'g' -> out.put(next == 'e' || next == 'i' || next == 'y' ? 'j' : 'g');
      case 'q' -> out.put('k');
      case 'x' -> out.put("ks", 1);
      case 'w' -> out.put('v');
      case 'z' -> out.put('s');
      case 'y' -> out.put('i');
      default -> out.put(c);
    };
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
