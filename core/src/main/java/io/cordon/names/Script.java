package io.cordon.names;

import java.lang.Character.UnicodeScript;

/** The writing system of one token, as far as name analysis cares. */
enum Script {
  LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, ARMENIAN, GEORGIAN, HAN, HANGUL, KANA, THAI, DEVANAGARI, KHMER,
  /** digits and symbols only */
  COMMON,
  /** a script with no dedicated handling; ICU's Any-Latin is tried */
  OTHER;

  /** True for scripts whose romanisation writes vowels as w/y (abjads): a "u/i" variant helps. */
  boolean abjad() {
    return this == ARABIC || this == HEBREW;
  }

  /** The script of a token: that of its first letter which is not Common/Inherited. */
  static Script of(String token) {
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (Character.isLetter(cp)) {
          return Script.LATIN;
        }
        continue;
      }
      UnicodeScript s = UnicodeScript.of(cp);
      switch (s) {
        case COMMON, INHERITED -> { continue; }
        case LATIN -> { return Script.LATIN; }
        case CYRILLIC -> { return Script.CYRILLIC; }
        case GREEK -> { return Script.GREEK; }
        case ARABIC -> { return Script.ARABIC; }
        case HEBREW -> { return Script.HEBREW; }
        case ARMENIAN -> { return Script.ARMENIAN; }
        case GEORGIAN -> { return Script.GEORGIAN; }
        case HAN -> { return Script.HAN; }
        case HANGUL -> { return Script.HANGUL; }
        case HIRAGANA, KATAKANA -> { return Script.KANA; }
        case THAI -> { return Script.THAI; }
        case DEVANAGARI -> { return Script.DEVANAGARI; }
        case KHMER -> { return Script.KHMER; }
        default -> { return Script.OTHER; }
      }
    }
    return Script.COMMON;
  }
}
