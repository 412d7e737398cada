package io.cordon.sources.ukhmt;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.sources.ParsedList;
import io.cordon.testing.BadInput;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("shared-data")
class UkHmtCsvAdapterTest {
  static final Path Y2018 = SharedData.path("uk_hmt_conlist_2018-04-13/sanctionsconlist.csv");
  static final Path Y2020 = SharedData.path("uk_hmt_conlist_sample_2020-04-27/sample_hmt.csv");
  static ParsedList l2018;
  static ParsedList l2020;

  @BeforeAll
  static void read() throws Exception {
    l2018 = new UkHmtCsvAdapter().read(Y2018);
    l2020 = new UkHmtCsvAdapter().read(Y2020);
  }

  @Test
  void full2018ListGroupsRowsByGroupId() {
    assertThat(l2018.published()).contains(LocalDate.of(2018, 4, 13));
    assertThat(l2018.targetCount()).isEqualTo(2106);
    assertThat(l2018.warnings()).isEmpty();
    Entity rotenberg = byId(l2018, "gb-hmt-13072");
    assertThat(rotenberg.first("name")).isEqualTo("Arkady Romanovich ROTENBERG");
    assertThat(rotenberg.get("alias")).contains("Arkadii Romanovich ROTENBERG");
    assertThat(rotenberg.get("birthDate")).containsExactly("1951-12-15");
    Entity qahtani = byId(l2018, "gb-hmt-13349");
    assertThat(qahtani.get("nationality")).containsExactly("sa", "qa");
    assertThat(qahtani.get("birthDate")).containsExactly("1980", "1981");
    assertThat(qahtani.get("passportNumber")).containsExactly("592667");
    assertThat(byId(l2018, "gb-hmt-13349-sanction").get("unscId")).containsExactly("QDe.004");
    // Passport Details free text: "D 000974 (Afghan)".
    assertThat(byId(l2018, "gb-hmt-6911").get("passportNumber")).containsExactly("D 000974");
    assertThat(l2018.entities().stream().mapToLong(e -> e.get("passportNumber").size()).sum()).isGreaterThan(300);
    assertThat(byId(l2018, "gb-hmt-13349-sanction").get("program"))
        .containsExactly("The ISIL (Da'esh) and Al-Qaida organisations");
  }

  @Test
  void windows1252TextIsDecoded() {
    // The 2018 file is Windows-1252 (0x91/0x92 quotes): no replacement characters may survive.
    assertThat(l2018.entities().stream().flatMap(e -> e.properties().values().stream())
        .flatMap(java.util.List::stream).noneMatch(v -> v.indexOf('\uFFFD') >= 0)).isTrue();
  }

  @Test
  void sample2020WithNonLatinNames() {
    assertThat(l2020.published()).contains(LocalDate.of(2020, 4, 27));
    assertThat(l2020.targetCount()).isEqualTo(6);
    Entity hojati = l2020.entities().stream().filter(e -> "Mohsen HOJATI".equals(e.first("name"))).findFirst().orElseThrow();
    assertThat(hojati.get("alias")).contains("محسن حجتی");
    assertThat(hojati.get("birthDate")).containsExactly("1955-09-28");
    // Only in Other Information: "UN Ref IRi.018.  Passport no: G4506013, issued in Iran".
    assertThat(hojati.get("passportNumber")).containsExactly("G4506013");
    assertThat(byId(l2020, hojati.id() + "-sanction").get("unscId")).containsExactly("IRi.018");
    Entity hubarieva = byId(l2020, "gb-hmt-13063");
    assertThat(hubarieva.get("birthDate")).contains("1983-07-05", "1983", "1984-04");
    assertThat(hubarieva.get("birthCountry")).containsExactly("ua");
  }

  @Test
  void passesFtmCheck() {
    for (ParsedList l : new ParsedList[] {l2018, l2020}) {
      FtmCheck.Result r = FtmCheck.check(l.entities());
      assertThat(r.invalid()).as(String.join("\n", r.problems())).isZero();
      assertThat(r.valid()).isEqualTo(l.entities().size());
    assertThat(r.warnings()).as("ftm-check warnings").isEmpty();
    }
  }

  @Test
  void rejectsBadFiles(@TempDir Path dir) throws Exception {
    UkHmtCsvAdapter a = new UkHmtCsvAdapter();
    BadInput.assertRejected(a, BadInput.empty(dir, "empty.csv"), "empty");
    BadInput.assertRejected(a, BadInput.text(dir, "other.csv", "a,b,c\n1,2,3\n"), "Last Updated");
    // Cut inside a quoted "Other Information" field: the row cannot be completed.
    byte[] all = Files.readAllBytes(Y2020);
    String text = new String(all, java.nio.charset.StandardCharsets.UTF_8);
    int cut = text.indexOf("\"UN Ref IRi.018") + 10;
    Path truncated = Files.write(dir.resolve("truncated.csv"), Arrays.copyOf(all, text.substring(0, cut).getBytes(
        java.nio.charset.StandardCharsets.UTF_8).length));
    BadInput.assertRejected(a, truncated, "truncated", "line 3");
    String head = text.substring(0, text.indexOf('\n', text.indexOf("Group ID")) + 1);
    BadInput.assertRejected(a, BadInput.text(dir, "short-row.csv", head + "HOJATI,Mohsen\n"), "line 3", "fields");
  }

  static Entity byId(ParsedList l, String id) {
    return l.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
  }
}
