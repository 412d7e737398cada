package io.cordon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.catalog.Delta;
import io.cordon.catalog.Snapshot;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.sources.ofac.OfacSdnCsvAdapter;
import io.cordon.testing.SharedData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's example on the real OFAC files: a book screened against the 2019 set, every hit cleared
 * as a false positive; then the 2021-07 set becomes active. Re-screening only the delta alerts the
 * customers named like POSITIVE TECHNOLOGIES and Konstantin Kilimnik (designated 15 April 2021) and
 * nobody whose cleared hit is unchanged; a full re-screen afterwards finds nothing the delta missed.
 */
@Tag("shared-data")
@Tag("slow")
class OfacRescreeningTest {

  static List<Party> book() {
    return List.of(
        party("c-pt", "Company", "Positive Technologies", null),
        party("c-pt-ru", "Company", "АО Позитив Текнолоджиз", null),
        party("c-kk", "Person", "Konstantin Kilimnik", "1970-04-27"),
        party("c-kk2", "Person", "Kilimnik, Konstantin", null),
        party("c-bnc", "Company", "Banco Nacional de Cuba", null),      // listed in 2019 already
        party("c-aerocaribbean", "Company", "Aerocaribbean", null),   // listed in 2019 already
        party("c-ms", "Person", "Maria Schmidt", "1980-01-01"),
        party("c-hb", "Company", "Hamburg Bakery GmbH", null),
        party("c-jd", "Person", "John Doe", "1975"));
  }

  static Party party(String id, String schema, String name, String dob) {
    return new Party(id, schema, List.of(name), dob == null ? List.of() : List.of(dob), List.of(), List.of(), null);
  }

  static Snapshot snapshot(String id, LocalDate published, List<Entity> entities) {
    return new Snapshot(id, "us_ofac_sdn", "ofac-sdn-csv", "0".repeat(64), Optional.of(published),
        Instant.parse("2026-01-01T00:00:00Z"), entities.size(), entities.size());
  }

