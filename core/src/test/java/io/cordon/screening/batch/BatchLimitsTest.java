package io.cordon.screening.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.PlainKeys;
import io.cordon.index.TokenScorer;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.model.Entity;
import io.cordon.screening.IndexSource;
import io.cordon.screening.Screener;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.PartyInputReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: one oversized name aborted the whole batch (Lucene TooManyClauses); now it is that row's error. */
class BatchLimitsTest {
  @TempDir Path dir;

  static Screener screener() {
    List<Entity> listed = List.of(
        Entity.builder("ofac-31291", "Person").add("name", "Konstantin KILIMNIK").dataset("us_ofac_sdn").build());
    IndexHolder holder = new IndexHolder(LuceneIndexes.inMemory(
        List.of(new IndexInput("s1", "us_ofac_sdn", listed)), new PlainKeys()));
    return new Screener(IndexSource.of(holder), new TokenScorer(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
  }

  static BatchSummary run(Path input, Path out, BatchOutput.Format format) throws Exception {
    try (PartyInputReader rows = PartyInputReader.open(input, InputFormat.CSV, ColumnMapping.byHeaders());
         BatchOutput w = BatchOutput.open(out, format, false)) {
      return new BatchScreening(screener(), q -> q, 2, Clock.systemUTC()).run(rows, 0, w, w::checkpoint, null);
    }
  }

  @Test
  void oversizedNamesArePerRowErrors() throws Exception {
    Random r = new Random(7);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      many.append(' ').append((char) ('a' + r.nextInt(26))).append((char) ('a' + r.nextInt(26)))
          .append((char) ('a' + r.nextInt(26))).append((char) ('a' + r.nextInt(26)));
    }
    String csv = "id,name\n"
        + "p1,Konstantin Kilimnik\n"
        + "p2,Konstantin " + "k".repeat(1200) + "\n"
        + "p3,Konstantin" + many + "\n"
        + "p4," + "ab ".repeat(150) + "\n"
        + "p5,Konstantin Kilimnik\n";
    Path input = Files.writeString(dir.resolve("book.csv"), csv);
    Path out = dir.resolve("out.jsonl");
    BatchSummary s = run(input, out, BatchOutput.Format.JSONL);
    assertThat(s.rows()).isEqualTo(5);
    assertThat(s.errors()).isEqualTo(3);
    assertThat(s.hits()).isEqualTo(2);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(1)).contains("\"error\"").contains("characters");
    assertThat(lines.get(3)).contains("\"error\"").contains("words");
  }

  @Test
  void csvCellsNeverStartAFormula() throws Exception {
    // issue 13: cells from customers or list data starting with = + - @ were written as they were
    Entity listed = Entity.builder("x-1", "Person").add("name", "=HYPERLINK(\"http://evil\",\"Kilimnik\")")
        .add("alias", "Konstantin Kilimnik").dataset("us_ofac_sdn").build();
    IndexHolder holder = new IndexHolder(LuceneIndexes.inMemory(
        List.of(new IndexInput("s1", "us_ofac_sdn", List.of(listed))), new PlainKeys()));
    Screener s = new Screener(IndexSource.of(holder), new TokenScorer(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
    String csv = "id,name\n"
        + "=1+1,Konstantin Kilimnik\n"
        + "p2,\"@SUM(A1:A9) Kilimnik\"\n"
        + "p3,\"+cmd|' /C calc'!A0\"\n"
        + "p4,-2+3 Kilimnik\n"
        + "p5,\"\tKonstantin\"\n";
    Path input = Files.writeString(dir.resolve("book.csv"), csv);
    Path out = dir.resolve("out.csv");
    try (PartyInputReader rows = PartyInputReader.open(input, InputFormat.CSV, ColumnMapping.byHeaders());
         BatchOutput w = BatchOutput.open(out, BatchOutput.Format.CSV, false)) {
      new BatchScreening(s, q -> q, 1, Clock.systemUTC()).run(rows, 0, w, w::checkpoint, null);
    }
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.size()).isGreaterThan(5);
    com.fasterxml.jackson.dataformat.csv.CsvMapper m = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    try (var it = m.readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .<List<String>>readValues(out.toFile())) {
      int cells = 0;
      while (it.hasNext()) {
        for (String cell : it.next()) {
          cells++;
          assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
              .doesNotStartWith("\t").doesNotStartWith("-");
        }
      }
      assertThat(cells).isGreaterThan(50);
    }
    String all = Files.readString(out);
    assertThat(all).contains("'=HYPERLINK").contains("'=1+1").contains("'@SUM");
  }

  @Test
  void cellRules() {
    assertThat(CsvCells.safe("=cmd")).isEqualTo("'=cmd");
    assertThat(CsvCells.safe("-1")).isEqualTo("'-1");
    assertThat(CsvCells.safe("\rX")).isEqualTo("'\rX");
    assertThat(CsvCells.safe("Anna = Bob")).isEqualTo("Anna = Bob");
    assertThat(CsvCells.safe("")).isEqualTo("");
  }
}
