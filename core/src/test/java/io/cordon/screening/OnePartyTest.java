package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.AnalyzerKeys;
import io.cordon.index.Listing;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.match.MatchQuery;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One party across lists: entries of different lists that are the same party on evidence in the
 * list data come back as one result with every listing; same names without that evidence stay apart.
 */
class OnePartyTest {

  static Entity person(String id, String list, String name, String dob, String... more) {
    Entity.Builder b = Entity.builder(id, "Person").add(Prop.NAME, name).dataset(list);
    if (dob != null) {
      b.add(Prop.BIRTH_DATE, dob);
    }
    for (int i = 0; i + 1 < more.length; i += 2) {
      b.add(more[i], more[i + 1]);
    }
    return b.build();
  }

  static Entity sanction(String id, String entity, String list, String program, String date, String unRef) {
    Entity.Builder b = Entity.builder(id, "Sanction").add(Prop.ENTITY, entity).add(Prop.PROGRAM, program).dataset(list);
    if (date != null) {
      b.add(Prop.LISTING_DATE, date);
    }
    if (unRef != null) {
      b.add(Prop.UNSC_ID, unRef).add(Prop.AUTHORITY_ID, unRef);
    }
    return b.build();
  }

  static Screener screener(List<Entity> a, List<Entity> b) {
    var index = LuceneIndexes.inMemory(List.of(new IndexInput("s-a", "list_a", a), new IndexInput("s-b", "list_b", b)),
        AnalyzerKeys.standard());
    return new Screener(IndexSource.of(new IndexHolder(index)), Scorers.standard(), Clock.systemUTC(),
        Screener.Settings.DEFAULTS);
  }

  static List<ScreeningResult> screen(Screener s, String name) {
    return s.screen(ScreeningQuery.of(MatchQuery.ofName(name))).results();
  }

