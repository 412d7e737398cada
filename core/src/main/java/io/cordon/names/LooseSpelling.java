package io.cordon.names;

/**
 * A loose spelling of a folded token that collapses the differences romanisation standards make
 * while keeping the vowels: sh/sch/sz to s, ch/tch/tsch/cz/ć to c, kh to h, zh to z, ts/tz to c,
 * w to v, y and j to i, x to ks, ph to f, th to t, ou/oo to u, doubled letters to one. "Pashich"
 * and "Pašić", "Bracci" and "Brachchi", "Fjodorovič" and "Fedorovich" come within an edit or two.
 * The scorer compares loose spellings next to the exact ones; it is not an index key.
 */
public final class LooseSpelling {
  private LooseSpelling() {}

  public static String of(String s) {
    int n = s.length();
    StringBuilder b = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      String r;
      int len = 1;
      if (s.startsWith("shch", i)) {
        r = "s";
        len = 4;
      } else if (s.startsWith("tsch", i)) {
        r = "c";
        len = 4;
      } else if (s.startsWith("sch", i)) {
        r = "s";
        len = 3;
      } else if (s.startsWith("tch", i)) {
        r = "c";
        len = 3;
      } else if (s.startsWith("ch", i) || s.startsWith("cz", i) || s.startsWith("ts", i) || s.startsWith("tz", i)) {
        r = "c";
        len = 2;
      } else if (s.startsWith("sh", i) || s.startsWith("sz", i)) {
        r = "s";
        len = 2;
      } else if (s.startsWith("kh", i)) {
        r = "h";
        len = 2;
      } else if (s.startsWith("zh", i)) {
        r = "z";
        len = 2;
      } else if (s.startsWith("ph", i)) {
        r = "f";
        len = 2;
      } else if (s.startsWith("th", i)) {
        r = "t";
        len = 2;
      } else if (s.startsWith("ou", i) || s.startsWith("oo", i)) {
        r = "u";
        len = 2;
      } else {
        r = switch (c) {
          case 'w' -> "v";
          case 'y', 'j' -> "i";
          case 'x' -> "ks";
          case 'q' -> "k";
          default -> String.valueOf(c);
        };
      }
      for (int k = 0; k < r.length(); k++) {
        char o = r.charAt(k);
        if (b.length() == 0 || b.charAt(b.length() - 1) != o) {
          b.append(o);
        }
      }
      i += len;
    }
    return b.toString();
  }
}
