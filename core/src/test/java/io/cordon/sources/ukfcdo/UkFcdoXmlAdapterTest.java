package io.cordon.sources.ukfcdo;

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
class UkFcdoXmlAdapterTest {
  static final Path FILE = SharedData.path("uk_sanctions_list_xml_sample_2026/uk_sample.xml");
  static ParsedList list;

  @BeforeAll
  static void read() throws Exception {
    list = new UkFcdoXmlAdapter().read(FILE);
  }

  @Test
  void fourRealDesignationsSyntheticSkipped() {
    assertThat(list.published()).contains(LocalDate.of(2026, 8, 14));
    assertThat(list.targetCount()).isEqualTo(4);
    assertThat(list.warnings()).singleElement().asString().contains("no UniqueID", "No Unique Id");
  }

  @Test
  void mansurDetails() {
    Entity e = byId("gb-fcdo-AFG0011");
    assertThat(e.first("name")).isEqualTo("ABDUL LATIF MANSUR");
    assertThat(e.get("alias")).contains("Abdul Latif MANSOOR", "عبد اللطيف منصور");
    assertThat(e.get("birthDate")).containsExactly("1968", "1967-11-12");
    assertThat(e.get("passportNumber")).containsExactly("D0009720", "D0010442");
    assertThat(e.get("nationality")).containsExactly("af");
    assertThat(e.get("title")).containsExactly("Maulavi");
    Entity s = byId("gb-fcdo-AFG0011-sanction");
    assertThat(s.get("unscId")).containsExactly("TAi.007");
    assertThat(s.get("listingDate")).containsExactly("2001-01-31");
    assertThat(s.get("program")).containsExactly("The Afghanistan (Sanctions) (EU Exit) Regulations 2020");
  }

  @Test
  void lowerCasePrimaryNameEntityAndShip() {
    Entity mazidih = byId("gb-fcdo-AQD0128");
    assertThat(mazidih.first("name")).isEqualTo("AKRAM TURKI HISHAN AL-MAZIDIH");
    assertThat(mazidih.get("idNumber")).containsExactly("0075258");
    assertThat(mazidih.get("birthDate")).contains("1958-09", "1985");
    assertThat(byId("gb-fcdo-AQD0377").schema()).isEqualTo("Organization");
    Entity ship = byId("gb-fcdo-DPR0075");
    assertThat(ship.schema()).isEqualTo("Vessel");
    assertThat(ship.get("imoNumber")).containsExactly("IMO9562233");
    assertThat(ship.get("flag")).containsExactly("km");
    assertThat(ship.get("pastFlags")).containsExactly("in");
  }

  @Test
  void passesFtmCheck() {
    FtmCheck.assertAllValid(list.entities());
  }

  @Test
  void rejectsBadFiles(@TempDir Path dir) throws Exception {
    UkFcdoXmlAdapter a = new UkFcdoXmlAdapter();
    BadInput.assertRejected(a, BadInput.empty(dir, "empty.xml"), "empty");
    BadInput.assertRejected(a, BadInput.truncated(FILE, dir, 0.7), "truncated XML", "line");
    BadInput.assertRejected(a, BadInput.text(dir, "wrong.xml", "<?xml version=\"1.0\"?><data-set/>"),
        "wrong root element <data-set>");
  }

  static Entity byId(String id) {
    return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
  }
}
