package io.cordon.bench;

import io.cordon.index.CandidateIndex;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.NameKeys;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.PreparedEntity;
import io.cordon.match.PreparedQuery;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import io.cordon.screening.IndexSource;
import io.cordon.screening.NameVariants;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The screening benchmark behind {@code cordon bench}: builds the index over the given lists, runs a
 * query set (listed names, manipulated variants of them, and non-listed names) single-threaded and
 * on all cores, and compares with a brute-force baseline (every query scored against every listed
 * entity by the same scorer) on a subset, in the same run. Throughput is reported, never asserted.
 */
public final class ScreenBench {

  /**
   * @param listedQueries  listed names sampled as queries (each also yields one variant)
   * @param bruteQueries   size of the subset run against the brute-force baseline
   * @param threads        threads for the multi-threaded run
   * @param seed           seed of the query sampler
   * @param settings       screener settings (threshold, candidate cap)
   */
  public record Options(int listedQueries, int bruteQueries, int threads, long seed, Screener.Settings settings) {
    public Options {
      if (listedQueries < 1 || bruteQueries < 1 || threads < 1) {
        throw new IllegalArgumentException("query counts and threads must be positive");
      }
    }
  }

  /** One query with the entity it should find (null for a non-listed name). */
  public record BenchQuery(String name, String kind, String expectedId) {}

  /** Recall of one query kind: queries whose expected entity came back as a match. */
  public record Recall(String kind, int queries, int found) {
    public double rate() {
      return queries == 0 ? 0 : (double) found / queries;
    }
  }

  public record Report(int entities, int queries, long buildMillis, long buildCpuMillis, long prepareMillis,
                       long heapUsedMb, double singleThreadPerSec, double perCpuSecond,
                       int threads, double allCoresPerSec, double p50Micros, double p99Micros,
                       double p50CpuMicros, double p99CpuMicros,
                       List<Recall> recall, int negatives, int negativeAlerts,
                       int bruteQueries, double brutePerSec, double bruteRecall, double indexRecallOnSubset,
                       /** throughput ratio index / brute force, both per CPU-second of one thread */
                       double speedup, int candidateCap, double threshold, int processors, double loadAverage) {}

  private ScreenBench() {}

  /** Sample of listed names and their variants, plus the given non-listed names. Deterministic. */
  public static List<BenchQuery> queries(List<Entity> listed, List<String> negatives, int n, long seed) {
    Random random = new Random(seed);
    NameVariants variants = new NameVariants(random);
    NameVariants.Kind[] kinds = NameVariants.Kind.values();
    List<BenchQuery> out = new ArrayList<>();
    List<Entity> targets = listed.stream().filter(e -> !e.names().isEmpty()).toList();
    for (int i = 0; i < n && !targets.isEmpty(); i++) {
      Entity e = targets.get(random.nextInt(targets.size()));
      String name = e.names().get(random.nextInt(e.names().size()));
      out.add(new BenchQuery(name, "EXACT", e.id()));
      NameVariants.Variant v = variants.variant(name, kinds[i % kinds.length]);
      if (v != null) {
        out.add(new BenchQuery(v.name(), v.kind().name(), e.id()));
      }
    }
    negatives.forEach(neg -> out.add(new BenchQuery(neg, "NEGATIVE", null)));
    return out;
  }

