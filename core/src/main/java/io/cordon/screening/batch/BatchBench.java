package io.cordon.screening.batch;

import io.cordon.index.CandidateIndex;
import io.cordon.index.IndexHolder;
import io.cordon.match.MatchResult;
import io.cordon.match.PreparedEntity;
import io.cordon.match.PreparedQuery;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import io.cordon.screening.CustomerBook;
import io.cordon.screening.IndexSource;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.InputRow;
import io.cordon.screening.input.PartyInputReader;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer-book workload of {@code cordon bench}: a generated book of full person and company
 * records ({@link CustomerBook}) is written as CSV, read back by the batch reader, and screened as
 * {@code cordon batch} screens it (same reader, same {@link BatchScreening}, JSON lines written to a
 * temporary file). Reports rows/s on one thread and on N, p50/p99 per row, CPU per row, recall on
 * the listed rows, alerts on the unlisted ones, and the ratio to a brute-force loop (every row
 * scored against every listed entity by the same scorer) measured in the same run.
 */
public final class BatchBench {
  /** Parties screened once before timing: JIT compilation, and every entity decoded once. */
  private static final int WARM_UP_PARTIES = 2000;

  /**
   * @param book      the generated book
   * @param threads   threads of the batch run
   * @param bruteRows rows also screened by brute force
   */
  public record Options(CustomerBook.Options book, int threads, int bruteRows, Screener.Settings settings) {
    public Options {
      if (threads < 1 || bruteRows < 1) {
        throw new IllegalArgumentException("threads and brute-force rows must be positive");
      }
    }
  }

  public record Report(long rows, int threads, double singleThreadPerSec, double perCpuSecond, double p50Micros,
                       double p99Micros, double p50CpuMicros, double p99CpuMicros, double batchPerSec,
                       double batchCpuMicrosPerRow, int listedRows, int listedFound, int unlistedRows,
                       int unlistedAlerts, int errors, int bruteRows, double brutePerCpuSecond, double speedup,
                       Map<String, int[]> listedByKind) {}

  private BatchBench() {}

