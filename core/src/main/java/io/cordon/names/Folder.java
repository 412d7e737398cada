package io.cordon.names;

import java.text.Normalizer;

/**
 * Case and diacritics folding of a romanised token to lower-case ASCII letters and digits:
 * "Erdoğan" becomes "erdogan", "Władimir" "wladimir", "Straße" "strasse". Apostrophes and any
 * other character are dropped, so "Qa'ida" and "Qaida" are one token.
 */
final class Folder {
  private Folder() {}

  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    String src = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        b.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + 32));
      } else if (c >= 0x80) {
        String r = special(c);
        if (r != null) {
          b.append(r);
        }
      }
    }
    return b.toString();
  }

  /** Letters NFD does not decompose into a base letter plus marks. */
  private static String special(char c) {
    return switch (c) {
      case 'ß' -> "ss";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'ø', 'Ø' -> "o";
      case 'ł', 'Ł' -> "l";
      case 'đ', 'Đ', 'ð', 'Ð' -> "d";
      case 'þ', 'Þ' -> "th";
      case 'ı' -> "i";
      case 'ħ', 'Ħ' -> "h";
      case 'ŋ' -> "n";
      case 'ǝ', 'ə', 'Ə' -> "e";
      default -> null;
    };
  }
}
