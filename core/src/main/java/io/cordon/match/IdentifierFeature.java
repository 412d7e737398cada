package io.cordon.match;

/**
 * Feature {@code identifier_match}: a normalised identifier of the query (passport, INN, OGRN, LEI,
 * BIC, IMO, ISIN, wallet address...) equals one of the candidate's. It is a main feature: the score
 * becomes at least the configured identifier score, whatever the names say.
 */
final class IdentifierFeature {
  static final String NAME = "identifier_match";

  private IdentifierFeature() {}

  /** The matching identifier, or null. */
  static String match(PreparedQuery q, PreparedEntity e) {
    if (q.identifiers.isEmpty() || e.identifiers.isEmpty()) {
      return null;
    }
    for (String id : q.identifiers) {
      if (e.identifiers.contains(id)) {
        return id;
      }
      // IMO numbers are written with or without their "IMO" prefix
      if (id.startsWith("IMO") && e.identifiers.contains(id.substring(3))
          || e.identifiers.contains("IMO" + id)) {
        return id;
      }
    }
    return null;
  }

  static Explanation explain(String id, double weight) {
    return new Explanation(NAME, 1.0, weight, "identifier " + id + " is listed for this entity");
  }
}
