package io.cordon.bench;

import io.cordon.index.IndexHolder;
import io.cordon.screening.CustomerBook;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.InputRow;
import io.cordon.screening.input.PartyInputReader;
import io.cordon.sources.ListFormat;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload: a generated customer book ({@link CustomerBook}: 5,000 full person and company records
 * from twenty cultures, 1% listed parties, half of them misspelt) screened against OFAC SDN 2024 +
 * UN 2026-02, rows read by the batch reader and cycled in file order. {@code screenRow} is one
 * row's whole screen (candidates, scoring, ranking) as {@code cordon batch} runs it.
 *
 * <pre>mvn -q -pl bench -am package -DskipTests &amp;&amp; java -Dcordon.shared=../shared -jar bench/target/benchmarks.jar CustomerBookBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class CustomerBookBenchmark {

  private IndexHolder holder;
  private Screener screener;
  private List<ScreeningQuery> rows;

  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup(Level.Trial)
  public void setup() throws Exception {
    ListWorkload lists = ListWorkload.read(ListWorkload.sharedData(),
        new ListWorkload.ListFile("ofac_sdn_csv_2024-05-03", ListFormat.OFAC_SDN_CSV),
        new ListWorkload.ListFile("un_sc_consolidated_2026-02-27/UN_consolidated.xml", ListFormat.UN_SC_XML));
    Path csv = Files.createTempFile("customer-book", ".csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      new CustomerBook(lists.entities(), CustomerBook.Options.of(5000)).writeCsv(w);
    }
    rows = new ArrayList<>();
    try (PartyInputReader in = PartyInputReader.open(csv, InputFormat.CSV, ColumnMapping.byHeaders())) {
      in.forEachRemaining(r -> {
        if (r instanceof InputRow.Party p) {
          rows.add(ScreeningQuery.of(p.query()));
        }
      });
    }
    Files.delete(csv);
    holder = new IndexHolder(lists.preloadedIndex());
    screener = ListWorkload.standardScreener(holder);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    holder.close();
  }

  @Benchmark
  public ScreeningResponse screenRow(Cursor c) {
    c.next = (c.next + 1) % rows.size();
    return screener.screen(rows.get(c.next));
  }
}
