package io.cordon.sources.support;

import java.util.Locale;
import java.util.Set;

/**
 * Spots a company legal form in an organisation name ("LLC", "JSC", "GmbH", "Ltd."), so that the
 * adapters can say Company instead of Organization: FtM treats a Company as an Organization that
 * can own assets and has registration identifiers.
 */
public final class LegalForms {
  private LegalForms() {}

  private static final Set<String> TOKENS = Set.of(
      "llc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "company", "co",
      "jsc", "ojsc", "pjsc", "cjsc", "ojc", "oao", "zao", "ooo", "pao", "ao", "tov", "pat", "llp", "lp",
      "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "as", "kft",
      "doo", "pte", "bhd", "sdn", "fze", "fzco", "fzc", "fz", "llc-fz", "pvt", "lda", "ltda", "sal",
      "jsco", "cic", "sae", "wll", "sprl", "bvba", "ohg", "eurl", "cv");

  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]+");

  /** True when a token of the name (letters only, dots dropped) is a legal form. */
  public static boolean hasLegalForm(String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (String t : SEPARATORS.split(n)) {
      if (TOKENS.contains(t)) {
        return true;
      }
    }
    return false;
  }
}
