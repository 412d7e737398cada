package io.cordon.bench;

import io.cordon.index.CandidateIndex;
import io.cordon.index.CandidateQuery;
import io.cordon.index.IndexHolder;
import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.sources.ListFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * Workload: OFAC SDN 2024 + OFAC non-SDN + UN + UK HMT 2018 (18,802 screenable entities) in
 * one index; queries are 500 sampled listed names, one manipulated variant of each (typo,
 * transliteration, reordering, initial, dropped part) and 1,000 synthetic non-listed people, cycled
 * in a fixed order. {@code screen} is the whole facade (candidates + scoring + ranking);
 * {@code candidates} is retrieval alone. Lists are read from {@code -Dcordon.shared=../shared}.
 *
 * <pre>mvn -q -pl bench -am package -DskipTests &amp;&amp; java -Dcordon.shared=../shared -jar bench/target/benchmarks.jar ScreenBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class ScreenBenchmark {

  private CandidateIndex index;
  private IndexHolder holder;
  private Screener screener;
  private List<ScreeningQuery> queries;
  private List<CandidateQuery> candidateQueries;

  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup(Level.Trial)
  public void setup() throws Exception {
    Path data = ListWorkload.sharedData();
    ListWorkload lists = ListWorkload.read(data,
        new ListWorkload.ListFile("ofac_sdn_csv_2024-05-03", ListFormat.OFAC_SDN_CSV),
        new ListWorkload.ListFile("ofac_consolidated_nonsdn_2025-12", ListFormat.OFAC_CONS_CSV),
        new ListWorkload.ListFile("un_sc_consolidated_2026-02-27/UN_consolidated.xml", ListFormat.UN_SC_XML),
        new ListWorkload.ListFile("uk_hmt_conlist_2018-04-13/sanctionsconlist.csv", ListFormat.UK_HMT_CSV));
    List<String> negatives = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(
        data.resolve("yente_candidate_benchmark_dev/negatives_us_validation_report.csv"))) {
      if (!line.startsWith("full_name,")) {
        negatives.add(line.substring(0, line.indexOf(',')));
      }
    }
    index = lists.preloadedIndex();
    holder = new IndexHolder(index);
    screener = ListWorkload.standardScreener(holder);
    List<Entity> screenable = lists.entities().stream().filter(e -> io.cordon.model.Schemata.isScreenable(e.schema())).toList();
    queries = new ArrayList<>();
    candidateQueries = new ArrayList<>();
    for (ScreenBench.BenchQuery q : ScreenBench.queries(screenable, negatives, 500, 42)) {
      queries.add(ScreeningQuery.of(MatchQuery.ofAnyKind(q.name())));
      candidateQueries.add(new CandidateQuery("Thing", List.of(q.name()), List.of(), Set.of(),
          Screener.Settings.DEFAULTS.cap()));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    holder.close();
  }

  @Benchmark
  public ScreeningResponse screen(Cursor c) {
    c.next = (c.next + 1) % queries.size();
    return screener.screen(queries.get(c.next));
  }

  @Benchmark
  public int candidates(Cursor c) {
    c.next = (c.next + 1) % candidateQueries.size();
    return index.candidates(candidateQueries.get(c.next)).size();
  }
}
