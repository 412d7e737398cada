package io.cordon.names;

/**
 * Khmer to Latin, which ICU 74 does not provide: consonants, dependent and independent vowels by
 * the UNGEGN-style table, an inherent "o" between two consonants, subscript consonants (after the
 * coeng sign) joined without a vowel, and the sign that makes ប a "p". Enough for names to meet
 * their Latin spelling ("ពូទីន" gives "putin", "ហ៊ុន ម៉ាណែត" gives "hun manaet").
 */
final class KhmerRomanizer {
  private KhmerRomanizer() {}

  private static final String[] CONSONANTS = {
      "k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n", "t", "th", "t", "th",
      "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "sh", "ss", "s", "h", "l", ""};
  private static final String[] INDEPENDENT = {
      "a", "aa", "e", "ei", "u", "uk", "ou", "ov", "rueu", "rueu", "lueu", "lueu", "ae", "ai", "ao", "ao", "au"};
  private static final String[] DEPENDENT = {
      "a", "e", "i", "oe", "oe", "u", "u", "uo", "aeu", "oea", "ie", "e", "ae", "ai", "ao", "au"};

  static boolean isKhmer(int cp) {
    return cp >= 0x1780 && cp <= 0x17FF;
  }

  static String romanize(String s) {
    StringBuilder b = new StringBuilder(s.length() * 2);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x1780 && c <= 0x17A2) {
        String r = CONSONANTS[c - 0x1780];
        if (c == 0x1794 && i + 1 < n && s.charAt(i + 1) == 0x17C9) {
          r = "p";
        }
        b.append(r);
        // an inherent vowel when the next letter is another full consonant
        int j = i + 1;
        while (j < n && (s.charAt(j) == 0x17C9 || s.charAt(j) == 0x17CA || s.charAt(j) == 0x17CC)) {
          j++;
        }
        if (j < n && s.charAt(j) >= 0x1780 && s.charAt(j) <= 0x17A2 && j + 1 < n && i > 0) {
          b.append('o');
        } else if (j < n && s.charAt(j) >= 0x1780 && s.charAt(j) <= 0x17A2 && i == 0) {
          b.append('o');
        }
      } else if (c >= 0x17A3 && c <= 0x17B3) {
        b.append(INDEPENDENT[c - 0x17A3]);
      } else if (c >= 0x17B6 && c <= 0x17C5) {
        b.append(DEPENDENT[c - 0x17B6]);
      } else if (c == 0x17C6) {
        b.append('m');
      } else if (c == 0x17C7) {
        b.append('h');
      } else if (c == 0x17D2) {
        // coeng: the next consonant is subscript, no vowel between them
        if (b.length() > 0 && b.charAt(b.length() - 1) == 'o' && i > 0 && s.charAt(i - 1) != 'o') {
          b.setLength(b.length() - 1);
        }
      } else if (!isKhmer(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
