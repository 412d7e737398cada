package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.index.IndexInput;
import io.cordon.model.Entity;
import io.cordon.screening.batch.BatchScreening;
import io.cordon.screening.batch.OutcomeWriter;
import io.cordon.screening.batch.RowOutcome;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.PartyInputReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Speed work must not change results: a fixed sample of generated customer rows
 * ({@code customer-book-400.csv}, written once by {@link CustomerBook} from OFAC SDN 2024 + UN, 10%
 * listed parties) is screened as {@code cordon batch} screens it, and every row's result ids and
 * scores must equal the golden file recorded by the code of the day it was made.
 *
 * <p>When scoring changes on purpose (not a speed change), regenerate the golden file from that
 * code and say so in the commit: {@code mvn -pl core test -Dtest=BatchGoldenTest
 * -Dcordon.golden.write=true} (writes into src/test/resources).
 */
class BatchGoldenTest {
  static final Path DIR = Path.of("src/test/resources/screening");
  static final Path BOOK = DIR.resolve("customer-book-400.csv");
  static final Path GOLDEN = DIR.resolve("customer-book-400.golden.tsv");

  @Test
  void resultsEqualTheGoldenFile() throws Exception {
    boolean write = Boolean.getBoolean("cordon.golden.write");
    if (write && !Files.exists(BOOK)) {
      List<Entity> listed = new ArrayList<>();
      for (String f : List.of(SharedLists.OFAC_2024, SharedLists.UN)) {
        IndexInput in = SharedLists.list(f);
        listed.addAll(in.entities());
      }
      Files.createDirectories(DIR);
      try (Writer w = Files.newBufferedWriter(BOOK, StandardCharsets.UTF_8)) {
        new CustomerBook(listed, new CustomerBook.Options(400, 0.1, 0.2, 7)).writeCsv(w);
      }
    }
    List<String> actual = screen(BOOK);
    if (write) {
      Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    List<String> golden = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
    assertThat(actual).hasSize(400);
    // compared line by line so that a failure names the rows that changed
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < Math.max(golden.size(), actual.size()); i++) {
      String g = i < golden.size() ? golden.get(i) : "(none)";
      String a = i < actual.size() ? actual.get(i) : "(none)";
      if (!g.equals(a)) {
        changed.add("golden: " + g + "\n   now: " + a);
      }
    }
    assertThat(changed).as("rows whose results changed").isEmpty();
    // the sample is worth something: it has hits and rows without
    assertThat(actual.stream().filter(l -> l.contains(":")).count()).isBetween(30L, 399L);
  }

  /** One line per row: id, then each result as entity id:score (4 decimals) and match flag, in rank order. */
  static List<String> screen(Path book) throws IOException {
    Screener screener = SharedLists.screener(SharedLists.OFAC_2024, SharedLists.UN);
    List<String> out = new ArrayList<>();
    try (PartyInputReader rows = PartyInputReader.open(book, InputFormat.CSV, ColumnMapping.byHeaders())) {
      new BatchScreening(screener, q -> q, 2, Clock.systemUTC()).run(rows, 0, new OutcomeWriter() {
        @Override
        public void write(RowOutcome o) {
          StringBuilder b = new StringBuilder();
          b.append(o.row().line()).append('\t').append(((io.cordon.screening.input.InputRow.Party) o.row()).id());
          for (ScreeningResult r : o.response().results()) {
            b.append('\t').append(r.entity().id()).append(':')
                .append(String.format(Locale.ROOT, "%.4f", r.score())).append(r.match() ? "+" : "");
          }
          out.add(b.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      }, line -> { }, null);
    }
    return out;
  }
}
