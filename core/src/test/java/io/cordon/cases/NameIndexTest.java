package io.cordon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {
  @Test
  void candidatesShareTwoKeysOrOneForSingleWordNames() {
    NameIndex<String> idx = new NameIndex<>(BlockingKeys.WORDS, 2); // cap/10 = 0: no key suffices alone
    idx.put("1", "positive", "LegalEntity", List.of("Positive Technologies AO"));
    idx.put("2", "kilimnik", "LegalEntity", List.of("Konstantin Kilimnik"));
    idx.put("3", "konstantin-other", "LegalEntity", List.of("Konstantin Ivanov"));
    idx.put("4", "rosneft", "LegalEntity", List.of("Rosneft"));
    idx.put("5", "ao-other", "LegalEntity", List.of("AO Ivanov Technologies"));
    idx.put("6", "ao-third", "LegalEntity", List.of("AO Konstantin Stroy"));
    assertThat(idx.candidates("LegalEntity", List.of("POSITIVE TECHNOLOGIES"))).containsExactly("positive");
    assertThat(idx.candidates("LegalEntity", List.of("KILIMNIK, Konstantin Viktorovich"))).containsExactly("kilimnik");
    assertThat(idx.candidates("LegalEntity", List.of("Rosneft Oil Company"))).containsExactly("rosneft");
    assertThat(idx.candidates("LegalEntity", List.of("Möbius Ltd"))).isEmpty();
    // "ao" and "konstantin" are frequent (3 postings > cap 2): found by intersection
    assertThat(idx.candidates("LegalEntity", List.of("Konstantin AO"))).containsExactly("ao-third");
    idx.put("2", "kilimnik-renamed", "LegalEntity", List.of("Kostya Kilimnik"));
    assertThat(idx.candidates("LegalEntity", List.of("Konstantin Kilimnik"))).isEmpty(); // one shared key, not rare
    idx.remove("4");
    assertThat(idx.candidates("LegalEntity", List.of("Rosneft"))).isEmpty();
    assertThat(idx.size()).isEqualTo(5);
  }

  @Test
  void aVeryRareKeySufficesAlone() {
    NameIndex<String> idx = new NameIndex<>(BlockingKeys.WORDS, 20);
    idx.put("1", "kilimnik", "LegalEntity", List.of("Kostya Kilimnik"));
    for (int i = 2; i < 6; i++) { // "konstantin": 4 postings, more than cap/10 = 2
      idx.put(String.valueOf(i), "other" + i, "LegalEntity", List.of("Konstantin Petrov" + "abcd".charAt(i - 2)));
    }
    assertThat(idx.candidates("LegalEntity", List.of("Konstantin Kilimnik"))).containsExactly("kilimnik");
  }


  @Test
  void diacriticsAndCaseAreFolded() {
    assertThat(BlockingKeys.words("Šćepan  GARCÍA-López, Jr.")).containsExactly("scepan", "garcia", "lopez", "jr");
  }

  @Test
  void analyzedKeysMeetAcrossScriptsAndSkipLegalForms() {
    assertThat(BlockingKeys.analyzed("АО Позитив Текнолоджиз", "Company"))
        .isEqualTo(BlockingKeys.analyzed("AO Pozitiv Teknolodzhiz", "Company"));
    assertThat(BlockingKeys.analyzed("AO Pozitiv Teknolodzhiz", "Company")).doesNotContain("ao");
    assertThat(BlockingKeys.analyzed("Константин Килимник", "Person")).contains("kilimnik");
  }
}
