package io.cordon.sources.senzing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.sources.ParsedList;
import io.cordon.testing.BadInput;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("shared-data")
class SenzingJsonAdapterTest {
  static final Path FILE = SharedData.path("opensanctions_us_congress_senzing/us_congress_senzing.json");
  static ParsedList list;

  @BeforeAll
  static void read() throws Exception {
    list = new SenzingJsonAdapter().read(FILE);
  }

  @Test
  void congressPeps() {
    assertThat(list.published()).isEmpty();
    // 1319 records: 1317 people and the 2 positions they hold.
    assertThat(list.entities().stream().filter(e -> e.schema().equals("Person")).count()).isEqualTo(1317);
    assertThat(list.entities().stream().filter(e -> e.schema().equals("Position")).count()).isEqualTo(2);
    assertThat(list.entities().stream().filter(e -> e.schema().equals("Occupancy")).count()).isEqualTo(1366);
    assertThat(list.entities().stream().filter(e -> e.schema().equals("Person"))
        .filter(e -> e.get("topics").contains("role.pep")).count()).isEqualTo(1317);
    assertThat(list.warnings()).isEmpty();
    Entity mcclellan = byId("NK-AQ4HymsADSK2D63MkyTqfC");
    assertThat(mcclellan.first("name")).isEqualTo("Jennifer L. McClellan");
    assertThat(mcclellan.get("birthDate")).containsExactly("1972");
    assertThat(mcclellan.get("nationality")).containsExactly("us");
    // The position record comes later in the file; its name still reaches the person.
    assertThat(mcclellan.get("position")).containsExactly("United States representative");
    assertThat(byId("NK-AQ4HymsADSK2D63MkyTqfC-occupancy-Q13218630").get("post")).containsExactly("Q13218630");
    assertThat(byId("Q4416090").first("name")).isEqualTo("United States senator");
    assertThat(byId("Q101196632").get("wikidataId")).containsExactly("Q101196632");
  }

  @Test
  void passesFtmCheck() {
    FtmCheck.assertAllValid(list.entities());
  }

  @Test
  void rejectsBadFiles(@TempDir Path dir) throws Exception {
    SenzingJsonAdapter a = new SenzingJsonAdapter();
    BadInput.assertRejected(a, BadInput.empty(dir, "empty.json"), "empty");
    String first = Files.readAllLines(FILE).get(0);
    BadInput.assertRejected(a, BadInput.text(dir, "cut.json", first + "\n" + first.substring(0, 80)), "line 2", "invalid JSON");
    BadInput.assertRejected(a, BadInput.text(dir, "ftm.json", "{\"id\":\"x\",\"schema\":\"Person\"}\n"),
        "line 1", "not a Senzing record");
  }

  static Entity byId(String id) {
    return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
  }
}
