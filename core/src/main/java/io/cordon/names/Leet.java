package io.cordon.names;

/** "Ig0r Sech1n": digits used as letters inside a word are read as the letters they imitate. */
final class Leet {
  private Leet() {}

  /** The de-leeted word, or null when the word is not letters mixed with digits. */
  static String undo(String s) {
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else {
        letters++;
      }
    }
    if (digits == 0 || letters < 2) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(switch (c) {
        case '0' -> 'o';
        case '1' -> 'i';
        case '3' -> 'e';
        case '4' -> 'a';
        case '5' -> 's';
        case '7' -> 't';
        case '8' -> 'b';
        default -> c;
      });
    }
    return b.toString();
  }
}