  public static Report run(List<IndexInput> inputs, NameKeys keys, Scorer scorer, List<String> negatives,
                           Options opt) throws Exception {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long t0 = System.nanoTime();
    long pc0 = os.getProcessCpuTime();
    CandidateIndex index = LuceneIndexes.temporary(inputs, keys);
    long buildMillis = (System.nanoTime() - t0) / 1_000_000;
    // CPU of all threads of the process during the build: comparable across loaded and idle machines.
    long buildCpuMillis = (os.getProcessCpuTime() - pc0) / 1_000_000;
    long p0 = System.nanoTime();
    index.preload(scorer::prepare);
    long prepareMillis = (System.nanoTime() - p0) / 1_000_000;
    List<Entity> listed = new ArrayList<>();
    inputs.forEach(in -> in.entities().stream().filter(e -> Schemata.isScreenable(e.schema())).forEach(listed::add));
    List<BenchQuery> queries = queries(listed, negatives, opt.listedQueries(), opt.seed());
    try (IndexHolder holder = new IndexHolder(index)) {
      Screener screener = new Screener(IndexSource.of(holder), scorer, Clock.systemUTC(), opt.settings());
      List<ScreeningQuery> sq = queries.stream().map(q -> ScreeningQuery.of(MatchQuery.ofAnyKind(q.name()))).toList();
      // Warm-up: JIT, and every entity decoded once.
      for (int i = 0; i < Math.min(sq.size(), 2000); i++) {
        screener.screen(sq.get(i));
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);

      long[] lat = new long[sq.size()];
      long[] cpuLat = new long[sq.size()];
      boolean[] hit = new boolean[sq.size()];
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime();
      long s0 = System.nanoTime();
      for (int i = 0; i < sq.size(); i++) {
        long a = System.nanoTime();
        long ac = mx.getCurrentThreadCpuTime();
        ScreeningResponse r = screener.screen(sq.get(i));
        lat[i] = System.nanoTime() - a;
        cpuLat[i] = mx.getCurrentThreadCpuTime() - ac;
        hit[i] = found(r.results(), queries.get(i).expectedId());
      }
      double single = sq.size() / ((System.nanoTime() - s0) / 1e9);
      // Per CPU-second of the screening thread: what one core does, whatever else the machine runs.
      double perCpu = sq.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
      double multi = allCores(screener, sq, opt.threads());

      Map<String, int[]> byKind = new java.util.LinkedHashMap<>();
      int negAlerts = 0;
      int negs = 0;
      for (int i = 0; i < queries.size(); i++) {
        BenchQuery q = queries.get(i);
        if (q.expectedId() == null) {
          negs++;
          // hit[] is false for negatives; recompute the alert flag.
          if (screener.screen(sq.get(i)).alert()) {
            negAlerts++;
          }
        } else {
          int[] c = byKind.computeIfAbsent(q.kind(), k -> new int[2]);
          c[0]++;
          c[1] += hit[i] ? 1 : 0;
        }
      }
      List<Recall> recall = new ArrayList<>();
      byKind.forEach((k, c) -> recall.add(new Recall(k, c[0], c[1])));

      // Brute force on a subset of the listed-name queries (originals and variants alike).
      List<Integer> subset = new ArrayList<>();
      for (int i = 0; i < queries.size() && subset.size() < opt.bruteQueries(); i++) {
        if (queries.get(i).expectedId() != null) {
          subset.add(i);
        }
      }
      double threshold = screener.threshold(sq.get(0));
      // The baseline gets the same head start as the index: every entity analysed once, beforehand.
      List<PreparedEntity> prepared = listed.parallelStream().map(scorer::prepare).toList();
      long b0 = System.nanoTime();
      long bc0 = mx.getCurrentThreadCpuTime();
      int bruteFound = 0;
      int indexFound = 0;
      for (int i : subset) {
        PreparedQuery pq = scorer.prepare(sq.get(i).match());
        List<ScreeningResult> all = new ArrayList<>();
        for (int k = 0; k < listed.size(); k++) {
          Entity e = listed.get(k);
          MatchResult m = scorer.scoreAtLeast(pq, prepared.get(k), Math.min(opt.settings().cutoff(), threshold));
          if (m != null) {
            all.add(new ScreeningResult(e, "", m.score(), m.score() >= threshold, m.matchedName(), m.explanations()));
          }
        }
        all.sort(Screener.RANK);
        if (found(all.subList(0, Math.min(all.size(), ScreeningQuery.DEFAULT_LIMIT)), queries.get(i).expectedId())) {
          bruteFound++;
        }
        indexFound += hit[i] ? 1 : 0;
      }
      double brute = subset.size() / ((System.nanoTime() - b0) / 1e9);
      double bruteCpu = subset.size() / ((mx.getCurrentThreadCpuTime() - bc0) / 1e9);
      Arrays.sort(lat);
      Arrays.sort(cpuLat);
      return new Report(index.size(), sq.size(), buildMillis, buildCpuMillis, prepareMillis, heapMb, single, perCpu,
          opt.threads(), multi, lat[lat.length / 2] / 1e3, lat[p99(lat.length)] / 1e3,
          cpuLat[cpuLat.length / 2] / 1e3, cpuLat[p99(cpuLat.length)] / 1e3,
          recall, negs, negAlerts, subset.size(), brute, (double) bruteFound / subset.size(),
          (double) indexFound / subset.size(), perCpu / bruteCpu, opt.settings().cap(), threshold,
          Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
    }
  }

  private static int p99(int n) {
    return (int) Math.min(n - 1, Math.ceil(n * 0.99) - 1);
  }

  /** The expected entity is among the results and flagged as a match. */
  static boolean found(List<ScreeningResult> results, String expectedId) {
    if (expectedId == null) {
      return false;
    }
    for (ScreeningResult r : results) {
      if (r.match() && r.hasListing(expectedId)) {
        return true;
      }
    }
    return false;
  }

  private static double allCores(Screener screener, List<ScreeningQuery> sq, int threads) throws Exception {
    AtomicInteger n = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    int total = sq.size() * Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      long s0 = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < total; ) {
            screener.screen(sq.get(i % sq.size()));
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      return total / ((System.nanoTime() - s0) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

}
