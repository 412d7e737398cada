package io.cordon.bench;

import io.cordon.match.MatchQuery;
import io.cordon.match.PreparedEntity;
import io.cordon.match.PreparedQuery;
import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import io.cordon.match.eval.PairCase;
import io.cordon.model.Entity;
import io.cordon.names.NameAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pairs scored per second by the scorers, on prepared entities (the hot path of a screen).
 *
 * <p>Workload: the 412 labelled pairs of cases_dev.csv (persons, companies, organisations, vessels;
 * Latin, Cyrillic, Arabic, Han, ... scripts). Each query (name1) is scored against a block of
 * {@value #BLOCK} prepared entities: its own name2 plus the name2 of the following pairs, so most
 * candidates are unrelated names, as in a screen's candidate list. One operation is one pair.
 * Baseline in the same run: Jaro-Winkler of the whole lower-cased names (commons-text), the
 * cheapest scorer one could ship. Also measured: analysing one name (the per-query cost).
 *
 * <p>Run: {@code mvn -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar
 * ScorerBenchmark -f 1 -wi 3 -i 5} (data from ../shared/data, or -Dcordon.shared=PATH).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorerBenchmark {
  static final int BLOCK = 100;

  private Scorer cordon;
  private Scorer ofac;
  private PreparedQuery[] queries;
  private PreparedEntity[] entities;
  private String[] queryNames;
  private String[] entityNames;
  private final JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
  private int next;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    Path file = Path.of(System.getProperty("cordon.shared", "../shared"), "data", "name_pairs_nomenklatura",
        "cases_dev.csv");
    if (!Files.exists(file)) {
      throw new IllegalStateException("benchmark data missing: " + file.toAbsolutePath()
          + " (run from the repository root beside ../shared, or set -Dcordon.shared)");
    }
    List<PairCase> pairs = PairCase.read(file);
    cordon = Scorers.standard();
    ofac = Scorers.ofac();
    List<PreparedQuery> qs = new ArrayList<>();
    List<PreparedEntity> es = new ArrayList<>();
    int i = 0;
    for (PairCase p : pairs) {
      qs.add(cordon.prepare(new MatchQuery(p.schema(), List.of(p.name1()), List.of(), List.of(), List.of(), null)));
      es.add(cordon.prepare(Entity.builder("b" + i++, p.schema()).add("name", p.name2()).build()));
    }
    queries = qs.toArray(new PreparedQuery[0]);
    entities = es.toArray(new PreparedEntity[0]);
    queryNames = pairs.stream().map(p -> p.name1().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    entityNames = pairs.stream().map(p -> p.name2().toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }

  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public void cordonV1(Blackhole bh) {
    int q = next++ % queries.length;
    for (int k = 0; k < BLOCK; k++) {
      bh.consume(cordon.score(queries[q], entities[(q + k) % entities.length]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public void ofacMode(Blackhole bh) {
    int q = next++ % queries.length;
    for (int k = 0; k < BLOCK; k++) {
      bh.consume(ofac.score(queries[q], entities[(q + k) % entities.length]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public void baselineWholeNameJaroWinkler(Blackhole bh) {
    int q = next++ % queryNames.length;
    for (int k = 0; k < BLOCK; k++) {
      bh.consume(jw.apply(queryNames[q], entityNames[(q + k) % entityNames.length]));
    }
  }

  @Benchmark
  public void analyzeOneName(Blackhole bh) {
    int q = next++ % queryNames.length;
    bh.consume(NameAnalyzer.standard().analyze(queryNames[q], "Person"));
  }
}
