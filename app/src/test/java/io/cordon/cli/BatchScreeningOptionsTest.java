package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.match.MatchQuery;
import io.cordon.screening.ScreeningQuery;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code cordon batch} takes its per-row options from the shared mixin (also spark-batch's). */
class BatchScreeningOptionsTest {

  private static BatchCommand parse(String... args) {
    CommandLine cl = new CommandLine(new Main());
    CommandLine.ParseResult r = cl.parseArgs(args);
    return (BatchCommand) r.subcommand().commandSpec().userObject();
  }

  @Test
  void defaultsKeepTheScorersThresholdFiveResultsAndAllSources() {
    BatchCommand b = parse("batch", "book.csv");
    assertThat(b.screening.algorithm()).isEqualTo("standard");
    ScreeningQuery q = b.screening.applyTo(ScreeningQuery.of(MatchQuery.ofAnyKind("Ivan Petrov")));
    assertThat(q.threshold()).isEqualTo(OptionalDouble.empty());
    assertThat(q.limit()).isEqualTo(5);
    assertThat(q.datasets()).isEmpty();
  }

  @Test
  void givenOptionsReachEveryRowsQuery() {
    BatchCommand b = parse("batch", "book.csv", "--threshold", "0.9", "--limit", "2", "--dataset", "us_ofac_sdn",
        "--dataset", "un_sc", "--algorithm", "ofac");
    assertThat(b.screening.algorithm()).isEqualTo("ofac");
    ScreeningQuery q = b.screening.applyTo(ScreeningQuery.of(MatchQuery.ofAnyKind("Ivan Petrov")));
    assertThat(q.threshold()).isEqualTo(OptionalDouble.of(0.9));
    assertThat(q.limit()).isEqualTo(2);
    assertThat(q.datasets()).containsExactlyInAnyOrder("us_ofac_sdn", "un_sc");
  }
}
