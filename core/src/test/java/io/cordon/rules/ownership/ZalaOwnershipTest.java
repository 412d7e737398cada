package io.cordon.rules.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.model.Entity;
import io.cordon.testing.SharedData;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The OpenSanctions "zala" cluster: real Ownership records with dates and repeated filings. */
@Tag("shared-data")
class ZalaOwnershipTest {
  static List<Entity> entities;
  static Set<String> sdn;
  static final String ZAKHAROV = "NK-aU5ybkbRFJucf8YMwsJvDw";
  static final String RTC = "NK-ERScv7cLkkvZ3ejz7xiToj";
  static final String SPS = "NK-9Xa4Kg7Y7nfccE7VcZt6Q6";
  static final String CST_OLD = "ru-inn-5920040846";

  @BeforeAll
  static void read() throws Exception {
    ObjectMapper json = new ObjectMapper();
    entities = new ArrayList<>();
    for (String line : Files.readAllLines(SharedData.path("opensanctions_zala_fixture_yente/entities.ftm.json"))) {
      JsonNode n = json.readTree(line);
      Entity.Builder b = Entity.builder(n.get("id").asText(), n.get("schema").asText());
      for (Iterator<Map.Entry<String, JsonNode>> it = n.get("properties").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        p.getValue().forEach(v -> b.addIfAllowed(p.getKey(), v.asText()));
      }
      n.get("datasets").forEach(d -> b.dataset(d.asText()));
      entities.add(b.build());
    }
    sdn = new TreeSet<>();
    for (Entity e : entities) {
      if (e.datasets().contains("us_ofac_sdn") && !e.schema().equals("Sanction")) {
        sdn.add(e.id());
      }
    }
  }

  @Test
  void readsAllOwnershipRecords() {
    OwnershipGraph g = OwnershipGraph.fromEntities(entities);
    assertThat(g.links()).hasSize(14);
    assertThat(g.links()).filteredOn(l -> l.percentage() == null).hasSize(4);
    assertThat(sdn).contains(ZAKHAROV).doesNotContain(RTC, SPS, CST_OLD);
  }

  @Test
  void companiesHeldByTheSdnAreBlockedOnlyWhileHeld() {
    OwnershipGraph g = OwnershipGraph.fromEntities(entities);
    BlockedOwnership y2023 = BlockedOwnership.compute(g.on(LocalDate.of(2023, 1, 1)), sdn);
    OwnershipStatus rtc = y2023.status(RTC);
    assertThat(rtc.blockedByOwnership()).isTrue();
    assertThat(rtc.paths()).extracting(Object::toString).containsExactly(ZAKHAROV + " -[100%]-> " + RTC);
    assertThat(y2023.isBlocked(SPS)).isFalse(); // the 75% holding ended 2022-11-22
    BlockedOwnership y2021 = BlockedOwnership.compute(g.on(LocalDate.of(2021, 6, 1)), sdn);
    assertThat(y2021.isBlocked(SPS)).isTrue();
    assertThat(y2021.status(SPS).blockedShare()).isEqualTo(75.0);
    assertThat(y2021.isBlocked(RTC)).isFalse(); // held from 2022-04-22
    assertThat(BlockedOwnership.compute(g.on(LocalDate.of(2018, 1, 1)), sdn).isBlocked(CST_OLD)).isTrue();
    assertThat(BlockedOwnership.compute(g.on(LocalDate.of(2020, 1, 1)), sdn).isBlocked(CST_OLD)).isFalse();
  }

  @Test
  void repeatedFilingsForOneHoldingAreNotSummed() {
    // Zakharov -> CST (NK-abdz...) is filed as 50, 48 and 51 percent over overlapping periods
    OwnershipGraph g = OwnershipGraph.fromEntities(entities).on(LocalDate.of(2022, 6, 1));
    assertThat(g.ownersOf("NK-abdzbEBkqyT29GyREbiURZ")).filteredOn(l -> l.owner().equals(ZAKHAROV))
        .singleElement().extracting(OwnershipLink::percentage).isEqualTo(51.0);
  }
}
