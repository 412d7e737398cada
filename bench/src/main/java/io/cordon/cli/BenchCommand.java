package io.cordon.cli;

import io.cordon.bench.ScreenBench;
import io.cordon.index.IndexInput;
import io.cordon.screening.Screener;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cordon bench}: screening throughput, latency, recall and the brute-force ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark screening on OFAC SDN 2024 + non-SDN + UN + UK HMT 2018: index build time, heap, "
        + "throughput (1 thread and all cores), p50/p99 latency, recall on name variants, alerts on non-listed "
        + "names, and the ratio to a brute-force baseline measured in the same run.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--queries", description = "Listed names sampled as queries, each with one variant (default: ${DEFAULT-VALUE})")
  int queries = 2000;

  @Option(names = "--brute", description = "Queries run against the brute-force baseline (default: ${DEFAULT-VALUE})")
  int brute = 100;

  @Option(names = "--threads", description = "Threads of the all-cores run (default: all processors)")
  Integer threads;

  @Option(names = "--cap", description = "Candidates scored per query (default: ${DEFAULT-VALUE})")
  int cap = Screener.Settings.DEFAULTS.cap();

  @Option(names = "--algorithm", description = "standard or ofac (default: ${DEFAULT-VALUE})")
  String algorithm = "standard";

  @Option(names = "--seed", description = "Query sampling seed (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--data", description = "Shared data folder with the list files (default: ${DEFAULT-VALUE})")
  Path data = Path.of("../shared/data");

  @Option(names = "--json", description = "Print the report as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<IndexInput> inputs = BenchLists.read(data);
    List<String> negatives = BenchLists.negatives(data);
    ScreenBench.Report r = ScreenBench.run(inputs, Engine.keys(), Engine.scorer(algorithm), negatives,
        new ScreenBench.Options(queries, brute, t, seed, Screener.Settings.DEFAULTS.withCap(cap)));
    if (json) {
      System.out.println(ResultJson.JSON.writeValueAsString(r));
      return 0;
    }
    System.out.printf(Locale.ROOT, "machine: %d processors, load average %.1f at the end (wall-clock figures suffer "
        + "when other processes run; CPU figures much less)%n", r.processors(), r.loadAverage());
    System.out.printf(Locale.ROOT, "lists: %d entities (%s)%n", r.entities(),
        String.join(", ", inputs.stream().map(IndexInput::source).toList()));
    System.out.printf(Locale.ROOT, "index build: %d ms (%d ms CPU, all threads); entity analysis for the scorer: %d ms; "
        + "heap used after build and warm-up: %d MB%n", r.buildMillis(), r.buildCpuMillis(), r.prepareMillis(),
        r.heapUsedMb());
    System.out.printf(Locale.ROOT, "queries: %d (cap %d candidates, threshold %.2f, algorithm %s)%n",
        r.queries(), r.candidateCap(), r.threshold(), algorithm);
    System.out.printf(Locale.ROOT, "throughput: %.0f screens/s on 1 thread (%.0f per CPU-second of that thread); "
        + "%.0f screens/s on %d threads%n", r.singleThreadPerSec(), r.perCpuSecond(), r.allCoresPerSec(), r.threads());
    System.out.printf(Locale.ROOT, "latency (1 thread): p50 %.2f ms, p99 %.2f ms wall; p50 %.2f ms, p99 %.2f ms CPU%n",
        r.p50Micros() / 1000, r.p99Micros() / 1000, r.p50CpuMicros() / 1000, r.p99CpuMicros() / 1000);
    for (ScreenBench.Recall rc : r.recall()) {
      System.out.printf(Locale.ROOT, "recall %-16s %5d/%-5d %6.2f%%%n", rc.kind(), rc.found(), rc.queries(),
          100 * rc.rate());
    }
    System.out.printf(Locale.ROOT, "non-listed names alerting: %d/%d (%.2f%%)%n", r.negativeAlerts(),
        r.negatives(), 100.0 * r.negativeAlerts() / Math.max(1, r.negatives()));
    System.out.printf(Locale.ROOT, "brute force (%d queries): %.1f screens/s, recall %.2f%% (index on same: %.2f%%)%n",
        r.bruteQueries(), r.brutePerSec(), 100 * r.bruteRecall(), 100 * r.indexRecallOnSubset());
    System.out.printf(Locale.ROOT, "index vs brute force (per CPU-second): %.0fx%n", r.speedup());
    return 0;
  }
}
