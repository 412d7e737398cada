package io.cordon.match;

import io.cordon.model.FtmModel;

/**
 * Feature {@code schema_mismatch}: the query's schema cannot describe the candidate (a Person query
 * against a Company, a Vessel against a Person). Compatible when either schema is the other or
 * descends from it; an unknown schema (LegalEntity, Thing) is compatible with its descendants.
 */
final class SchemaFeature {
  static final String NAME = "schema_mismatch";

  private SchemaFeature() {}

  static Explanation apply(String query, String entity, ScorerConfig c) {
    if (compatible(query, entity)) {
      return null;
    }
    return new Explanation(NAME, -c.schemaMismatch(), c.schemaMismatch(),
        "a " + query + " cannot be the listed " + entity);
  }

  static boolean compatible(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    FtmModel m = FtmModel.get();
    var sa = m.schema(a);
    var sb = m.schema(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return true;
    }
    return sa.get().isA(b) || sb.get().isA(a);
  }
}
