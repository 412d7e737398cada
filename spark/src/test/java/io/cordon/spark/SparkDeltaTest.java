package io.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.catalog.ImportRequest;
import io.cordon.catalog.ImportResult;
import io.cordon.catalog.Importer;
import io.cordon.sources.ListAdapters;
import io.cordon.store.CordonStore;
import io.cordon.store.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delta screening after a list update ({@code --delta-of}): a list of two people is imported, then
 * an update of it that adds a third. Screening the book against the update's delta finds the row
 * naming the new person and nothing for the rows naming the two unchanged ones, although a full
 * screen of the same book (the batch path) finds all three (so their absence is the delta's doing).
 */
class SparkDeltaTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String person(String id, String name, String birthDate) {
    return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name
        + "\"],\"birthDate\":[\"" + birthDate + "\"]},\"datasets\":[\"delta_test\"]}";
  }

  private ImportResult importList(Path home, Path file, LocalDate published) throws Exception {
    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()))) {
      return new Importer(store.catalog(), ListAdapters.load()::read, Clock.systemUTC())
          .importList(ImportRequest.of(file).withSource("delta_test").withPublished(published));
    }
  }

  private static List<JsonNode> lines(Path folder) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    try (var parts = Files.list(folder)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          out.add(JSON.readTree(l));
        }
      }
    }
    return out;
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Input row id to the entity ids of its results. */
  private static java.util.Map<String, List<String>> results(List<JsonNode> rows) {
    java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
    for (JsonNode r : rows) {
      List<String> ids = new ArrayList<>();
      r.path("results").forEach(x -> ids.add(x.path("id").asText()));
      out.put(r.path("id").asText(), ids);
    }
    return out;
  }

  @Test
  void deltaFindsOnlyThePartyMatchingTheNewEntry() throws Exception {
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    System.setProperty("spark.ui.enabled", "false");
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    String a = person("dt-1", "Bartholomew Quenneville", "1961-02-03");
    String b = person("dt-2", "Ignatius Wolstenholme", "1972-04-05");
    String c = person("dt-3", "Cornelius Fairweather", "1983-06-07");
    Path v1 = Files.write(dir.resolve("v1.ftm.json"), List.of(a, b), StandardCharsets.UTF_8);
    Path v2 = Files.write(dir.resolve("v2.ftm.json"), List.of(a, b, c), StandardCharsets.UTF_8);
    importList(home, v1, LocalDate.of(2026, 1, 1));
    String update = importList(home, v2, LocalDate.of(2026, 2, 1)).snapshot().id();

    Path book = Files.write(dir.resolve("book.csv"), List.of(
        "id,first_name,last_name,date_of_birth",
        "r1,Bartholomew,Quenneville,1961-02-03",
        "r2,Ignatius,Wolstenholme,1972-04-05",
        "r3,Cornelius,Fairweather,1983-06-07",
        "r4,Jane,Smith,1990-01-01"), StandardCharsets.UTF_8);

    // the control: a full screen (the batch path, which SparkBatchTest holds equal to the Spark job)
    java.util.Map<String, List<String>> all = results(
        SparkBatchTest.batch(home, book, dir.resolve("full.jsonl")).stream().map(SparkDeltaTest::tree).toList());
    assertThat(all.get("r1")).contains("dt-1");
    assertThat(all.get("r2")).contains("dt-2");
    assertThat(all.get("r3")).contains("dt-3");
    assertThat(all.get("r4")).isEmpty();

    Path delta = dir.resolve("delta");
    assertThat(SparkBatch.run(book.toString(), "-o", delta.toString(), "--master", "local[1]", "--home",
        home.toString(), "--delta-of", update, "--format", "jsonl")).isZero();
    java.util.Map<String, List<String>> changed = results(lines(delta.resolve("jsonl")));
    // only rows with results are written, and only the new entry is screened against
    assertThat(changed).containsOnlyKeys("r3");
    assertThat(changed.get("r3")).containsExactly("dt-3");
  }
}
