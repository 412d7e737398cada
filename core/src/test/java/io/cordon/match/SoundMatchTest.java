package io.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Western names written by sound in Chinese, Korean and Arabic meet their Latin spelling (issue 14
 * item 7); what must not match still does not: pinyin of other characters, short keys alone,
 * Latin against Latin.
 */
class SoundMatchTest {
  private final Scorer s = Scorers.standard();

  private MatchResult score(String query, String listed) {
    Entity e = Entity.builder("x", "Person").add("name", listed).build();
    return s.score(new MatchQuery("Person", List.of(query), List.of(), List.of(), List.of(), null), e);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      贝拉克·奥巴马      | Barack Obama
      克魯森           | Crewson
      巴拉巴诺夫         | Balabanov
      فلاديمير بوتين   | PUTIN, Vladimir Vladimirovich
      بيسكوف          | Peskov
      블라디미르 푸틴     | PUTIN, Vladimir Vladimirovich
      데릭 젠슨         | Derrick Jensen
      习近平            | Xi Jinping
      박해수            | Park Hae-soo
      최정문            | Choi Jung-moon
      """)
  void aNameWrittenBySoundMatchesItsLatinSpelling(String query, String listed) {
    MatchResult r = score(query, listed);
    assertThat(r.match()).as("%s vs %s: %s", query, listed, r.explanations()).isTrue();
    assertThat(score(listed, query).match()).as("the other way round").isTrue();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      克魯森   | Crewson | crewson~kelusen
      بيسكوف | Peskov  | peskov~byskwf
      """)
  void theExplanationSaysTheSoundsAgree(String query, String listed, String pair) {
    String detail = score(listed, query).explanations().get(0).detail();
    assertThat(detail).contains(pair).contains("same sounds in another script");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      桂芝 秀兰 孙  | SUN, Jinlong
      娜 秀英 李   | LI, Zhenyu
      國華 志明 楊  | YANG, Qi
      佳蓉 苡安 吳  | WU, Yonghao
      지후 황     | HWANG, Su Man
      김민찬      | Kim Min-jun
      塔克       | Tuc
      德芙       | Dove
      숀         | Sean
      帕倫       | Efrain
      """)
  void otherNamesAndShortKeysDoNotMatch(String query, String listed) {
    MatchResult r = score(query, listed);
    assertThat(r.match()).as("%s vs %s: %s", query, listed, r.explanations()).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"Crewson, Kelusen", "Vladimir, Fulajimier", "Peskov, Byskwf"})
  void latinAgainstLatinIsNeverComparedBySound(String query, String listed) {
    MatchResult r = score(query, listed);
    assertThat(r.explanations().get(0).detail()).doesNotContain("same sounds");
    assertThat(r.match()).isFalse();
  }
}
