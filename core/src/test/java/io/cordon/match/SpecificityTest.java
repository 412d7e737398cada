package io.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person never matches a vessel, aircraft or company on one shared word, nor a one-word listed
 * name on one of their names; Chinese names written in characters match by their pinyin, not by
 * edit distance between syllables.
 */
class SpecificityTest {
  private final Scorer s = Scorers.standard();

  private MatchResult score(String qSchema, String query, String eSchema, String listed) {
    Entity.Builder b = Entity.builder("x", eSchema);
    b.add("name", listed);
    return s.score(new MatchQuery(qSchema, List.of(query), List.of(), List.of(), List.of(), null), b.build());
  }

  @ParameterizedTest(name = "{0} {1} vs {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      Person     | Maria Ivanova      | Vessel   | MARIA
      Person     | Maria Ivanova      | Airplane | MARIA
      Person     | Maria Ivanova      | Company  | MARIA
      LegalEntity| Maria Ivanova      | Vessel   | MARIA
      Person     | Anna Ibrahim       | Person   | IBRAHIM, Haji
      Person     | 云 鹏 王            | Person   | WANG, Junzheng
      Person     | 平 博 杨            | Person   | PENG, Bo
      """)
  void oneSharedWordIsNotAMatch(String qSchema, String query, String eSchema, String listed) {
    MatchResult r = score(qSchema, query, eSchema, listed);
    assertThat(r.match()).as("%s vs %s: %s", query, listed, r.explanations()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} vs {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      Vessel     | MARIA              | Vessel   | MARIA
      Person     | Putin              | Person   | PUTIN, Vladimir Vladimirovich
      Person     | 王俊正              | Person   | WANG, Junzheng
      Person     | 俊正 王             | Person   | WANG, Junzheng
      LegalEntity| Rosneft Trading    | Company  | ROSNEFT
      """)
  void stillMatches(String qSchema, String query, String eSchema, String listed) {
    MatchResult r = score(qSchema, query, eSchema, listed);
    assertThat(r.match()).as("%s vs %s: %s", query, listed, r.explanations()).isTrue();
  }
}
