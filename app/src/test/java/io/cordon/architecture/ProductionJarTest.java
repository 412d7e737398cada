package io.cordon.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Measurement code (evaluations, benchmarks, load tests) is not part of the product: the app and
 * everything it depends on leave it to the bench module.
 */
class ProductionJarTest {

  @Test
  void noEvaluationOrBenchmarkCodeOnTheProductClassPath() {
    for (String name : new String[] {"io.cordon.match.eval.PairEvaluation", "io.cordon.bench.ScreenBench",
        "io.cordon.cli.EvalCommand", "io.cordon.cli.BenchCommand", "io.cordon.cli.LoadTestCommand"}) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }
}
