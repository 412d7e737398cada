package io.cordon.match;

import io.cordon.model.Entity;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ofac} mode: emulates the score of OFAC's Sanctions List Search (FAQ 249). The score
 * is the larger of two techniques, best over all names and aliases of the candidate:
 * <ul>
 *   <li>{@code name_jaro_winkler}: Jaro-Winkler of the whole names (upper case words), only when
 *       both start with the same letter (OFAC answers "GEORGE BUSH" but not "BUSH GEORGE" with
 *       GEORGIOU, Georgios). The Winkler prefix bonus is applied whatever the Jaro score, as
 *       older libraries do;</li>
 *   <li>{@code name_parts_jaro_winkler}: for each query word longer than two letters, its best
 *       Jaro-Winkler similarity to a word of the listed name (0 below 0.5), averaged.</li>
 * </ul>
 * Reconstructed from OFAC's observed scores following OpenSanctions' nomenklatura emulation; see
 * docs/matching.md for the agreement measured on ofac_fixtures.csv. Whole percentages, like OFAC.
 * OFAC gives no threshold; this mode's threshold defaults to {@value #DEFAULT_THRESHOLD}, its
 * search page's default slider.
 */
final class OfacScorer implements Scorer {
  static final double DEFAULT_THRESHOLD = 0.80;
  static final double PART_FLOOR = 0.5;

  private final double threshold;

  OfacScorer(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("ofac threshold must be between 0 and 1, was " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public String name() {
    return "ofac";
  }

  @Override
  public double threshold() {
    return threshold;
  }

  @Override
  public MatchResult score(MatchQuery query, Entity candidate) {
    return score(prepare(query), prepare(candidate));
  }

  @Override
  public MatchResult score(PreparedQuery query, PreparedEntity candidate) {
    double best = -1;
    double bestWhole = 0;
    double bestParts = 0;
    OfacName bestName = null;
    for (OfacName q : query.ofacNames) {
      for (OfacName r : candidate.ofacNames) {
        double whole = whole(q, r);
        double parts = parts(q, r);
        double s = Math.max(whole, parts);
        if (s > best) {
          best = s;
          bestWhole = whole;
          bestParts = parts;
          bestName = r;
        }
      }
    }
    if (bestName == null) {
      return new MatchResult(0, false, null,
          List.of(new Explanation("name_jaro_winkler", 0, 0.5, "no comparable names")));
    }
    double score = Math.round(best * 100) / 100.0;
    List<Explanation> ex = List.of(
        new Explanation("name_jaro_winkler", bestWhole, 0.5, String.format(Locale.ROOT,
            "Jaro-Winkler of the whole names (0 when the first letters differ): %.2f vs '%s'",
            bestWhole, bestName.original())),
        new Explanation("name_parts_jaro_winkler", bestParts, 0.5, String.format(Locale.ROOT,
            "mean best Jaro-Winkler of the query words (0 below 0.5): %.2f", bestParts)));
    return new MatchResult(score, score >= threshold, bestName.original(), ex);
  }

  static double whole(OfacName q, OfacName r) {
    if (q.text().isEmpty() || r.text().isEmpty() || q.text().charAt(0) != r.text().charAt(0)) {
      return 0.0;
    }
    return JaroWinkler.similarity(q.textChars(), r.textChars());
  }

  static double parts(OfacName q, OfacName r) {
    char[][] words = q.significantChars();
    if (words.length == 0 || r.wordChars().length == 0) {
      return 0.0;
    }
    double sum = 0;
    for (char[] w : words) {
      double best = 0;
      for (char[] o : r.wordChars()) {
        best = Math.max(best, JaroWinkler.similarity(w, o));
      }
      sum += best >= PART_FLOOR ? best : 0.0;
    }
    return sum / words.length;
  }
}
