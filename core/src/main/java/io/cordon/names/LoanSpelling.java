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

  private static final Respelling RULES = new Respelling(
      "dzh>j zh>j dj>j kh>h ck>k ph>f th>t ou>u oo>u ee>i q>k x>ks w>v z>s y>i", LoanSpelling::inContext);

  public static String of(String s) {
    return RULES.of(s);
  }

  /** The rewrites that look at the letters around them. */
  private static int inContext(String s, int i, Respelling.Out out) {
    int n = s.length();
    char c = s.charAt(i);
    char next = i + 1 < n ? s.charAt(i + 1) : 0;
    if (c == 'c' && next == 'h') {
      // technology/teknologiya, Christ; a Russian ch before a vowel stays (chip)
      char after = i + 2 < n ? s.charAt(i + 2) : 0;
      return out.put(after != 0 && !vowel(after) ? "k" : "ch", 2);
    } else if (c == 'i' && next == 'e' && i + 2 == n - 1 && s.charAt(n - 1) == 's') {
      return out.put("i", 2); // technologies/tekhnolodzhiz: the e of a plural -ies is not pronounced
    } else if (c == 'e' && i == n - 1 && n > 3) {
      return out.put("", 1); // positive/pozitiv, service/servis
    } else if (c == 'c') {
      return out.put(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
    } else if (c == 'g') {
      return out.put(next == 'e' || next == 'i' || next == 'y' ? 'j' : 'g');
    }
    return 0;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
