package io.cordon.names;

/**
 * Step: "SURNAME, Given Names" (as OFAC and UN write persons) becomes "Given Names SURNAME", so the
 * family name is last for every source. Only for persons and parties of unknown kind, only with one
 * comma, and not when what follows the comma is a legal form ("Nantahala Fund, Ltd.").
 */
final class NameOrder {
  private NameOrder() {}

  /** The reordered name, or the name unchanged. */
  static String reorder(String s, NameKind kind, LegalForms legalForms) {
    if (kind == NameKind.ORGANIZATION || kind == NameKind.VESSEL) {
      return s;
    }
    int comma = s.indexOf(',');
    if (comma <= 0 || s.indexOf(',', comma + 1) >= 0) {
      return s;
    }
    String before = s.substring(0, comma).strip();
    String after = s.substring(comma + 1).strip();
    if (after.isEmpty() || before.isEmpty() || words(before) > 3) {
      return s;
    }
    if (kind != NameKind.PERSON && looksLikeLegalForm(after, legalForms)) {
      return s;
    }
    return after + " " + before;
  }

  private static int words(String s) {
    return s.split("\\s+").length;
  }

  private static boolean looksLikeLegalForm(String after, LegalForms legalForms) {
    java.util.List<String> forms = new java.util.ArrayList<>();
    for (Tokenizer.RawToken t : Tokenizer.tokenize(after)) {
      forms.add(Folder.fold(t.text()));
    }
    int i = 0;
    while (i < forms.size()) {
      int len = legalForms.match(forms, i);
      if (len == 0) {
        return false;
      }
      i += len;
    }
    return true;
  }
}
