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

  private static final Respelling RULES = new Respelling(
      "shch>s tsch>c sch>s tch>c ch>c cz>c ts>c tz>c sh>s sz>s kh>h zh>z ph>f th>t ou>u oo>u"
          + " w>v y>i j>i x>ks q>k", null);

  public static String of(String s) {
    return RULES.of(s);
  }
}
