package io.cordon.names;

/**
 * Indic scripts carry an inherent vowel that ICU writes out at the end of a word ("पुटिन" gives
 * "putina") though Hindi and Bengali do not pronounce it there. This variant drops a final "a"
 * after a consonant.
 */
final class InherentVowel {
  private InherentVowel() {}

  /** The word without its final inherent "a", or null when it does not end in consonant + a. */
  static String drop(String s) {
    int n = s.length();
    if (n < 4 || s.charAt(n - 1) != 'a' || "aeiou".indexOf(s.charAt(n - 2)) >= 0) {
      return null;
    }
    return s.substring(0, n - 1);
  }
}
