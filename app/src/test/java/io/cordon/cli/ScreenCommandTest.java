package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cordon screen` end to end: import a real list, screen, then screen again from the persisted index. */
@Tag("shared-data")
class ScreenCommandTest {

  @Test
  void screensImportedListsAndReusesThePersistedIndex(@TempDir Path home) throws Exception {
    Path un = SharedData.path("un_sc_consolidated_2026-02-27/UN_consolidated.xml");
    Cli.Result imp = Cli.run(home, "import", un.toString(), "--format", "un-sc-xml");
    assertThat(imp.exit()).as(imp.toString()).isZero();

    Cli.Result table = Cli.run(home, "screen", "Eric Badege");
    assertThat(table.exit()).as(table.toString()).isZero();
    assertThat(table.out()).contains("BADEGE").contains("YES").contains("name_parts");
    Path index = home.resolve("index");
    try (Stream<Path> s = Files.list(index)) {
      assertThat(s.filter(p -> Files.exists(p.resolve("cordon-index.done"))).count()).isEqualTo(1);
    }
    long built = Files.getLastModifiedTime(index).toMillis();

    Cli.Result json = Cli.run(home, "screen", "BADEGE, Eric", "--json", "--limit", "1", "--schema", "Person",
        "--country", "Democratic Republic of the Congo");
    assertThat(json.exit()).as(json.toString()).isZero();
    JsonNode r = new ObjectMapper().readTree(json.out());
    JsonNode top = r.get("results").get(0);
    assertThat(top.get("schema").asText()).isEqualTo("Person");
    assertThat(top.get("match").asBoolean()).isTrue();
    assertThat(top.get("score").asDouble()).isBetween(0.75, 1.0);
    assertThat(top.get("properties").get("name").toString()).contains("BADEGE");
    assertThat(top.get("datasets").get(0).asText()).isEqualTo("un_sc_sanctions");
    assertThat(top.get("explanations").fieldNames().hasNext()).isTrue();
    assertThat(r.get("snapshots")).hasSize(1);
    assertThat(r.get("query").get("properties").get("country").get(0).asText()).isEqualTo("cd");
    // The second process-like run opened the index instead of building another one (beside it: its build lock file).
    try (Stream<Path> s = Files.list(index)) {
      assertThat(s.filter(p -> !p.getFileName().toString().endsWith(".lock")).count()).isEqualTo(1);
    }
    assertThat(Files.getLastModifiedTime(index).toMillis()).isEqualTo(built);

    Cli.Result bad = Cli.run(home, "screen", "Eric", "--threshold", "2");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("threshold");
    Cli.Result past = Cli.run(home, "screen", "Eric Badege", "--as-of", "2000-01-01");
    assertThat(past.exit()).isEqualTo(1);
    assertThat(past.err()).contains("no list version was in force on 2000-01-01");
  }

  @Test
  void helpStatesTheThresholdsTheScorersUse(@TempDir Path home) {
    // it said 0.85 for ofac while the ofac mode used 0.80
    Cli.Result help = Cli.run(home, "screen", "--help");
    assertThat(help.out().replaceAll("\\s+", " ")).contains("0.75 for standard, 0.8 for ofac");
    assertThat(io.cordon.match.Scorers.ofac().threshold()).isEqualTo(0.8);
    assertThat(io.cordon.match.Scorers.standard().threshold()).isEqualTo(0.75);
  }
}
