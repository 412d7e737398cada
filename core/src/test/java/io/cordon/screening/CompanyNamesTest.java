package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.match.MatchQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Company names as a new user types them, against the real OFAC SDN file of 2024-05-03: the
 * listed names spell the Russian legal form out in transliteration ("OBSHCHESTVO S OGRANICHENNOI
 * OTVETSTVENNOSTYU NEOBIT"); the query gives it short, in English, in Cyrillic or not at all.
 */
class CompanyNamesTest {

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Neobit                          | ofac-31414
      Neobit LLC                      | ofac-31414
      OOO Neobit                      | ofac-31414
      ООО Необит                      | ofac-31414
      Общество с ограниченной ответственностью Необит | ofac-31414
      AO Pozitiv Teknolodzhiz         | ofac-31455
      АО Позитив Текнолоджиз          | ofac-31455
      Positive Technologies           | ofac-31455
      JSC Positive Technologies       | ofac-31455
      """)
  void legalFormsInAnySpellingFindTheListedCompanyAtRankOne(String query, String id) {
    Screener s = SharedLists.screener(SharedLists.OFAC_2024);
    ScreeningResponse r = s.screen(ScreeningQuery.of(MatchQuery.ofName(query)));
    assertThat(ControlTest.rankOne(r, id)).as("%s: %s", query, r.results().isEmpty() ? "none"
        : r.results().get(0).entity().id() + " " + r.results().get(0).score()).isNull();
    assertThat(r.results().get(0).entity().id()).isEqualTo(id);
  }
}