  @Test
  void sameNameAndBirthDateOnTwoListsIsOneResultWithBothListings() {
    Screener s = screener(
        List.of(person("a-1", "list_a", "Ivan Petrovich Sidorov", "1961-04-06"),
            sanction("a-1-s", "a-1", "list_a", "RUSSIA-EO14024", null, null)),
        List.of(person("b-7", "list_b", "SIDOROV, Ivan Petrovich", "1961-04-06"),
            sanction("b-7-s", "b-7", "list_b", "Ukraine", "2014-03-17", null)));
    List<ScreeningResult> r = screen(s, "Ivan Sidorov");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).listings().listings()).extracting(Listing::entityId).containsExactlyInAnyOrder("a-1", "b-7");
    assertThat(r.get(0).listings().listings().get(0).entityId()).isEqualTo(r.get(0).entity().id());
    Listing b = r.get(0).listings().listings().stream().filter(l -> l.entityId().equals("b-7")).findFirst().orElseThrow();
    assertThat(b.dataset()).isEqualTo("list_b");
    assertThat(b.programs()).containsExactly("Ukraine");
    assertThat(b.listingDate()).isEqualTo("2014-03-17");
    assertThat(r.get(0).listings().evidence()).singleElement().asString()
        .contains("a-1 = b-7", "same name", "birth date 1961-04-06");
    assertThat(r.get(0).datasets()).containsExactlyInAnyOrder("list_a", "list_b");
  }

  @Test
  void sameNameWithOtherBirthDatesStaysTwoResults() {
    Screener s = screener(
        List.of(person("a-1", "list_a", "Ivan Petrovich Sidorov", "1961-04-06")),
        List.of(person("b-7", "list_b", "Ivan Petrovich Sidorov", "1975-09-30")));
    List<ScreeningResult> r = screen(s, "Ivan Petrovich Sidorov");
    assertThat(r).extracting(x -> x.entity().id()).containsExactly("a-1", "b-7");
    assertThat(r).allSatisfy(x -> assertThat(x.listings().grouped()).isFalse());
  }

  @Test
  void aSharedBirthYearAloneIsNotEnough() {
    Screener s = screener(
        List.of(person("a-1", "list_a", "Ahmad Hassan", "1970", Prop.NATIONALITY, "iq")),
        List.of(person("b-7", "list_b", "Ahmad Hassan", "1970", Prop.NATIONALITY, "sy")));
    assertThat(screen(s, "Ahmad Hassan")).hasSize(2);
    Screener same = screener(
        List.of(person("a-1", "list_a", "Ahmad Hassan", "1970", Prop.NATIONALITY, "iq")),
        List.of(person("b-7", "list_b", "Ahmad Hassan", "1970", Prop.NATIONALITY, "iq")));
    assertThat(screen(same, "Ahmad Hassan")).singleElement()
        .satisfies(x -> assertThat(x.listings().evidence().get(0)).contains("birth year 1970 and nationality iq"));
  }

  @Test
  void twoEntriesOfOneListAreNeverJoined() {
    Screener s = screener(
        List.of(person("a-1", "list_a", "Ivan Petrovich Sidorov", "1961-04-06"),
            person("a-2", "list_a", "Ivan Petrovich Sidorov", "1961-04-06")),
        List.of(person("b-7", "list_b", "Olga Smirnova", "1961-04-06")));
    assertThat(screen(s, "Ivan Petrovich Sidorov")).hasSize(2);
  }

  @Test
  void sharedPassportOrUnReferenceJoinsDifferentSpellings() {
    Screener s = screener(
        List.of(person("a-1", "list_a", "Mohammed Yusuf Abdelkarim", null, Prop.PASSPORT_NUMBER, "A 1234567"),
            person("a-2", "list_a", "Rahim Qasemi", null),
            sanction("a-2-s", "a-2", "list_a", "Taliban", null, "TAi.155")),
        List.of(person("b-7", "list_b", "Muhammad Yousef Abd al-Karim", null, Prop.PASSPORT_NUMBER, "A1234567"),
            person("b-8", "list_b", "Abdul Rahim Qasimi", null),
            sanction("b-8-s", "b-8", "list_b", "1988 (Taliban)", "2001-01-25", "TAi.155")));
    List<ScreeningResult> r = screen(s, "Mohammed Yusuf Abdelkarim");
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.listings().listings()).extracting(Listing::entityId).containsExactlyInAnyOrder("a-1", "b-7");
      assertThat(x.listings().evidence().get(0)).contains("same passportNumber A1234567");
    });
    assertThat(screen(s, "Abdul Rahim Qasimi").get(0).listings().evidence()).singleElement().asString()
        .contains("UN reference TAI.155");
  }

  static Entity org(String id, String list, String name, String... more) {
    Entity.Builder b = Entity.builder(id, "Organization").add(Prop.NAME, name).dataset(list);
    for (int i = 0; i + 1 < more.length; i += 2) {
      b.add(more[i], more[i + 1]);
    }
    return b.build();
  }

  /**
   * Issue 14 item 3: an organisation named alike on a UN list and OFAC (the letters alone agree:
   * AL-QAIDA / AL QA'IDA) is one party when its OFAC programme implements the UN regime.
   */
  @Test
  void unOrganisationJoinsItsOfacEntryOnNameAndImplementingProgramme() {
    Screener s = screener(
        List.of(org("ofac-6366", "list_a", "AL QA'IDA", Prop.PROGRAM, "SDGT")),
        List.of(org("unsc-113458", "list_b", "AL-QAIDA", Prop.ALIAS, "The Base"),
            sanction("unsc-113458-s", "unsc-113458", "list_b", "Al-Qaida", "2001-10-06", "QDe.004")));
    assertThat(screen(s, "Al Qaida")).singleElement().satisfies(x -> {
      assertThat(x.listings().listings()).extracting(Listing::entityId).containsExactlyInAnyOrder("ofac-6366", "unsc-113458");
      assertThat(x.listings().evidence()).singleElement().asString()
          .contains("same name 'AL QA'IDA' / 'AL-QAIDA'", "programme SDGT", "QDE.004");
    });
  }

  /** Two different organisations sharing one generic name stay two results without a second fact. */
  @Test
  void aSharedGenericNameAloneDoesNotJoinOrganisations() {
    Screener s = screener(
        List.of(org("a-1", "list_a", "ISLAMIC SOCIETY", Prop.PROGRAM, "SDGT"),
            org("a-2", "list_a", "GENERAL TRADING COMPANY", Prop.PROGRAM, "SDGT"),
            org("a-3", "list_a", "GENERAL TRADING COMPANY", Prop.PROGRAM, "SDGT"),
            org("a-4", "list_a", "NATIONAL DEVELOPMENT BANK", Prop.PROGRAM, "SDGT", Prop.WEAK_ALIAS, "NDB")),
        List.of(
            // a UN regime that the OFAC entry's programme does not implement (Iraq, not terrorism)
            org("b-1", "list_b", "ISLAMIC SOCIETY"),
            sanction("b-1-s", "b-1", "list_b", "Iraq", null, "IQe.300"),
            // the name is on two OFAC entries: which one would be meant?
            org("b-2", "list_b", "GENERAL TRADING COMPANY"),
            sanction("b-2-s", "b-2", "list_b", "Al-Qaida", null, "QDe.300"),
            // no UN reference at all: nothing says the two are one
            org("b-3", "list_b", "NATIONAL DEVELOPMENT BANK", Prop.WEAK_ALIAS, "NDB")));
    assertThat(screen(s, "Islamic Society")).hasSize(2).allSatisfy(x -> assertThat(x.listings().grouped()).isFalse());
    assertThat(screen(s, "General Trading Company")).hasSize(3)
        .allSatisfy(x -> assertThat(x.listings().grouped()).isFalse());
    assertThat(screen(s, "National Development Bank")).hasSize(2)
        .allSatisfy(x -> assertThat(x.listings().grouped()).isFalse());
  }
}
