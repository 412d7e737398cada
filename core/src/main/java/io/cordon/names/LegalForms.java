package io.cordon.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisation legal forms, in any script once romanised, mapped to shared symbols: OOO, ООО, ТОВ,
 * LLC, SRL and "obshchestvo s ogranichennoy otvetstvennostyu" are all {@code llc}; AO, ZAO, OAO,
 * PAO, JSC, OJSC and "joint stock company" are {@code jsc}. The symbol replaces the words, so the
 * scorer compares "OAO Gazprom" and "Gazprom JSC" as the same name with the same legal form.
 * Phrases are matched longest first on folded tokens.
 */
final class LegalForms {
  private LegalForms() {}

  private static final String[] TABLE = {
      // limited liability companies
      "llc", "llc", "lc", "llc", "ooo", "llc", "too", "llc", "tov", "llc",
      "limited liability company", "llc", "limited liability co", "llc",
      "obshchestvo s ogranichennoy otvetstvennostyu", "llc", "obshchestvo s ogranichennoi otvetstvennostiu", "llc",
      "obshchestvo s ogranichennoj otvetstvennostju", "llc",
      "tovarystvo z obmezhenoyu vidpovidalnistyu", "llc", "tovaristvo z obmezhenoyu vidpovidalnistyu", "llc",
      "srl", "llc", "sarl", "llc", "societatea cu raspundere limitata", "llc",
      "societa a responsabilita limitata", "llc", "sociedad de responsabilidad limitada", "llc",
      "societe a responsabilite limitee", "llc", "ltda", "llc",
      "gmbh", "gmbh", "gesellschaft mit beschrankter haftung", "gmbh", "gesellschaft mit beschraenkter haftung", "gmbh",
      "doo", "doo", "drustvo s ogranicenom odgovornoscu", "doo", "dooel", "doo",
      "sp z oo", "spzoo", "spzoo", "spzoo", "spolka z ograniczona odpowiedzialnoscia", "spzoo",
      "sro", "sro", "spol sro", "sro",
      // joint stock companies
      "jsc", "jsc", "ojsc", "jsc", "cjsc", "jsc", "pjsc", "jsc", "ao", "jsc", "oao", "jsc", "zao", "jsc", "pao", "jsc",
      "pat", "jsc", "prat", "jsc", "jstc", "jsc",
      "joint stock company", "jsc", "open joint stock company", "jsc", "closed joint stock company", "jsc",
      "public joint stock company", "jsc", "joint-stock company", "jsc", "jointstock company", "jsc",
      "open joint-stock company", "jsc", "closed joint-stock company", "jsc", "joint stock co", "jsc",
      "aktsionernoye obshchestvo", "jsc", "aktsionernoe obshchestvo", "jsc",
      "otkrytoye aktsionernoye obshchestvo", "jsc", "otkrytoe aktsionernoe obshchestvo", "jsc",
      "zakrytoye aktsionernoye obshchestvo", "jsc", "zakrytoe aktsionernoe obshchestvo", "jsc",
      "publichnoye aktsionernoye obshchestvo", "jsc", "publichnoe aktsionernoe obshchestvo", "jsc",
      "aktsionerne tovarystvo", "jsc", "publichne aktsionerne tovarystvo", "jsc",
      "ag", "ag", "aktiengesellschaft", "ag",
      // limited companies and corporations
      "ltd", "ltd", "limited", "ltd", "pvt ltd", "ltd", "private limited", "ltd", "pte ltd", "ltd", "pty ltd", "ptyltd",
      "pty", "pty", "proprietary limited", "ptyltd",
      "plc", "plc", "public limited company", "plc",
      "inc", "inc", "incorporated", "inc",
      "corp", "corp", "corporation", "corp",
      "co", "co", "company", "co", "compania", "co", "compagnie", "co", "cie", "co",
      "llp", "llp", "limited liability partnership", "llp",
      "lp", "lp", "limited partnership", "lp",
      "sa", "sa", "sociedad anonima", "sa", "societe anonyme", "sa", "sociedade anonima", "sa",
      "sa de cv", "sadecv", "sab de cv", "sadecv", "s de rl de cv", "sadecv", "s de rl", "llc",
      "spa", "spa", "societa per azioni", "spa",
      "bv", "bv", "besloten vennootschap", "bv", "nv", "nv", "naamloze vennootschap", "nv", "bvba", "bvba",
      "sl", "sl", "sas", "sas", "se", "se", "ab", "ab", "oy", "oy", "oyj", "oy", "kg", "kg", "gmbh co kg", "kg",
      "kft", "kft", "zrt", "zrt", "ad", "ad", "ead", "ad", "eood", "eood", "ood", "ood",
      "fze", "fze", "fzco", "fzco", "fzc", "fzco", "fzllc", "llc",
      "as", "as", "a s", "as", "aps", "aps", "asa", "asa",
      "sdn bhd", "sdnbhd", "bhd", "bhd", "tbk", "tbk", "pt", "pt",
  };

  private static final Map<String, String> PHRASES = new HashMap<>();
  private static final int MAX_WORDS;

  static {
    int max = 1;
    for (int i = 0; i < TABLE.length; i += 2) {
      PHRASES.put(TABLE[i], TABLE[i + 1]);
      max = Math.max(max, TABLE[i].split(" ").length);
    }
    MAX_WORDS = max;
  }

  /** Length in tokens of the legal-form phrase starting at {@code from}, or 0. */
  static int match(List<String> forms, int from) {
    for (int len = Math.min(MAX_WORDS, forms.size() - from); len >= 1; len--) {
      if (PHRASES.containsKey(join(forms, from, len))) {
        return len;
      }
    }
    return 0;
  }

  /** The symbol of a phrase found by {@link #match}. */
  static String symbol(List<String> forms, int from, int len) {
    return PHRASES.get(join(forms, from, len));
  }

  private static String join(List<String> forms, int from, int len) {
    if (len == 1) {
      return forms.get(from);
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + len; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(forms.get(i));
    }
    return b.toString();
  }
}
