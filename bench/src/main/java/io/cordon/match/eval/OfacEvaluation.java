package io.cordon.match.eval;

import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.util.ArrayList;
import java.util.List;

/** How close a scorer comes to OFAC's own scores: share of rows within a tolerance (in points of 100). */
public final class OfacEvaluation {
  private OfacEvaluation() {}

  /**
   * One compared row. OFAC's -1 means "not listed at the default slider (80)": such a row agrees
   * when our score is below 80 too.
   */
  public record Row(OfacFixture fixture, int score, MatchResult result) {
    public int difference() {
      if (fixture.ofacScore() < 0) {
        return score < NOT_LISTED_BELOW ? 0 : score - NOT_LISTED_BELOW + 1;
      }
      return score - fixture.ofacScore();
    }
  }

  /** OFAC's search page lists results at or above its default slider of 80. */
  public static final int NOT_LISTED_BELOW = 80;

  /** Rows within the tolerance out of all rows. */
  public record Report(String algorithm, int tolerance, int within, List<Row> rows) {
    public double share() {
      return rows.isEmpty() ? 0 : (double) within / rows.size();
    }

    public List<Row> outside() {
      return rows.stream().filter(r -> Math.abs(r.difference()) > tolerance).toList();
    }
  }

  public static Report evaluate(List<OfacFixture> fixtures, Scorer scorer, int tolerance) {
    List<Row> rows = new ArrayList<>(fixtures.size());
    int within = 0;
    for (OfacFixture f : fixtures) {
      Entity e = Entity.builder("ofac-fixture-" + f.line(), "LegalEntity").add(Prop.NAME, f.resultName()).build();
      MatchResult r = scorer.score(MatchQuery.ofName(f.query()), e);
      int score = (int) Math.round(r.score() * 100);
      Row row = new Row(f, score, r);
      rows.add(row);
      if (Math.abs(row.difference()) <= tolerance) {
        within++;
      }
    }
    return new Report(scorer.name(), tolerance, within, rows);
  }
}
