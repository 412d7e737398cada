package io.cordon.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.model.Entity;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import rules on a tiny line format read by a fake adapter: one person per line ("id;name"),
 * an optional first line "date:YYYY-MM-DD" as the list's own publication date.
 */
class ImporterTest {
  @TempDir Path dir;

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

  static final ListReader LINES = (path, format) -> {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new ListFormatException(path, "empty file");
    }
    Optional<LocalDate> published = Optional.empty();
    List<Entity> out = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("date:")) {
        published = Optional.of(LocalDate.parse(line.substring(5)));
        continue;
      }
      String[] f = line.split(";");
      if (f.length != 2) {
        throw new ListFormatException(path, "malformed line: " + line);
      }
      out.add(Entity.builder(f[0], "Person").add("name", f[1]).dataset("ftm").build());
    }
    return new ParsedList(ListFormat.FTM_JSON, published, out);
  };

  final InMemoryCatalog catalog = new InMemoryCatalog();
  final List<String> events = new ArrayList<>();
  final Importer importer = new Importer(catalog, LINES, ImportPolicy.DEFAULT, CLOCK,
      List.of((source, prev, now) -> events.add(source + ":" + prev.map(Snapshot::id).orElse("-") + "->" + now.id())));

  Path list(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }

  ImportRequest req(Path p) {
    return ImportRequest.of(p).withSource("test_list");
  }

  @Test
  void firstImportBecomesActiveWithContentDerivedId() throws Exception {
    Path p = list("a.txt", "date:2021-04-15", "p1;Ivan Petrov", "p2;Anna Petrova");
    ImportResult r = importer.importList(req(p));
    String sha = ContentHash.sha256(List.of(p));
    assertThat(r.outcome()).isEqualTo(CommitOutcome.ACTIVE);
    assertThat(r.snapshot().id()).isEqualTo("test_list-" + sha.substring(0, 12));
    assertThat(r.snapshot().sha256()).isEqualTo(sha).hasSize(64);
    assertThat(r.snapshot().published()).contains(LocalDate.of(2021, 4, 15));
    assertThat(r.snapshot().imported()).isEqualTo(CLOCK.instant());
    assertThat(r.snapshot().targets()).isEqualTo(2);
    assertThat(catalog.active("test_list")).contains(r.snapshot());
    assertThat(catalog.entities(r.snapshot().id())).extracting(Entity::id).containsExactly("p1", "p2");
    // the source name becomes the entities' dataset
    assertThat(catalog.entities(r.snapshot().id()).get(0).datasets()).containsExactly("test_list");
    assertThat(events).containsExactly("test_list:-->" + r.snapshot().id());
  }

  @Test
  void sameBytesAgainAreUnchanged() throws Exception {
    Path p = list("a.txt", "p1;Ivan Petrov");
    ImportResult first = importer.importList(req(p));
    Path copy = Files.copy(p, dir.resolve("copy.txt"));
    ImportResult again = importer.importList(req(copy));
    assertThat(again.outcome()).isEqualTo(CommitOutcome.UNCHANGED);
    assertThat(again.snapshot()).isEqualTo(first.snapshot());
    assertThat(catalog.snapshots("test_list")).hasSize(1);
    assertThat(events).hasSize(1);
  }

  @Test
  void olderPublicationGoesToHistoryAndAsOfFindsIt() throws Exception {
    ImportResult newer = importer.importList(req(list("new.txt", "date:2022-03-15", "p1;A", "p2;B")));
    ImportResult older = importer.importList(req(list("old.txt", "date:2022-02-17", "p1;A")));
    assertThat(older.outcome()).isEqualTo(CommitOutcome.HISTORY);
    assertThat(catalog.active("test_list")).contains(newer.snapshot());
    assertThat(catalog.snapshots("test_list")).containsExactly(older.snapshot(), newer.snapshot());
    assertThat(catalog.asOf("test_list", LocalDate.of(2022, 3, 1))).contains(older.snapshot());
    assertThat(catalog.asOf("test_list", LocalDate.of(2022, 3, 15))).contains(newer.snapshot());
    assertThat(catalog.asOf("test_list", LocalDate.of(2022, 2, 16))).isEmpty();
    assertThat(catalog.previous(newer.snapshot())).contains(older.snapshot());
  }

  @Test
  void publishedOptionDatesAFileWithoutItsOwnDateButNeverOverridesIt() throws Exception {
    ImportResult undated = importer.importList(req(list("a.txt", "p1;A")).withPublished(LocalDate.of(2019, 1, 4)));
    assertThat(undated.snapshot().published()).contains(LocalDate.of(2019, 1, 4));
    ImportResult dated = importer.importList(req(list("b.txt", "date:2021-07-07", "p1;A", "p2;B"))
        .withPublished(LocalDate.of(2000, 1, 1)));
    assertThat(dated.snapshot().published()).contains(LocalDate.of(2021, 7, 7));
  }

  @Test
  void withoutAnyDateTheImportDayCounts() throws Exception {
    ImportResult r = importer.importList(req(list("a.txt", "p1;A")));
    assertThat(r.snapshot().published()).isEmpty();
    assertThat(r.snapshot().effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 29));
  }

  @Test
  void emptyFileIsRejectedNamingTheFileAndTheActiveSnapshotStays() throws Exception {
    ImportResult good = importer.importList(req(list("good.txt", "p1;A", "p2;B")));
    Path empty = Files.write(dir.resolve("sdn.csv"), new byte[0]);
    assertThatThrownBy(() -> importer.importList(req(empty)))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("empty file");
    assertThat(catalog.active("test_list")).contains(good.snapshot());
    assertThat(catalog.snapshots("test_list")).hasSize(1);
  }

  @Test
  void malformedAndMissingFilesAreRejected() throws Exception {
    Path bad = list("bad.txt", "p1;A", "garbage");
    assertThatThrownBy(() -> importer.importList(req(bad)))
        .isInstanceOf(ImportRejectedException.class).hasMessageContaining("malformed line: garbage");
    assertThatThrownBy(() -> importer.importList(req(dir.resolve("nope.txt"))))
        .isInstanceOf(ImportRejectedException.class).hasMessageContaining("no such file");
    assertThat(catalog.sources()).isEmpty();
  }

  @Test
  void duplicateIdsAreRejected() throws Exception {
    assertThatThrownBy(() -> importer.importList(req(list("dup.txt", "p1;A", "p1;B"))))
        .isInstanceOf(ImportRejectedException.class).hasMessageContaining("p1 occurs more than once");
  }

  @Test
  void collapseIsRejectedUnlessForced() throws Exception {
    importer.importList(req(list("big.txt", "p1;A", "p2;B", "p3;C", "p4;D")));
    Path small = list("small.txt", "date:2026-11-30", "p1;A");
    assertThatThrownBy(() -> importer.importList(req(small)))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("small.txt")
        .hasMessageContaining("collapsed from 4")
        .hasMessageContaining("75.0%");
    assertThat(catalog.snapshots("test_list")).hasSize(1);
    ImportResult forced = importer.importList(req(small).withForce(true));
    assertThat(forced.outcome()).isEqualTo(CommitOutcome.ACTIVE);
  }

  @Test
  void aFallWithinTheLimitIsAccepted() throws Exception {
    importer.importList(req(list("big.txt", "p1;A", "p2;B", "p3;C", "p4;D")));
    ImportResult half = importer.importList(req(list("half.txt", "date:2026-11-30", "p1;A", "p2;B")));
    assertThat(half.outcome()).isEqualTo(CommitOutcome.ACTIVE);
  }

  @Test
  void collapseLimitIsConfigurableAndChecked() throws Exception {
    Importer strict = new Importer(catalog, LINES, new ImportPolicy(10), CLOCK, List.of());
    strict.importList(req(list("big.txt", "p1;A", "p2;B", "p3;C", "p4;D")));
    assertThatThrownBy(() -> strict.importList(req(list("3.txt", "date:2026-11-30", "p1;A", "p2;B", "p3;C"))))
        .isInstanceOf(ImportRejectedException.class).hasMessageContaining("limit 10%");
    assertThatThrownBy(() -> new ImportPolicy(150)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ImportPolicy(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidSourceNamesAreRefused() {
    assertThatThrownBy(() -> ImportRequest.of(dir).withSource("Bad Name"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid source name");
  }

  @Test
  void ofacSetHashCoversAllItsFilesInNameOrder() throws Exception {
    Path set = Files.createDirectories(dir.resolve("set"));
    Files.writeString(set.resolve("sdn.csv"), "S");
    Files.writeString(set.resolve("add.csv"), "A");
    Files.writeString(set.resolve("alt.csv"), "L");
    Files.writeString(set.resolve("notes.txt"), "ignored");
    List<Path> files = ContentHash.files(set, ListFormat.OFAC_SDN_CSV);
    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("add.csv", "alt.csv", "sdn.csv");
    assertThat(ContentHash.files(set.resolve("sdn.csv"), ListFormat.OFAC_SDN_CSV)).isEqualTo(files);
    Path cat = Files.writeString(dir.resolve("cat"), "ALS");
    assertThat(ContentHash.sha256(files)).isEqualTo(ContentHash.sha256(List.of(cat)));
  }
}
