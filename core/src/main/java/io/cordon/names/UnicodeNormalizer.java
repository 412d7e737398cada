package io.cordon.names;

import java.text.Normalizer;

/**
 * Step 1: Unicode NFKC, so full-width letters, ligatures and compatibility forms compare as the
 * letters they stand for, and the many apostrophe-like marks become one ASCII apostrophe.
 */
final class UnicodeNormalizer {
  private UnicodeNormalizer() {}

  static String normalize(String s) {
    String n = isPlainAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = null;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      char r = switch (c) {
        case '\u2018', '\u2019', '\u02bc', '\u02bb', '\u02be', '\u02bf', '\u0060', '\u00b4', '\u2032' -> '\'';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
        default -> c;
      };
      if (r != c) {
        if (b == null) {
          b = new StringBuilder(n);
        }
        b.setCharAt(i, r);
      }
    }
    return b == null ? n : b.toString();
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
