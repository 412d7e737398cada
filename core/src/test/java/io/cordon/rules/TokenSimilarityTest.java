package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSimilarityTest {
  @Test
  void exactReorderedAndLegalForms() {
    assertThat(TokenSimilarity.score("Bank of Russia", "BANK OF RUSSIA")).isEqualTo(1.0);
    assertThat(TokenSimilarity.score("Kilimnik Konstantin Viktorovich", "KILIMNIK, Konstantin Viktorovich")).isEqualTo(1.0);
    assertThat(TokenSimilarity.score("Positive Technologies", "JSC POSITIVE TECHNOLOGIES")).isEqualTo(0.95);
  }

  @Test
  void partialNamesFallInTheReviewBandAndStrangersBelowIt() {
    double partial = TokenSimilarity.score("Ministry of Finance Russia", "MINISTRY OF FINANCE OF THE RUSSIAN FEDERATION");
    assertThat(partial).isBetween(MatchBands.DEFAULT.reviewAt(), MatchBands.DEFAULT.matchAt());
    assertThat(TokenSimilarity.score("Positive Technologies", "DREX TECHNOLOGIES S.A.")).isLessThan(MatchBands.DEFAULT.reviewAt());
    assertThat(TokenSimilarity.score("Ministry of Finance of the Russian Federation",
        "NATIONAL WEALTH FUND OF THE RUSSIAN FEDERATION")).isLessThan(MatchBands.DEFAULT.reviewAt());
    assertThat(TokenSimilarity.score("Jane Example", "Vladimir Putin")).isZero();
  }
}
