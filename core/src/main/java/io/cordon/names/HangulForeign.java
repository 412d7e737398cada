package io.cordon.names;

/**
 * Korean writes foreign names with an epenthetic "eu" after consonant clusters and ends, and one
 * letter for l and r (블라디미르 is romanised "beulladimileu"). This variant drops "eu" after a
 * consonant, reads a doubled "ll" as one "l" and a final "l" as "r" ("bladimir"), which brings
 * foreign names back near their Latin spelling. Korean names themselves keep the first variant.
 */
final class HangulForeign {
  private HangulForeign() {}

  static String variant(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'e' && i + 1 < s.length() && s.charAt(i + 1) == 'u' && i > 0 && !vowel(s.charAt(i - 1))) {
        i++;
        continue;
      }
      if (c == 'l' && b.length() > 0 && b.charAt(b.length() - 1) == 'l') {
        continue;
      }
      b.append(c);
    }
    int last = b.length() - 1;
    if (last > 0 && b.charAt(last) == 'l') {
      b.setCharAt(last, 'r');
    }
    return b.toString();
  }

  private static boolean vowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
