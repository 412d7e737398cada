package io.cordon.bench;

import io.cordon.catalog.InMemoryCatalog;
import io.cordon.catalog.Snapshot;
import io.cordon.index.AnalyzerKeys;
import io.cordon.index.lucene.IndexCache;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.Screener;
import io.cordon.screening.payment.Embargoes;
import io.cordon.screening.payment.MessageReader;
import io.cordon.screening.payment.PaymentScreening;
import io.cordon.screening.payment.ReadMessage;
import io.cordon.screening.payment.prowide.ProwideReader;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Payment filter speed, in process: read + screen each message (parse, every element, rules) on
 * the sample messages of ../shared/data/payments plus our fixtures; p50/p99 per message on one
 * thread, messages/s on 1 and 2 threads, and the scan of a 700-word article. Lists: OFAC SDN
 * 2024-05-03 + non-SDN 2025-12, policy us. The scorer's plain screen of one name is measured in the
 * same run as the baseline the figures are compared with. Each figure is given in wall time and in
 * the thread's CPU time: on a shared machine the CPU figures say what the code costs.
 *
 * <pre>mvn -q -pl bench -am package -DskipTests &amp;&amp; java -Dcordon.shared=../shared -cp bench/target/benchmarks.jar io.cordon.bench.PaymentBenchmark</pre>
 */
