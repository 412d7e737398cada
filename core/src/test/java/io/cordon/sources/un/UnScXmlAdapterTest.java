package io.cordon.sources.un;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.sources.ParsedList;
import io.cordon.testing.BadInput;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("shared-data")
class UnScXmlAdapterTest {
  static final Path FILE = SharedData.path("un_sc_consolidated_2026-02-27/UN_consolidated.xml");
  static ParsedList list;

  @BeforeAll
  static void read() throws Exception {
    list = new UnScXmlAdapter().read(FILE);
  }

  @Test
  void countsAndDate() {
    assertThat(list.published()).contains(LocalDate.of(2026, 2, 27));
    assertThat(list.entities().stream().filter(e -> e.schema().equals("Person")).count()).isEqualTo(730);
    assertThat(list.entities().stream().filter(e -> e.isA("Organization")).count()).isEqualTo(273);
    assertThat(list.targetCount()).isEqualTo(1003);
    assertThat(list.entities().stream().filter(e -> e.schema().equals("Sanction")).count()).isEqualTo(1003);
    // Two passport "numbers" are whole sentences without a number at the end: kept in notes.
    assertThat(list.warnings()).hasSize(2).allMatch(w -> w.contains("kept in notes"));
  }

  @Test
  void saddamHusseinWithArabicNameAndProgram() {
    Entity s = list.entities().stream().filter(e -> e.names().contains("صدام حسين التكريتي"))
        .findFirst().orElseThrow();
    assertThat(s.schema()).isEqualTo("Person");
    assertThat(s.first("name")).startsWith("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(s.get("nationality")).contains("iq");
    assertThat(s.get("birthDate")).contains("1937-04-28");
    Entity sanction = sanctionOf(s);
    assertThat(sanction.get("unscId")).containsExactly("IQi.001");
    assertThat(sanction.get("program")).containsExactly("Iraq");
    assertThat(sanction.get("listingDate")).containsExactly("2003-06-27");
    assertThat(sanction.get("authority")).containsExactly(UnScXmlAdapter.AUTHORITY);
  }

  @Test
  void badegeAndKakoleleDetails() {
    Entity badege = byId("unsc-6907993");
    assertThat(badege.first("name")).isEqualTo("ERIC BADEGE");
    assertThat(badege.get("birthDate")).containsExactly("1971");
    assertThat(badege.get("nationality")).containsExactly("cd");
    assertThat(badege.get("gender")).containsExactly("male");
    assertThat(badege.get("country")).containsExactly("rw");
    Entity kakolele = byId("unsc-6907994");
    assertThat(kakolele.get("alias")).contains("FRANK KAKORERE", "AIGLE BLANC");
    assertThat(kakolele.get("position")).containsExactly("FARDC General");
  }

  @Test
  void qualityOfAliasesAndDocuments() {
    long weak = list.entities().stream().mapToLong(e -> e.get("weakAlias").size()).sum();
    assertThat(weak).isGreaterThan(500); // 615 "Low" aliases in the file, a few repeat
    assertThat(list.entities().stream().anyMatch(e -> e.get("passportNumber").contains("OB 0243318"))).isTrue();
    assertThat(list.entities().stream().anyMatch(e -> e.get("idNumber").contains("1-78-09-44621-80"))).isTrue();
    // "French passport number 05AT521433" in the NUMBER field: the number is typed, the text noted.
    Entity french = list.entities().stream().filter(e -> e.get("passportNumber").contains("05AT521433"))
        .findFirst().orElseThrow();
    assertThat(french.get("notes")).contains("passportNumber: French passport number 05AT521433");
    Entity adf = byId("unsc-6908402");
    assertThat(adf.schema()).isEqualTo("Organization");
    assertThat(adf.get("alias")).contains("Allied Democratic Forces");
    assertThat(adf.get("previousName")).contains("ADF/NALU");
  }

  @Test
  void passesFtmCheck() {
    FtmCheck.assertAllValid(list.entities());
  }

  @Test
  void rejectsBadFiles(@TempDir Path dir) throws Exception {
    UnScXmlAdapter a = new UnScXmlAdapter();
    BadInput.assertRejected(a, BadInput.empty(dir, "empty.xml"), "empty");
    BadInput.assertRejected(a, BadInput.truncated(FILE, dir, 0.6), "truncated XML", "line");
    BadInput.assertRejected(a, BadInput.truncated(FILE, dir, 0.9999), "truncated XML");
    BadInput.assertRejected(a, BadInput.text(dir, "wrong.xml", "<export><x/></export>"),
        "wrong root element <export>");
    BadInput.assertRejected(a, BadInput.text(dir, "none.xml", "<CONSOLIDATED_LIST/>"), "no list entries");
  }

  static Entity byId(String id) {
    return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  static Entity sanctionOf(Entity e) {
    return byId(e.id() + "-sanction");
  }
}
