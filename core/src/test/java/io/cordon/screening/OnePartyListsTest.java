package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.index.IndexInput;
import io.cordon.index.Listing;
import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One party across the real OFAC SDN 2024 and UN 2026 lists: one result with both listings. */
@Tag("shared-data")
@Tag("slow")
class OnePartyListsTest {

  static List<ScreeningResult> screen(MatchQuery q) {
    return SharedLists.screener(SharedLists.OFAC_2024, SharedLists.UN)
        .screen(new ScreeningQuery(q, OptionalDouble.empty(), 10, Set.of(), Optional.empty())).results();
  }

  static void oneResultWithBoth(MatchQuery q, String ofacId, String unId, String evidence) {
    List<ScreeningResult> r = screen(q);
    List<ScreeningResult> hits = r.stream().filter(x -> x.listings().listings().stream()
        .anyMatch(l -> l.entityId().equals(ofacId) || l.entityId().equals(unId))).toList();
    assertThat(hits).as("results naming %s or %s for %s", ofacId, unId, q.names()).hasSize(1);
    ScreeningResult x = hits.get(0);
    assertThat(r.get(0)).isSameAs(x);
    assertThat(x.match()).isTrue();
    assertThat(x.listings().listings()).extracting(Listing::entityId).containsExactlyInAnyOrder(ofacId, unId);
    assertThat(x.datasets()).contains("us_ofac_sdn", "un_sc_sanctions");
    Listing un = x.listings().listings().stream().filter(l -> l.entityId().equals(unId)).findFirst().orElseThrow();
    assertThat(un.programs()).isNotEmpty();
    assertThat(un.listingDate()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(un.authorityId()).isNotEmpty();
    Listing ofac = x.listings().listings().stream().filter(l -> l.entityId().equals(ofacId)).findFirst().orElseThrow();
    assertThat(ofac.programs()).isNotEmpty();
    assertThat(ofac.authorityId()).isEqualTo(ofacId.substring("ofac-".length()));
    assertThat(x.listings().evidence()).anySatisfy(e -> assertThat(e).contains(evidence));
    // a benchmark or test looking for either listing finds this one result
    assertThat(x.hasListing(ofacId)).isTrue();
    assertThat(x.hasListing(unId)).isTrue();
    assertThat(x.hasListing("ofac-0")).isFalse();
  }

  @Test
  void personOnOfacAndUnComesBackOnceWithBothListings() {
    // same name and birth date (DRC programme on both lists)
    oneResultWithBoth(MatchQuery.ofName("Germain Katanga"), "ofac-11975", "unsc-6907998",
        "birth date 1978-04-28");
    oneResultWithBoth(new MatchQuery("Person", List.of("KATANGA, Germain"), List.of("1978-04-28"), List.of(),
        List.of(), null), "ofac-11975", "unsc-6907998", "birth date 1978-04-28");
    // same passport number, names spelled differently on the two lists
    oneResultWithBoth(MatchQuery.ofName("Ahmad Mahmood Hassan"), "ofac-44603", "unsc-6908994", "passportNumber");
  }

  /** Issue 14 item 3: UN organisations too (names by their letters + the OFAC programme implementing the UN regime). */
  @Test
  void organisationOnOfacAndUnComesBackOnceWithBothListings() {
    oneResultWithBoth(new MatchQuery("Organization", List.of("AL-QAIDA"), List.of(), List.of(), List.of(), null),
        "ofac-6366", "unsc-113458", "implementing the UN regime of QDE.004");
    oneResultWithBoth(new MatchQuery("Organization", List.of("Korea Ryonbong General Corporation"), List.of(), List.of(),
        List.of(), null), "ofac-9347", "unsc-690751", "programme NPWMD");
  }

  @Test
  void mostUnPersonsAlsoOnOfacAreGrouped() {
    IndexInput un = SharedLists.list(SharedLists.UN);
    int grouped = 0;
    int persons = 0;
    for (Entity e : un.entities()) {
      if (!e.schema().equals(Schemata.PERSON)) {
        continue;
      }
      persons++;
      List<ScreeningResult> r = screen(MatchQuery.ofName(e.caption()));
      long mine = r.stream().filter(x -> x.listings().listings().stream().anyMatch(l -> l.entityId().equals(e.id())))
          .count();
      assertThat(mine).as("results carrying %s", e.id()).isLessThanOrEqualTo(1);
      if (r.stream().anyMatch(x -> x.listings().grouped()
          && x.listings().listings().stream().anyMatch(l -> l.entityId().equals(e.id())))) {
        grouped++;
      }
    }
    System.out.printf("UN persons grouped with an OFAC SDN 2024 entry: %d of %d%n", grouped, persons);
    assertThat(grouped).isGreaterThan(300);
  }
}
