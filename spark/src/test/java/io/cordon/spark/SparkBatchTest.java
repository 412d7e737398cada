package io.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.catalog.ImportRequest;
import io.cordon.catalog.Importer;
import io.cordon.index.AnalyzerKeys;
import io.cordon.index.lucene.IndexCache;
import io.cordon.match.Scorers;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.CustomerBook;
import io.cordon.screening.Screener;
import io.cordon.screening.batch.BatchOutput;
import io.cordon.screening.batch.BatchScreening;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.PartyInputReader;
import io.cordon.sources.ListAdapters;
import io.cordon.store.CordonStore;
import io.cordon.store.StoreConfig;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on local[2] gives the same results as {@code cordon batch} row for row: a generated
 * customer book (300 rows, 10% listed parties, half misspelt) against the UN list imported into a
 * Cordon home, screened once by the batch path (reader, BatchScreening on 2 threads, JSON lines
 * output) and once by {@link SparkBatch}; the JSON lines must be equal, and the index must have
 * been opened once in this JVM however many partitions ran.
 */
class SparkBatchTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path home;
  static Path book;

  @BeforeAll
  static void homeAndBook() throws Exception {
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    System.setProperty("spark.ui.enabled", "false");
    home = dir.resolve("home");
    Files.createDirectories(home);
    Path un = Path.of(System.getProperty("cordon.shared", "../shared"), "data",
        "un_sc_consolidated_2026-02-27/UN_consolidated.xml");
    assertThat(un).as("shared test data (read in place)").exists();
    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()))) {
      new Importer(store.catalog(), ListAdapters.load()::read, Clock.systemUTC()).importList(ImportRequest.of(un));
    }
    book = dir.resolve("book.csv");
    try (Writer w = Files.newBufferedWriter(book, StandardCharsets.UTF_8)) {
      new CustomerBook(ListAdapters.load().read(un, Optional.empty()).entities(),
          new CustomerBook.Options(300, 0.1, 0.2, 11)).writeCsv(w);
    }
  }

  /** What `cordon batch book.csv --format jsonl --threads 2` writes, by the same classes. */
  static List<String> batch(Path input) throws Exception {
    return batch(home, input, dir.resolve("batch.jsonl"));
  }

  /** {@link #batch(Path)} against the lists of {@code home}, written to {@code out}. */
  static List<String> batch(Path home, Path input, Path out) throws Exception {
    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()));
         CatalogIndexes indexes = new CatalogIndexes(store.catalog(), new IndexCache(home, AnalyzerKeys.standard()))) {
      indexes.refresh();
      Screener screener = new Screener(indexes, Scorers.standard(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
      try (PartyInputReader rows = PartyInputReader.open(input, InputFormat.forFile(input), ColumnMapping.byHeaders());
           BatchOutput w = BatchOutput.open(out, BatchOutput.Format.JSONL, false)) {
        new BatchScreening(screener, q -> q.withLimit(5), 2, Clock.systemUTC()).run(rows, 0, w, w::checkpoint, null);
      }
    }
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  static List<String> sparkLines(Path folder) throws Exception {
    List<String> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void sparkResultsEqualCordonBatchRowForRow() throws Exception {
    List<String> expected = batch(book);
    int opens = ExecutorIndex.opens();
    Path out = dir.resolve("spark-out");
    int code = SparkBatch.run(book.toString(), "-o", out.toString(), "--master", "local[2]",
        "--home", home.toString());
    assertThat(code).isZero();
    List<String> actual = sparkLines(out.resolve("jsonl"));
    assertThat(actual).hasSize(300).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      JsonNode e = JSON.readTree(expected.get(i));
      JsonNode a = JSON.readTree(actual.get(i));
      assertThat(a).as("row %d", i + 1).isEqualTo(e);
    }
    // the sample is worth comparing: listed parties found, unlisted ones not
    long hits = expected.stream().filter(l -> l.contains("\"status\":\"hit\"")).count();
    assertThat(hits).isBetween(10L, 100L);
    // one index opened in this JVM for the whole job, not one per partition or row
    assertThat(ExecutorIndex.opens()).isEqualTo(opens + 1);
    // Parquet has the same rows with typed columns
    assertThat(Files.list(out.resolve("parquet")).anyMatch(p -> p.toString().endsWith(".parquet"))).isTrue();
  }

  @Test
  void badArgumentsFailWithAMessage() {
    assertThat(SparkBatch.run(book.toString(), "-o", dir.resolve("x").toString(), "--input-format", "xlsx",
        "--home", home.toString())).isEqualTo(2);
    assertThat(SparkBatch.run(book.toString(), "-o", dir.resolve("y").toString(), "--home",
        dir.resolve("empty-home").toString(), "--snapshot", "nope")).isNotZero();
  }
}
