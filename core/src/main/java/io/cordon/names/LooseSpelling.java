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
    return Respelling.apply(s, LooseSpelling::step);
  }

  private static int step(String s, int i, Respelling.Out out) {
    if (s.startsWith("shch", i)) {
      return out.put("s", 4);
    } else if (s.startsWith("tsch", i)) {
      return out.put("c", 4);
    } else if (s.startsWith("sch", i)) {
      return out.put("s", 3);
    } else if (s.startsWith("tch", i)) {
      return out.put("c", 3);
    } else if (s.startsWith("ch", i) || s.startsWith("cz", i) || s.startsWith("ts", i) || s.startsWith("tz", i)) {
      return out.put("c", 2);
    } else if (s.startsWith("sh", i) || s.startsWith("sz", i)) {
      return out.put("s", 2);
    } else if (s.startsWith("kh", i)) {
      return out.put("h", 2);
    } else if (s.startsWith("zh", i)) {
      return out.put("z", 2);
    } else if (s.startsWith("ph", i)) {
      return out.put("f", 2);
    } else if (s.startsWith("th", i)) {
      return out.put("t", 2);
    } else if (s.startsWith("ou", i) || s.startsWith("oo", i)) {
      return out.put("u", 2);
    }
    char c = s.charAt(i);
    return switch (c) {
      case 'w' -> out.put('v');
      case 'y', 'j' -> out.put('i');
      case 'x' -> out.put("ks", 1);
      case 'q' -> out.put('k');
      default -> out.put(c);
    };
  }
}
