package io.cordon.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sound keys of names written by sound, and the words read as a script's own romanisation. */
class SoundKeyTest {
  private final NameAnalyzer names = NameAnalyzer.standard();

  private List<String> keys(String word) {
    return names.analyze(word, "Person").parts().get(0).sound();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Vladimir | FLaTaMaR
      弗拉基米尔   | FaLaCaMaR
      블라디미르   | BaLaTaMaLa
      فلاديمير   | FLaTaMaR
      Putin    | BaTaN
      بوتين     | BaTaN
      Washington | WaCaNTaN
      워싱턴      | WaSaNTaN
      """)
  void aWordBecomesItsConsonantClassesWithVowelMarks(String word, String key) {
    assertThat(keys(word)).contains(key);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Michael, MaCaL, MaKaL", "George, KaRKa, CaRCa"})
  void anAmbiguousLatinSpellingHasTwoKeys(String word, String first, String second) {
    assertThat(keys(word)).containsExactly(first, second);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Алексей", "Αλέξανδρος", "1234"})
  void otherScriptsHaveNoSoundKey(String word) {
    assertThat(names.analyze(word, "Person").parts()).allSatisfy(p -> {
      assertThat(p.sound()).isEmpty();
      assertThat(p.soundSource()).isNull();
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"jinlong, true", "xiulan, true", "zhonghua, true", "vladimir, false", "crewson, false", "stephen, false"})
  void pinyinIsRecognised(String word, boolean pinyin) {
    assertThat(OwnRomanization.pinyin(word)).isEqualTo(pinyin);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"hyun, true", "soo, true", "park, true", "jung, true", "vladimir, false", "stephen, false"})
  void koreanNameSyllablesAreRecognised(String word, boolean korean) {
    assertThat(OwnRomanization.korean(word)).isEqualTo(korean);
  }
}
