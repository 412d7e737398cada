package io.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name whose only agreement is one initial standing for a word is not a match: "Corporation B"
 * (the legal form removed, a lone B is left) scored 0.99 against the listed alias D-BOY, through
 * the joined "boyd" taken for an initial b. Initials still count next to a word that agrees.
 */
class LoneInitialTest {
  private final Scorer s = Scorers.standard();

  private MatchResult score(String qSchema, String query, String eSchema, String listed) {
    Entity e = Entity.builder("x", eSchema).add("name", listed).build();
    return s.score(new MatchQuery(qSchema, List.of(query), List.of(), List.of(), List.of(), null), e);
  }

  @ParameterizedTest(name = "{0} {1} vs {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      LegalEntity  | Corporation B | Person  | D-BOY
      LegalEntity  | Company B     | Person  | D-BOY
      Company      | Corporation B | Company | D-BOY
      Person       | B             | Person  | D-BOY
      Person       | B             | Person  | BOY
      LegalEntity  | B Ltd         | Company | BOYD TRADING
      Person       | J. K.         | Person  | John Kennedy
      """)
  void anInitialAloneIsNotAMatch(String qSchema, String query, String eSchema, String listed) {
    MatchResult r = score(qSchema, query, eSchema, listed);
    assertThat(r.score()).as("%s vs %s: %s", query, listed, r.explanations()).isLessThanOrEqualTo(0.5);
    assertThat(r.match()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} vs {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      Person       | V. Putin        | Person  | PUTIN, Vladimir      | 0.85
      Person       | Vladimir V. Putin | Person | PUTIN, Vladimir Vladimirovich | 0.85
      LegalEntity  | D-BOY           | Person  | D-BOY                | 1.0
      LegalEntity  | D BOY           | Person  | D-BOY                | 0.9
      Person       | J. Smith        | Person  | SMITH, John          | 0.85
      """)
  void initialsNextToAnAgreeingWordStillCount(String qSchema, String query, String eSchema, String listed, double min) {
    MatchResult r = score(qSchema, query, eSchema, listed);
    assertThat(r.score()).as("%s vs %s: %s", query, listed, r.explanations()).isGreaterThanOrEqualTo(min);
    assertThat(r.match()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void theExplanationSaysWhy() {
    MatchResult r = score("Person", "B", "Person", "BOY");
    assertThat(r.explanations().get(0).detail()).contains("b~boy", "initial", "only an initial agrees");
  }
}
