package io.cordon.match;

import java.util.Set;
import java.util.TreeSet;

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
        // Sorted: the same text in every JVM (sets iterate in a per-JVM order).
        "countries differ: " + new TreeSet<>(query) + " vs " + new TreeSet<>(entity));
  }
}