public final class PaymentBenchmark {
  private PaymentBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getProperty("cordon.shared", "../shared"), "data");
    Path fixtures = Path.of(System.getProperty("cordon.fixtures", "app/src/test/resources/payments"));
    double seconds = Double.parseDouble(System.getProperty("cordon.seconds", "10"));
    InMemoryCatalog catalog = new InMemoryCatalog();
    commit(catalog, data.resolve("ofac_sdn_csv_2024-05-03"), ListFormat.OFAC_SDN_CSV);
    commit(catalog, data.resolve("ofac_consolidated_nonsdn_2025-12"), ListFormat.OFAC_CONS_CSV);
    Path tmp = Files.createTempDirectory("cordon-payment-bench");
    try (CatalogIndexes indexes = new CatalogIndexes(catalog, new IndexCache(tmp, AnalyzerKeys.standard()))) {
      indexes.refresh();
      Screener screener = new Screener(indexes, Scorers.standard(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
      screener.warm();
      long t0 = System.nanoTime();
      PaymentScreening ps = PaymentScreening.build(catalog, screener, PolicyBook.bundled().get("us"),
          new RuleLoader().loadBundled(), Embargoes.bundled(), null, Clock.systemUTC());
      System.out.printf(Locale.ROOT, "setup (listings, lexicon of %s, identifiers): %.1f s%n", "SDN+non-SDN",
          (System.nanoTime() - t0) / 1e9);

      List<byte[]> messages = new ArrayList<>();
      List<Path> files = new ArrayList<>();
      try (Stream<Path> a = Files.list(data.resolve("payments/mt")); Stream<Path> b = Files.list(data.resolve("payments/mx"));
           Stream<Path> c = Files.list(fixtures)) {
        Stream.concat(Stream.concat(a, b), c).filter(p -> !p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
      MessageReader reader = ProwideReader.create();
      int count = 0;
      for (Path p : files) {
        byte[] bytes = Files.readAllBytes(p);
        messages.add(bytes);
        count += reader.read(bytes).size();
      }
      System.out.printf(Locale.ROOT, "inputs: %d files, %d messages%n", files.size(), count);

      // baseline in the same run: one plain name screen (wall and this thread's CPU time)
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      io.cordon.screening.ScreeningQuery name = io.cordon.screening.ScreeningQuery.of(
          io.cordon.match.MatchQuery.ofName("KONSTANTIN KILIMNIK"));
      long bStart = System.nanoTime();
      long bCpu = mx.getCurrentThreadCpuTime();
      int bn = 0;
      while (System.nanoTime() - bStart < 3e9) {
        screener.screen(name);
        bn++;
      }
      double nameMs = (System.nanoTime() - bStart) / 1e6 / bn;
      double nameCpuMs = (mx.getCurrentThreadCpuTime() - bCpu) / 1e6 / bn;

      // warm-up, then per-input latency on one thread (an RJE batch counts per message)
      run(ps, reader, messages, 3e9);
      List<Double> perMessage = new ArrayList<>();
      List<Double> perMessageCpu = new ArrayList<>();
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      long cpu0 = mx.getCurrentThreadCpuTime();
      int done = 0;
      while (System.nanoTime() < end) {
        for (byte[] m : messages) {
          long s = System.nanoTime();
          long c = mx.getCurrentThreadCpuTime();
          int n = screenAll(ps, reader, m);
          double ms = (System.nanoTime() - s) / 1e6 / n;
          double cpuMs = (mx.getCurrentThreadCpuTime() - c) / 1e6 / n;
          for (int i = 0; i < n; i++) {
            perMessage.add(ms);
            perMessageCpu.add(cpuMs);
          }
          done += n;
        }
      }
      double wall = (System.nanoTime() - start) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double[] lat = perMessage.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double[] latCpu = perMessageCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "one thread: %d messages; wall p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f messages/s; "
          + "CPU p50 %.2f ms, p99 %.2f ms, %.0f messages per CPU-second%n", done, pct(lat, 0.50), pct(lat, 0.99),
          lat[lat.length - 1], done / wall, pct(latCpu, 0.50), pct(latCpu, 0.99), done / cpu);
      System.out.printf(Locale.ROOT, "baseline: one name screen wall %.3f ms, CPU %.3f ms (a message costs %.1f name "
          + "screens of CPU at p50)%n", nameMs, nameCpuMs, pct(latCpu, 0.50) / nameCpuMs);

      for (int threads : new int[] {2}) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "payment-bench"));
        long s = System.nanoTime();
        List<Future<long[]>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          fs.add(pool.submit(() -> {
            long c = mx.getCurrentThreadCpuTime();
            int n = run(ps, reader, messages, seconds * 1e9);
            return new long[] {n, mx.getCurrentThreadCpuTime() - c};
          }));
        }
        long total = 0;
        long cpuNanos = 0;
        for (Future<long[]> f : fs) {
          total += f.get()[0];
          cpuNanos += f.get()[1];
        }
        double el = (System.nanoTime() - s) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d threads: %.0f messages/s wall; %.0f messages per CPU-second, i.e. %.0f "
            + "messages/s on %d cores of our own%n", threads, total / el, total / (cpuNanos / 1e9),
            threads * total / (cpuNanos / 1e9), threads);
      }

      String article = article(fixtures.resolve("news_2021-04-15.txt"), 700);
      for (int i = 0; i < 20; i++) {
        ps.text().scan(article, ps.listings().sources(), Optional.empty());
      }
      double[] scans = new double[50];
      double[] scansCpu = new double[50];
      int alerts = 0;
      for (int i = 0; i < scans.length; i++) {
        long s = System.nanoTime();
        long c = mx.getCurrentThreadCpuTime();
        alerts = (int) ps.text().scan(article, ps.listings().sources(), Optional.empty()).stream()
            .filter(io.cordon.screening.text.Mention::match).count();
        scans[i] = (System.nanoTime() - s) / 1e6;
        scansCpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
      }
      Arrays.sort(scans);
      Arrays.sort(scansCpu);
      System.out.printf(Locale.ROOT, "scan of a 700-word article (%d characters, %d alerting mentions): wall p50 %.1f ms, "
          + "max %.1f ms; CPU p50 %.1f ms, max %.1f ms%n", article.length(), alerts, pct(scans, 0.5),
          scans[scans.length - 1], pct(scansCpu, 0.5), scansCpu[scansCpu.length - 1]);
    }
  }

  private static int run(PaymentScreening ps, MessageReader reader, List<byte[]> messages, double nanos) {
    long end = System.nanoTime() + (long) nanos;
    int n = 0;
    while (System.nanoTime() < end) {
      for (byte[] m : messages) {
        n += screenAll(ps, reader, m);
      }
    }
    return n;
  }

  private static int screenAll(PaymentScreening ps, MessageReader reader, byte[] m) {
    List<ReadMessage> read = reader.read(m);
    for (ReadMessage r : read) {
      ps.messages().screen(r, Optional.empty());
    }
    return read.size();
  }

  /** The news fixture repeated until it has {@code words} words, cut there. */
  private static String article(Path news, int words) throws Exception {
    String text = Files.readString(news);
    StringBuilder b = new StringBuilder();
    int n = 0;
    while (n < words) {
      for (String w : text.split("(?<=\\s)")) {
        if (n >= words) {
          break;
        }
        b.append(w);
        if (!w.isBlank()) {
          n++;
        }
      }
    }
    return b.toString();
  }

  private static double pct(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  static void commit(InMemoryCatalog catalog, Path file, ListFormat format) throws Exception {
    List<Entity> entities = ListAdapters.load().read(file, Optional.of(format)).entities();
    String source = format.defaultSource();
    catalog.commit(new Snapshot(source + "-bench", source, format.name(), "0".repeat(64),
        Optional.of(LocalDate.of(2024, 5, 3)), Instant.parse("2024-05-04T00:00:00Z"), entities.size(), entities.size()),
        entities);
  }
}
