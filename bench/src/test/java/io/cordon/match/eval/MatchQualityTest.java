package io.cordon.match.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import io.cordon.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The quality figures issue 3 asks for, on the real evaluation files (docs/matching.md reports them). */
@Tag("shared-data")
class MatchQualityTest {

  @Test
  void casesDevF1AtTheDefaultThreshold() throws Exception {
    List<PairCase> pairs = PairCase.read(SharedData.path("name_pairs_nomenklatura/cases_dev.csv"));
    assertThat(pairs).hasSizeGreaterThan(400);
    Scorer s = Scorers.standard();
    PairEvaluation.Report r = PairEvaluation.evaluate(pairs, s, s.threshold());
    assertThat(r.overall().f1()).as("F1 at %s", s.threshold()).isGreaterThanOrEqualTo(0.79);
    assertThat(r.misses()).as("STRONG-quality misses")
        .filteredOn(m -> m.pair().quality().equals("STRONG")).isEmpty();
  }

  @Test
  void ofacModeWithinFivePointsOfOfac() throws Exception {
    List<OfacFixture> rows = OfacFixture.read(SharedData.path("name_pairs_nomenklatura/ofac_fixtures.csv"));
    OfacEvaluation.Report r = OfacEvaluation.evaluate(rows, Scorers.ofac(), 5);
    assertThat(r.share()).as("outside: %s", r.outside()).isGreaterThanOrEqualTo(0.95);
  }
}