  @Test
  void the2021DesignationsReachTheBookThroughTheDelta() throws Exception {
    List<Entity> v2019 = new OfacSdnCsvAdapter().read(SharedData.path("ofac_legacy_csv_2019")).entities();
    List<Entity> v2021 = new OfacSdnCsvAdapter().read(SharedData.path("ofac_legacy_csv_2021-07")).entities();
    Snapshot s2019 = snapshot("us_ofac_sdn-2019", LocalDate.of(2019, 6, 1), v2019);
    Snapshot s2021 = snapshot("us_ofac_sdn-2021", LocalDate.of(2021, 7, 1), v2021);

    AtomicReference<PartyScreening> lists = new AtomicReference<>(
        new IndexedScreening(v2019, Scorers.standard(), List.of(s2019.id()), 2000));
    CaseFixture f = new CaseFixture(new MemoryCaseStore(), p -> lists.get().screen(p),
        Scorers.standard());
    CaseService s = f.service;

    s.importParties(f.ana, "book.csv", book());
    List<Alert> first = s.alerts(f.ana, Optional.empty(), Optional.empty(), 0);
    assertThat(first).extracting(Alert::partyId).contains("c-bnc", "c-aerocaribbean")
        .doesNotContain("c-pt", "c-pt-ru", "c-kk", "c-kk2");
    for (Alert a : first) { // the analysts clear every 2019 hit (for the test's sake)
      s.decide(f.ana, a.id(), Outcome.FALSE_POSITIVE, "not our customer");
      s.approve(f.bob, a.id(), true, "");
    }
    Map<String, String> cleared = new HashMap<>();
    first.forEach(a -> cleared.put(a.partyId() + "/" + a.entityId(), a.entityHash()));

    Delta delta = Delta.compute(s2019, v2019, s2021, v2021);
    List<Entity> upserted = new ArrayList<>(delta.added());
    delta.changed().forEach(c -> upserted.add(c.after()));
    CaseService.RescreenResult r = s.onSnapshotActivated(Actor.SYSTEM, new ListChange("us_ofac_sdn", s2021.id(),
        upserted, delta.removed().stream().map(Entity::id).collect(Collectors.toSet())));

    List<Alert> fresh = s.alerts(f.ana, Optional.of(AlertStatus.OPEN), Optional.empty(), 0);
    Map<String, Set<String>> byParty = fresh.stream().collect(Collectors.groupingBy(Alert::partyId,
        Collectors.mapping(Alert::entityId, Collectors.toSet())));
    assertThat(byParty.get("c-pt")).contains("ofac-31455");
    assertThat(byParty.get("c-pt-ru")).contains("ofac-31455");
    assertThat(byParty.get("c-kk")).contains("ofac-31291");
    assertThat(byParty.get("c-kk2")).contains("ofac-31291");
    assertThat(byParty).doesNotContainKeys("c-ms", "c-hb", "c-jd");
    assertThat(fresh).allSatisfy(a -> assertThat(a.snapshotIds()).containsExactly(s2021.id()));
    // no cleared hit alerts again unless its list entry changed in screening-relevant data
    Map<String, Entity> now = new HashMap<>();
    v2021.forEach(e -> now.put(e.id(), e));
    for (Alert a : fresh) {
      String before = cleared.get(a.partyId() + "/" + a.entityId());
      if (before != null) {
        assertThat(Hashing.entityHash(now.get(a.entityId()))).isNotEqualTo(before);
        assertThat(a.changes()).contains("list entry");
      }
    }
    assertThat(r.suppressed() + r.alerts()).isEqualTo(r.hits());

    // a full re-screen of the whole book against 2021-07 finds nothing the delta did not
    lists.set(new IndexedScreening(v2021, Scorers.standard(), List.of(s2021.id()), 2000));
    for (Party p : book()) {
      assertThat(s.screenParty(f.ana, p.externalId()).alerts()).as("full re-screen of %s", p.externalId()).isZero();
    }
  }

  @Test
  void theMarch2022RussiaRoundReachesTheBook() throws Exception {
    List<Entity> feb = new OfacSdnCsvAdapter().read(SharedData.path("ofac_sdn_csv_2022-02-17/sdn.csv")).entities();
    List<Entity> mar = new OfacSdnCsvAdapter().read(SharedData.path("ofac_sdn_csv_2022-03-15/sdn.csv")).entities();
    Snapshot s0 = snapshot("us_ofac_sdn-2022-02-17", LocalDate.of(2022, 2, 17), feb);
    Snapshot s1 = snapshot("us_ofac_sdn-2022-03-15", LocalDate.of(2022, 3, 15), mar);
    CaseFixture f = new CaseFixture(new MemoryCaseStore(),
        new IndexedScreening(feb, Scorers.standard(), List.of(s0.id()), 2000), Scorers.standard());
    f.service.importParties(f.ana, "book.csv", List.of(
        party("r-vtb", "Company", "VTB Bank PJSC", null),
        party("r-warnig", "Person", "Matthias Warnig", null),
        party("r-ms", "Person", "Maria Schmidt", "1980-01-01")));
    assertThat(f.service.alerts(f.ana, Optional.empty(), Optional.empty(), 0)).isEmpty();

    Delta delta = Delta.compute(s0, feb, s1, mar);
    List<Entity> upserted = new ArrayList<>(delta.added());
    delta.changed().forEach(c -> upserted.add(c.after()));
    f.service.onSnapshotActivated(Actor.SYSTEM, new ListChange("us_ofac_sdn", s1.id(), upserted, Set.of()));
    assertThat(f.service.alerts(f.ana, Optional.of(AlertStatus.OPEN), Optional.empty(), 0))
        .extracting(a -> a.partyId() + "/" + a.entityId())
        .contains("r-vtb/ofac-17013", "r-warnig/ofac-31922")
        .noneMatch(k -> k.startsWith("r-ms/"));
  }
}