  /**
   * Runs the workload on an index that is already built, and closes it.
   *
   * @param listed the entities in the index (the book's listed rows are drawn from them)
   */
  public static Report run(CandidateIndex index, List<Entity> listed, Scorer scorer, Options opt, Path workDir)
      throws IOException {
    CustomerBook book = new CustomerBook(listed, opt.book());
    Path csv = Files.createTempFile(workDir, "customer-book", ".csv");
    Path out = Files.createTempFile(workDir, "customer-book", ".results.jsonl");
    try {
      Map<String, CustomerBook.Row> byId = new HashMap<>();
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        book.writeCsv(w);
      }
      for (CustomerBook.Row r : book.rows()) {
        byId.put(r.id(), r);
      }
      List<InputRow> rows = new ArrayList<>();
      try (PartyInputReader in = PartyInputReader.open(csv, InputFormat.CSV, ColumnMapping.byHeaders())) {
        in.forEachRemaining(rows::add);
      }
      index.preload(scorer::prepare);
      try (IndexHolder holder = new IndexHolder(index)) {
        Screener screener = new Screener(IndexSource.of(holder), scorer, Clock.systemUTC(), opt.settings());
        return measure(screener, scorer, listed, rows, byId, csv, out, opt);
      }
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(out);
      Files.deleteIfExists(out.resolveSibling(out.getFileName() + ".checkpoint"));
    }
  }

  private static Report measure(Screener screener, Scorer scorer, List<Entity> listed, List<InputRow> rows,
                                Map<String, CustomerBook.Row> byId, Path csv, Path out, Options opt)
      throws IOException {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<InputRow.Party> parties = new ArrayList<>();
    for (InputRow r : rows) {
      if (r instanceof InputRow.Party p) {
        parties.add(p);
      }
    }
    // Warm-up: JIT and every entity decoded once.
    for (int i = 0; i < Math.min(parties.size(), WARM_UP_PARTIES); i++) {
      screener.screen(ScreeningQuery.of(parties.get(i).query()));
    }
    int n = parties.size();
    if (n == 0) {
      throw new IllegalArgumentException("the customer book has no rows");
    }
    long[] lat = new long[n];
    long[] cpu = new long[n];
    int listedRows = 0;
    int listedFound = 0;
    int unlisted = 0;
    int alerts = 0;
    Map<String, int[]> byKind = new java.util.TreeMap<>();
    long c0 = mx.getCurrentThreadCpuTime();
    long s0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      InputRow.Party p = parties.get(i);
      long a = System.nanoTime();
      long ac = mx.getCurrentThreadCpuTime();
      ScreeningResponse r = screener.screen(ScreeningQuery.of(p.query()));
      lat[i] = System.nanoTime() - a;
      cpu[i] = mx.getCurrentThreadCpuTime() - ac;
      CustomerBook.Row row = byId.get(p.id());
      if (row != null && row.expectedId() != null) {
        listedRows++;
        boolean found = found(r.results(), row.expectedId());
        listedFound += found ? 1 : 0;
        int[] k = byKind.computeIfAbsent(row.kind(), x -> new int[2]);
        k[0]++;
        k[1] += found ? 1 : 0;
      } else {
        unlisted++;
        alerts += r.alert() ? 1 : 0;
      }
    }
    double single = n / ((System.nanoTime() - s0) / 1e9);
    double perCpu = n / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);

    // The batch as `cordon batch` runs it: reader, N threads, JSON lines output.
    long pc0 = os.getProcessCpuTime();
    long b0 = System.nanoTime();
    BatchSummary s;
    try (PartyInputReader in = PartyInputReader.open(csv, InputFormat.CSV, ColumnMapping.byHeaders());
         BatchOutput writer = BatchOutput.open(out, BatchOutput.Format.JSONL, false)) {
      s = new BatchScreening(screener, q -> q, opt.threads(), Clock.systemUTC())
          .run(in, 0, writer, writer::checkpoint, null);
    }
    double batchPerSec = s.rows() / ((System.nanoTime() - b0) / 1e9);
    double cpuPerRow = (os.getProcessCpuTime() - pc0) / 1e3 / Math.max(1, s.rows());

    // Brute force: every listed entity scored for each of the first rows, entities prepared beforehand.
    List<Entity> screenable = listed.stream().filter(e -> Schemata.isScreenable(e.schema())).toList();
    List<PreparedEntity> prepared = screenable.parallelStream().map(scorer::prepare).toList();
    int bruteRows = Math.min(opt.bruteRows(), n);
    long bc0 = mx.getCurrentThreadCpuTime();
    for (int i = 0; i < bruteRows; i++) {
      ScreeningQuery q = ScreeningQuery.of(parties.get(i).query());
      double threshold = screener.threshold(q);
      PreparedQuery pq = scorer.prepare(q.match());
      List<ScreeningResult> all = new ArrayList<>();
      for (int k = 0; k < screenable.size(); k++) {
        MatchResult m = scorer.scoreAtLeast(pq, prepared.get(k), Math.min(opt.settings().cutoff(), threshold));
        if (m != null) {
          all.add(new ScreeningResult(screenable.get(k), "", m.score(), m.score() >= threshold, m.matchedName(),
              m.explanations()));
        }
      }
      all.sort((x, y) -> Double.compare(y.score(), x.score()));
    }
    double bruteCpu = bruteRows / ((mx.getCurrentThreadCpuTime() - bc0) / 1e9);
    Arrays.sort(lat);
    Arrays.sort(cpu);
    return new Report(n, opt.threads(), single, perCpu, lat[n / 2] / 1e3, lat[p99(n)] / 1e3, cpu[n / 2] / 1e3,
        cpu[p99(n)] / 1e3, batchPerSec, cpuPerRow, listedRows, listedFound, unlisted, alerts,
        (int) s.errors(), bruteRows, bruteCpu, perCpu / bruteCpu, byKind);
  }

  private static int p99(int n) {
    return (int) Math.min(n - 1, Math.ceil(n * 0.99) - 1);
  }

  private static boolean found(List<ScreeningResult> results, String expectedId) {
    for (ScreeningResult r : results) {
      if (r.match() && r.hasListing(expectedId)) {
        return true;
      }
    }
    return false;
  }
}
