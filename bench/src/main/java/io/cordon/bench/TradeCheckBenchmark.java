package io.cordon.bench;

import io.cordon.model.Entity;
import io.cordon.rules.ActorKind;
import io.cordon.rules.Instrument;
import io.cordon.rules.Listings;
import io.cordon.rules.ListingsResolver;
import io.cordon.rules.Market;
import io.cordon.rules.MatchBands;
import io.cordon.rules.PartyQuery;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.TradeChecker;
import io.cordon.rules.TradeDecision;
import io.cordon.rules.TradeRequest;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.sources.ofac.OfacConsCsvAdapter;
import io.cordon.sources.ofac.OfacSdnCsvAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Trade checks per second with the listings in memory (what a server pays per check; the CLI also
 * loads the snapshots).
 *
 * <p>Workload: the OFAC non-SDN consolidated list 2025-12 plus the SDN set 2021-07 (with aliases),
 * read by the list adapters (about 9,400 targets); the bundled rule files (16 rules). Baseline in
 * the same run: {@code byId}, a check whose counterparty is given as an entity id (no name
 * resolution). Compared with it: by identifier (BIC), and by name through the bundled word-coverage
 * resolver, which scores every listed target (the reason the screening index is used for names
 * when lists are imported).
 *
 * <p>Run: {@code mvn -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar
 * TradeCheckBenchmark -f 1 -wi 2 -i 3 -jvmArgsAppend -Dcordon.shared=$PWD/../shared}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TradeCheckBenchmark {
  private TradeChecker checker;
  private TradeRequest byId;
  private TradeRequest byIdentifier;
  private TradeRequest byName;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    Path data = Path.of(System.getProperty("cordon.shared", "../shared"), "data");
    Path cons = data.resolve("ofac_consolidated_nonsdn_2025-12");
    Path sdn = data.resolve("ofac_legacy_csv_2021-07");
    if (!Files.isDirectory(cons) || !Files.isDirectory(sdn)) {
      throw new IllegalStateException("benchmark data missing under " + data.toAbsolutePath()
          + " (run from the repository root beside ../shared, or set -Dcordon.shared)");
    }
    List<Entity> all = new ArrayList<>(new OfacConsCsvAdapter().read(cons).entities());
    all.addAll(new OfacSdnCsvAdapter().read(sdn).entities());
    Listings listings = Listings.of(all);
    checker = new TradeChecker(new RuleLoader().loadBundled(), listings, new ListingsResolver(listings),
        PolicyBook.bundled().get("us"), MatchBands.DEFAULT,
        Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC));
    byId = trade(PartyQuery.byId("ofac-31694"));
    byIdentifier = trade(PartyQuery.byIdentifier("CBRFRUMM"));
    byName = trade(PartyQuery.byName("Ministry of Finance of the Russian Federation"));
    if (!checker.check(byName).fired().contains("eo14024-d1-primary-bonds")) {
      throw new IllegalStateException("benchmark workload does not resolve as expected");
    }
  }

  private static TradeRequest trade(PartyQuery q) {
    return new TradeRequest("US", ActorKind.FINANCIAL_INSTITUTION, q, Instrument.BOND, Market.PRIMARY,
        LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 1), "RUB", null, null);
  }

  @Benchmark
  public TradeDecision byId() {
    return checker.check(byId);
  }

  @Benchmark
  public TradeDecision byIdentifier() {
    return checker.check(byIdentifier);
  }

  @Benchmark
  public TradeDecision byNameWordCoverage() {
    return checker.check(byName);
  }
}
