package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 3, end to end on the default H2 home with the real index: an open alert on a person
 * listed once takes the second listing when another list names the same person (same name and
 * birth date) and its import re-screens the book; no second alert is raised for the same person.
 */
class AlertListingsRescreenTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  @TempDir Path work;

  @Test
  void aListChangeGivesTheOpenAlertTheNewListing() throws Exception {
    ok(Cli.run(home, "import", Files.writeString(work.resolve("first.csv"),
        "id,schema,name,program,birth_date\nt-9,Person,Ivan Petrovich SIDORENKO,TEST,1961-03-14\n").toString(),
        "--source", "first_list"));
    ok(Cli.run(home, "parties", "import", Files.writeString(work.resolve("book.csv"),
        "id,name,type,birth_date\nC3,Ivan Petrovich Sidorenko,Person,1961-03-14\n").toString()));
    JsonNode before = alerts();
    assertThat(before).hasSize(1);
    assertThat(ids(before.get(0).get("listings"))).containsExactly("t-9");

    Cli.Result second = ok(Cli.run(home, "import", Files.writeString(work.resolve("second.csv"),
        "id,schema,name,program,birth_date\nu-9,Person,SIDORENKO Ivan Petrovich,OTHER,1961-03-14\n").toString(),
        "--source", "second_list"));
    assertThat(second.out()).contains("re-screened");
    JsonNode after = alerts();
    assertThat(after).as("the same person: no second alert").hasSize(1);
    JsonNode a = after.get(0);
    assertThat(a.get("id")).isEqualTo(before.get(0).get("id"));
    assertThat(a.get("entity").asText()).isEqualTo("t-9");
    assertThat(ids(a.get("listings"))).containsExactly("t-9", "u-9");
    assertThat(a.get("listings").get(1).get("dataset").asText()).isEqualTo("second_list");
    assertThat(a.get("listing_evidence").get(0).asText()).contains("birth date 1961-03-14");
    assertThat(a.get("datasets").toString()).contains("first_list", "second_list");
    Cli.Result audit = ok(Cli.run(home, "audit", "tail", "-n", "20"));
    assertThat(audit.out()).contains("alert-listings");
  }

  private JsonNode alerts() throws Exception {
    Cli.Result r = ok(Cli.run(home, "alerts", "--json"));
    return JSON.readTree(r.out());
  }

  private static List<String> ids(JsonNode listings) {
    List<String> out = new ArrayList<>();
    listings.forEach(l -> out.add(l.get("id").asText()));
    return out;
  }

  private static Cli.Result ok(Cli.Result r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }
}
