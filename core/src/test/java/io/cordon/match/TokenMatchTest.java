package io.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The token comparison says what happened: the explanation shows the kind the comparison
 * returned, never one guessed from the score (an edit-distance pair that lands on 0.80 is not
 * "phonetic").
 */
class TokenMatchTest {
  private final Scorer s = Scorers.standard();

  private String explain(String schema, String query, String listed) {
    Entity.Builder b = Entity.builder("x", schema);
    b.add("name", listed);
    MatchResult r = s.score(new MatchQuery(schema, List.of(query), List.of(), List.of(), List.of(), null), b.build());
    return r.explanations().get(0).detail();
  }

  @ParameterizedTest(name = "{1} / {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      Person  | Wladimir Putin        | Vladimir Putin                | wladimir~vladimir (0.90 spelling variant)
      Person  | Алексей Навальный     | Aleksei Navalny               | transliteration
      Person  | V. Putin              | Vladimir Putin                | v~vladimir (0.75 initial)
      Person  | Juan Smith            | John Smith                    | juan~john (0.86 same given name)
      Person  | Vladimir Putinas      | Vladimir Putin                | putinas~putin (0.85 ending)
      Person  | Vladimir Poutine      | Vladimir Putin                | poutine~putin (0.80 phonetic)
      Person  | Vladimir Putkin       | Vladimir Putin                | edit distance
      Company | Positive Technologies | AO POZITIV TEKNOLODZHIZ       | positive~pozitiv (0.90 loanword spelling)
      Company | Positive Technologies | AO POZITIV TEKNOLODZHIZ       | technologies~teknolodzhiz (0.90 loanword spelling)
      """)
  void theExplanationNamesTheKindOfEachTokenMatch(String schema, String query, String listed, String expected) {
    assertThat(explain(schema, query, listed)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Drex Technologies       | AO POZITIV TEKNOLODZHIZ
      Positive Solutions Ltd  | AO POZITIV TEKNOLODZHIZ
      Energy Systems          | AO POZITIV TEKNOLODZHIZ
      Pozitiv Teknologii Group Holding Invest | OOO NEOBIT
      """)
  void genericBusinessWordsAloneDoNotMatch(String query, String listed) {
    Entity.Builder b = Entity.builder("x", "Company");
    b.add("name", listed);
    MatchResult r = s.score(MatchQuery.ofName(query), b.build());
    assertThat(r.match()).as("%s vs %s: %s", query, listed, r.explanations()).isFalse();
  }
}
