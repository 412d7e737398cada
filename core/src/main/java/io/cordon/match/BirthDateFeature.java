package io.cordon.match;

import java.util.List;

/**
 * Feature {@code birth_date}: birth dates known on both sides are compared at the precision both
 * have ("1952" is compatible with "1952-10-07"). No agreeing year costs {@code birthYearMismatch};
 * an agreeing year but no agreeing full date costs the smaller {@code birthDayMismatch}. Unknown
 * dates cost nothing.
 */
final class BirthDateFeature {
  static final String NAME = "birth_date";

  private BirthDateFeature() {}

  /** The penalty explanation, or null when the dates agree or are unknown. */
  static Explanation apply(List<String> query, List<String> entity, ScorerConfig c) {
    if (query.isEmpty() || entity.isEmpty()) {
      return null;
    }
    boolean yearAgrees = false;
    for (String a : query) {
      for (String b : entity) {
        if (compatible(a, b)) {
          return null;
        }
        if (a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4)) {
          yearAgrees = true;
        }
      }
    }
    if (yearAgrees) {
      return new Explanation(NAME, -c.birthDayMismatch(), c.birthDayMismatch(),
          "birth dates differ within the same year: " + query + " vs " + entity);
    }
    return new Explanation(NAME, -c.birthYearMismatch(), c.birthYearMismatch(),
        "birth years differ: " + query + " vs " + entity);
  }

  /** Equal on the common prefix (FtM dates: YYYY, YYYY-MM, YYYY-MM-DD). */
  static boolean compatible(String a, String b) {
    int n = Math.min(a.length(), b.length());
    return n >= 4 && a.regionMatches(0, b, 0, n);
  }
}
