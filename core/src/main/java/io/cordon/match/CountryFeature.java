package io.cordon.match;

import java.util.Set;

/** Feature {@code country_mismatch}: countries known on both sides and none in common. */
final class CountryFeature {
  static final String NAME = "country_mismatch";

  private CountryFeature() {}

  static Explanation apply(Set<String> query, Set<String> entity, ScorerConfig c) {
    if (query.isEmpty() || entity.isEmpty()) {
      return null;
    }
    for (String q : query) {
      if (entity.contains(q)) {
        return null;
      }
    }
    return new Explanation(NAME, -c.countryMismatch(), c.countryMismatch(),
        "countries differ: " + query + " vs " + entity);
  }
}
