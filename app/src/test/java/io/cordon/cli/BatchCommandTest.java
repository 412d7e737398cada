package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cordon batch} on a customer file against the real OFAC 2021-07 list. */
@Tag("shared-data")
@Tag("slow")
class BatchCommandTest {
  @TempDir static Path home;
  @TempDir static Path work;

  @BeforeAll
  static void importList() {
    Cli.Result r = Cli.run(home, "import", SharedData.path("ofac_legacy_csv_2021-07").toString(), "--published", "2021-07-07");
    assertThat(r.exit()).as(r.toString()).isZero();
  }

  @Test
  void screensACustomerFileInOrderWithHitsNoHitsAndBadRows() throws Exception {
    Path in = work.resolve("customers.csv");
    Files.writeString(in, """
        customer_id,Full Name,type,Date of Birth,Country
        c1,Positive Technologies,company,,Russia
        c2,Maria Svensson,person,1980-02-03,Sweden
        c3,,person,,
        c4,Konstantin Kilimnik,person,27.04.1970,Russia
        c5,Позитив Текнолоджиз,company,,
        """);
    Path out = work.resolve("results.csv");
    Cli.Result r = Cli.run(home, "batch", in.toString(), "-o", out.toString(), "--threads", "2");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err()).contains("5 rows, 4 screened").contains("1 errors").contains("line 4: no name");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("\"input_line\"");
    assertThat(lines).anyMatch(l -> l.startsWith("2,\"c1\"") && l.contains("\"hit\"") && l.contains("ofac-31455"));
    assertThat(lines).anyMatch(l -> l.startsWith("3,\"c2\"") && (l.contains("\"no-hit\"") || l.contains("below-threshold")));
    assertThat(lines).noneMatch(l -> l.startsWith("3,\"c2\"") && l.contains("\"hit\""));
    assertThat(lines).anyMatch(l -> l.startsWith("4,") && l.contains("\"error\""));
    assertThat(lines).anyMatch(l -> l.startsWith("5,\"c4\"") && l.contains("\"hit\"") && l.contains("ofac-31291"));
    assertThat(lines).anyMatch(l -> l.startsWith("6,\"c5\"") && l.contains("\"hit\"") && l.contains("ofac-31455"));
  }

  @Test
  void jsonLinesOutputAndClearErrors() throws Exception {
    Path in = work.resolve("q.jsonl");
    Files.writeString(in, "{\"id\": \"a\", \"name\": \"POSITIVE TECHNOLOGIES\"}\n{\"id\": \"b\", \"name\": \"Nobody Atall\"}\n");
    Path out = work.resolve("q.out.jsonl");
    Cli.Result r = Cli.run(home, "batch", in.toString(), "--format", "jsonl", "-o", out.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("status").asText()).isEqualTo("hit");
    assertThat(first.at("/results/0/id").asText()).isEqualTo("ofac-31455");
    assertThat(first.at("/results/0/explanations").size()).isPositive();

    assertThat(Cli.run(home, "batch", work.resolve("missing.csv").toString()).err()).contains("no such file");
    assertThat(Cli.run(home, "batch", in.toString(), "--format", "xml").err()).contains("--format must be csv or jsonl");
    assertThat(Cli.run(home, "batch", in.toString(), "--column", "nmae=x").err()).contains("unknown input field");
  }
}
