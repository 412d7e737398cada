package io.cordon.cli;

import io.cordon.bench.ScreenBench;
import io.cordon.common.Json;
import io.cordon.index.CandidateIndex;
import io.cordon.index.IndexInput;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.model.Entity;
import io.cordon.screening.CustomerBook;
import io.cordon.screening.Screener;
import io.cordon.screening.batch.BatchBench;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  @Option(names = "--workload", description = "names (listed names and variants, name only), book (generated "
      + "customer book of full records, screened as `cordon batch` does) or all (default: ${DEFAULT-VALUE})")
  String workload = "all";

  @Option(names = "--rows", description = "Rows of the generated customer book (default: ${DEFAULT-VALUE})")
  long rows = 20_000;

  @Option(names = "--listed-share", description = "Share of the book's rows that are listed parties, half of them "
      + "misspelt (default: ${DEFAULT-VALUE})")
  double listedShare = 0.01;

  @Option(names = "--book-brute", description = "Book rows also screened by brute force (default: ${DEFAULT-VALUE})")
  int bookBrute = 20;

  @Option(names = "--write-book", paramLabel = "FILE", description = "Only write the generated customer book "
      + "(--rows rows, CSV for `cordon batch`) to FILE and exit")
  Path writeBook;

  @Override
  public Integer call() throws Exception {
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<IndexInput> inputs = BenchLists.read(data);
    if (!List.of("names", "book", "all").contains(workload)) {
      throw new IllegalArgumentException("--workload must be names, book or all, got '" + workload + "'");
    }
    CustomerBook.Options bookOptions = new CustomerBook.Options(rows, listedShare,
        CustomerBook.Options.of(rows).companyShare(), CustomerBook.Options.of(rows).seed());
    if (writeBook != null) {
      try (Writer w = Files.newBufferedWriter(writeBook, StandardCharsets.UTF_8)) {
        new CustomerBook(entities(inputs), bookOptions).writeCsv(w);
      }
      System.err.printf(Locale.ROOT, "cordon bench: wrote %d customer rows to %s%n", rows, writeBook);
      return 0;
    }
    Screener.Settings settings = Screener.Settings.DEFAULTS.withCap(cap);
    if (!workload.equals("names")) {
      book(inputs, bookOptions, t, settings);
      if (workload.equals("book")) {
        return 0;
      }
    }
    List<String> negatives = BenchLists.negatives(data);
    ScreenBench.Report r = ScreenBench.run(inputs, Engine.keys(), Engine.scorer(algorithm), negatives,
        new ScreenBench.Options(queries, brute, t, seed, settings));
    if (json) {
      System.out.println(Json.PRETTY.writeValueAsString(r));
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

  private static List<Entity> entities(List<IndexInput> inputs) {
    List<Entity> all = new ArrayList<>();
    inputs.forEach(in -> all.addAll(in.entities()));
    return all;
  }

  /** The customer-book workload: full records screened as `cordon batch` screens them. */
  private void book(List<IndexInput> inputs, CustomerBook.Options bookOptions, int t, Screener.Settings settings)
      throws Exception {
    BatchBench.Report b;
    Path work = Files.createTempDirectory("cordon-bench");
    try {
      // BatchBench closes the index when done.
      CandidateIndex index = LuceneIndexes.temporary(inputs, Engine.keys());
      b = BatchBench.run(index, entities(inputs), Engine.scorer(algorithm),
          new BatchBench.Options(bookOptions, t, bookBrute, settings), work);
    } finally {
      Files.deleteIfExists(work);
    }
    if (json) {
      System.out.println(Json.PRETTY.writeValueAsString(b));
      return;
    }
    System.out.printf(Locale.ROOT, "customer book: %d generated rows (full person and company records, %.1f%% listed "
        + "parties, half of them misspelt), %d unreadable%n", b.rows(), 100 * bookOptions.listedShare(), b.errors());
    System.out.printf(Locale.ROOT, "book, 1 thread: %.0f rows/s (%.0f per CPU-second); p50 %.2f ms, p99 %.2f ms wall; "
        + "p50 %.2f ms, p99 %.2f ms CPU%n", b.singleThreadPerSec(), b.perCpuSecond(), b.p50Micros() / 1000,
        b.p99Micros() / 1000, b.p50CpuMicros() / 1000, b.p99CpuMicros() / 1000);
    System.out.printf(Locale.ROOT, "book, batch on %d threads (reader + screening + JSON lines output): %.0f rows/s, "
        + "%.0f us CPU per row (whole process)%n", b.threads(), b.batchPerSec(), b.batchCpuMicrosPerRow());
    System.out.printf(Locale.ROOT, "book, listed rows found as matches: %d/%d %s; unlisted rows alerting: %d/%d "
        + "(%.2f%%)%n", b.listedFound(), b.listedRows(), kinds(b.listedByKind()), b.unlistedAlerts(), b.unlistedRows(),
        100.0 * b.unlistedAlerts() / Math.max(1, b.unlistedRows()));
    System.out.printf(Locale.ROOT, "book, brute force (%d rows): %.1f rows per CPU-second; index vs brute force: %.0fx%n",
        b.bruteRows(), b.brutePerCpuSecond(), b.speedup());
  }

  private static String kinds(java.util.Map<String, int[]> byKind) {
    StringBuilder sb = new StringBuilder("(");
    byKind.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(' ').append(v[1]).append('/')
        .append(v[0]));
    return sb.append(')').toString();
  }
}
