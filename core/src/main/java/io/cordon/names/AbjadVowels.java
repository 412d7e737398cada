package io.cordon.names;

/**
 * Arabic and Hebrew write long vowels with the letters romanised as w and y (بوتين is "bwtyn").
 * This variant reads a w or y after a consonant as the vowel it usually is ("butin"), so the
 * romanisation meets the Latin spelling of the name.
 */
final class AbjadVowels {
  private AbjadVowels() {}

  static String vowelize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean afterConsonant = i > 0 && "aeiouwy".indexOf(s.charAt(i - 1)) < 0;
      if (c == 'w' && afterConsonant) {
        b.append('u');
      } else if (c == 'y' && afterConsonant) {
        b.append('i');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
