package io.cordon.sources.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void documentNumbersFromListText() {
    // Passport Details values of the UK HMT 2018 list.
    assertThat(Texts.documentNumbers("(1) 428720 (2) 215215")).containsExactly("428720", "215215");
    assertThat(Texts.documentNumbers("Passport No: 592667 (Qatari passport issued on 3 May 2007)."))
        .containsExactly("592667");
    assertThat(Texts.documentNumbers("D 000974 (Afghan)")).containsExactly("D 000974");
    assertThat(Texts.documentNumbers("00085243. Issued 17 Nov 1997 in Sanaa, Yemen")).containsExactly("00085243");
    assertThat(Texts.documentNumbers("Passport number No 06AP104665 issued on 16.1.2006 (expired)"))
        .containsExactly("06AP104665");
    assertThat(Texts.documentNumbers("(1) 6487 (Egypt). Issued 30 Jan 1986. (2) (Eqypt). Issued 1993. (3) 388181 (Yemen)."))
        .containsExactly("6487", "388181");
    assertThat(Texts.documentNumbers("issued on 03/07/1996")).isEmpty();
  }

  @Test
  void trailingNumberAndClean() {
    assertThat(Texts.trailingNumber("French passport number 05AT521433")).contains("05AT521433");
    assertThat(Texts.trailingNumber("Social Security Number 423-31-3021 (US)")).contains("423-31-3021");
    assertThat(Texts.trailingNumber("German travel document (Reiseausweis) A 0139243")).isEmpty();
    assertThat(Texts.clean(" a\u00A0 b\n c ")).isEqualTo("a b c");
    assertThat(Texts.clean("already clean")).isEqualTo("already clean");
  }

  @Test
  void dates() {
    assertThat(Dates.dmy("00/00/1980")).contains("1980");
    assertThat(Dates.dmy("10/00/1983")).contains("1983");
    assertThat(Dates.dmy("00/04/1984")).contains("1984-04");
    assertThat(Dates.dmy("dd/mm/1968")).contains("1968");
    assertThat(Dates.dmy("31/02/1970")).contains("1970-02");
    assertThat(Dates.iso("2026-02-27T00:00:09.554Z")).contains("2026-02-27");
    assertThat(Dates.iso("2015-07-01-04:00")).contains("2015-07-01");
    assertThat(Dates.iso("circa 1970")).isEmpty();
  }

  @Test
  void countries() {
    assertThat(CountryText.codes("(1) Afghanistan (2) Pakistan").codes()).containsExactly("af", "pk");
    assertThat(CountryText.codes("a) French, b) Tunisian").codes()).containsExactly("fr", "tn");
    assertThat(CountryText.codes("Saudi Arabia citizenship").codes()).containsExactly("sa");
    assertThat(CountryText.codes("Russia / Russie").codes()).containsExactly("ru");
    assertThat(CountryText.codes("CONGO, Democratic Republic of (was Zaire)").codes()).containsExactly("cd");
    CountryText.Found unknown = CountryText.codes("Kazakh SSR");
    assertThat(unknown.complete()).isFalse();
  }
}
