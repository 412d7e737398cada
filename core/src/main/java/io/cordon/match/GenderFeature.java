package io.cordon.match;

/** Feature {@code gender_mismatch}: genders known on both sides and different. */
final class GenderFeature {
  static final String NAME = "gender_mismatch";

  private GenderFeature() {}

  static Explanation apply(String query, String entity, ScorerConfig c) {
    if (query == null || entity == null || query.equals(entity)) {
      return null;
    }
    return new Explanation(NAME, -c.genderMismatch(), c.genderMismatch(),
        "gender differs: " + query + " vs " + entity);
  }
}
