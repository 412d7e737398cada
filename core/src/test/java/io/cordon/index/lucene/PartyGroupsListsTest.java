package io.cordon.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.testing.SharedData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The grouping of the real OFAC SDN 2024-05-03 and UN 2026-02-27 lists, as the index build decides
 * it: prints every UN organisation grouped with its OFAC entry and the evidence (the list checked by
 * hand for docs/matching.md) and the counts of grouped UN persons and organisations.
 */
@Tag("shared-data")
@Tag("slow")
class PartyGroupsListsTest {

  static List<PartyGroups.Item> items(String file, ListFormat fmt) throws Exception {
    List<Entity> all = ListAdapters.load().read(SharedData.path(file), Optional.of(fmt)).entities();
    Map<String, List<Entity>> sanctions = new HashMap<>();
    for (Entity e : all) {
      if (e.schema().equals(Schemata.SANCTION)) {
        for (String t : e.get(Prop.ENTITY)) {
          sanctions.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
        }
      }
    }
    List<PartyGroups.Item> out = new ArrayList<>();
    for (Entity e : all) {
      if (Schemata.isScreenable(e.schema())) {
        out.add(new PartyGroups.Item(e, fmt.defaultSource(), sanctions.getOrDefault(e.id(), List.of())));
      }
    }
    return out;
  }

  @Test
  void unOrganisationsAndPersonsGroupedWithTheirOfacEntries() throws Exception {
    List<PartyGroups.Item> items = new ArrayList<>(items("ofac_sdn_csv_2024-05-03", ListFormat.OFAC_SDN_CSV));
    items.addAll(items("un_sc_consolidated_2026-02-27/UN_consolidated.xml", ListFormat.UN_SC_XML));
    PartyGroups g = PartyGroups.of(items);
    String[] keys = g.keys();
    int persons = 0;
    int organisations = 0;
    int unPersons = 0;
    int unOrganisations = 0;
    Map<String, String> groupOf = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      PartyGroups.Item it = items.get(i);
      if (keys[i] != null) {
        groupOf.put(it.entity().id(), keys[i]);
      }
      if (!it.source().equals("un_sc_sanctions")) {
        continue;
      }
      boolean person = it.entity().isA(Schemata.PERSON);
      unPersons += person ? 1 : 0;
      unOrganisations += person ? 0 : 1;
      if (keys[i] != null) {
        if (person) {
          persons++;
        } else {
          organisations++;
          System.out.println("UN organisation grouped: " + it.entity().caption() + " :: " + g.evidence(i));
        }
      }
    }
    System.out.printf("grouped with an OFAC SDN 2024 entry: UN persons %d of %d, UN organisations %d of %d%n",
        persons, unPersons, organisations, unOrganisations);
    assertThat(persons).isEqualTo(377);
    assertThat(organisations).isGreaterThanOrEqualTo(160);
    // AL-QAIDA (UN QDe.004) and AL QA'IDA (OFAC 6366, FTO/SDGT): one party
    assertThat(groupOf.get("unsc-113458")).isNotNull().isEqualTo(groupOf.get("ofac-6366"));
    // the UN's "Cruise Missile Industry Group" is OFAC's "Naval Defence Missile Industry Group" (a UN alias)
    assertThat(groupOf.get("unsc-110394")).isNotNull().isEqualTo(groupOf.get("ofac-11314"));
    // one UN entry, two OFAC entries of the same name (branches): which one is meant is not known
    assertThat(groupOf.get("unsc-113994")).isNull();
  }
}
