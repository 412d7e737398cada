package io.cordon.sources.ca;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.sources.ParsedList;
import io.cordon.testing.BadInput;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("shared-data")
class CaSemaXmlAdapterTest {
  static final Path FILE = SharedData.path("ca_sema_2020-04/sema-lmes.xml");
  static ParsedList list;

  @BeforeAll
  static void read() throws Exception {
    list = new CaSemaXmlAdapter().read(FILE);
  }

  @Test
  void recordsGroupIntoEntitiesWithOneSanctionPerRecord() {
    assertThat(list.published()).isEmpty();
    // 1369 records; 4 people are listed under two regulations each (e.g. Maduro: JVCFOR and Venezuela).
    assertThat(list.entities().stream().filter(e -> e.schema().equals("Sanction")).count()).isEqualTo(1369);
    assertThat(list.targetCount()).isEqualTo(1365);
    assertThat(list.warnings()).isEmpty();
    Entity maduro = byId("ca-sema-jvcfor-1-1");
    assertThat(maduro.first("name")).isEqualTo("Nicolás MADURO MOROS");
    assertThat(list.entities().stream().filter(e -> "ca-sema-jvcfor-1-1".equals(e.first("entity")))
        .flatMap(e -> e.get("program").stream())).anyMatch(p -> p.startsWith("Justice for Victims")).contains("Venezuela");
  }

  @Test
  void namesDatesAndAliases() {
    Entity airBagan = byId("ca-sema-burma-1-1");
    assertThat(airBagan.get("alias")).containsExactly("Air Bagan Holdings Pte. Ltd.", "Air Bagan Limited");
    Entity girkin = byId("ca-sema-russia-1-43");
    assertThat(girkin.first("name")).isEqualTo("Igor GIRKIN");
    assertThat(girkin.get("alias")).containsExactly("Igor STRELKOV");
    assertThat(list.entities().stream().anyMatch(e -> e.get("birthDate").containsAll(
        java.util.List.of("1972-08-10", "1972-08-11")))).isTrue();
    Entity soe = byId("ca-sema-burma-2-40");
    assertThat(soe.get("birthDate")).containsExactly("1964-03");
    assertThat(byId("ca-sema-russia-1-43-sanction").get("country")).containsExactly("ru");
  }

  @Test
  void passesFtmCheck() {
    FtmCheck.assertAllValid(list.entities());
  }

  @Test
  void rejectsBadFiles(@TempDir Path dir) throws Exception {
    CaSemaXmlAdapter a = new CaSemaXmlAdapter();
    BadInput.assertRejected(a, BadInput.empty(dir, "empty.xml"), "empty");
    BadInput.assertRejected(a, BadInput.truncated(FILE, dir, 0.3), "truncated XML", "line");
    BadInput.assertRejected(a, BadInput.text(dir, "wrong.xml", "<Designations/>"), "wrong root element <Designations>");
  }

  static Entity byId(String id) {
    return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
  }
}
