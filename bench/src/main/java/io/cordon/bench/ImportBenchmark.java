package io.cordon.bench;

import io.cordon.catalog.CatalogStore;
import io.cordon.catalog.ImportRequest;
import io.cordon.catalog.Importer;
import io.cordon.catalog.InMemoryCatalog;
import io.cordon.common.Sha256;
import io.cordon.sources.FormatDetector;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ParsedList;
import io.cordon.store.CordonStore;
import io.cordon.store.StoreConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whole-run import benchmark (not JMH: one pass over real files is the workload). For every list in
 * a data folder (default ../shared/data): file size, raw read + SHA-256 time (the baseline), parse
 * time (best of N, CPU time of the thread and wall time), parse cost per entity, and the commit
 * time into a fresh H2 store and into memory. Run on one core with:
 *
 * <pre>
 * mvn -q -pl bench -am package -DskipTests
 * taskset -c 0 java -cp bench/target/benchmarks.jar io.cordon.bench.ImportBenchmark ../shared/data 5
 * </pre>
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  record Input(Path path, ListFormat format) {}

  /** Flyway logs through java.util.logging here; keep the table readable. Held so it is not collected. */
  private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

  private static String data(Input in) {
    return in.path().getParent().getFileName() + "/" + in.path().getFileName();
  }

  public static void main(String[] args) throws Exception {
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").toAbsolutePath().normalize();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Input> inputs = inputs(data);
    ListAdapters adapters = ListAdapters.load();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Path home = Files.createTempDirectory("cordon-bench-");
    System.out.printf(Locale.ROOT, "import benchmark: %s, %d rounds (best kept), %d lists, JDK %s, %d cpus available%n",
        data, rounds, inputs.size(), Runtime.version(), Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "%-58s %-13s %9s %8s %9s %9s %8s %8s %9s %9s%n", "list", "format", "bytes",
        "entities", "read+sha", "parse cpu", "wall", "x read", "us/entity", "commit H2 cpu");
    double totalParse = 0;
    double totalCommit = 0;
    long totalEntities = 0;
    try {
      for (Input in : inputs) {
        if (!adapters.formats().contains(in.format())) {
          System.out.printf(Locale.ROOT, "%-58s %-13s (no adapter in this build)%n", data.relativize(in.path()),
              in.format().label());
          continue;
        }
        double read = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        double wall = Double.MAX_VALUE;
        ParsedList parsed = null;
        long bytes = size(in.path());
        for (int r = 0; r < rounds; r++) {
          long t0 = System.nanoTime();
          readAndHash(in.path());
          read = Math.min(read, (System.nanoTime() - t0) / 1e6);
          long c0 = mx.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          try {
            parsed = adapters.read(in.path(), Optional.of(in.format()));
          } catch (Exception e) {
            System.out.printf(Locale.ROOT, "%-58s %-13s rejected: %s%n", data.relativize(in.path()),
                in.format().label(), e.getMessage());
            break;
          }
          cpu = Math.min(cpu, (mx.getCurrentThreadCpuTime() - c0) / 1e6);
          wall = Math.min(wall, (System.nanoTime() - w0) / 1e6);
        }
        if (parsed == null || cpu == Double.MAX_VALUE) {
          continue;
        }
        ParsedList list = parsed;
        int n = list.entities().size();
        // Commit into a fresh store per list, so that no collapse check or "unchanged" short-cut applies.
        // Hashing, validation, encoding and the embedded H2 all run on this thread: its CPU time is the cost.
        double commit;
        try (CordonStore store = CordonStore.open(StoreConfig.h2(Files.createTempDirectory(home, "h2-")))) {
          Importer h2 = new Importer(store.catalog(), (p, f) -> list, Clock.systemUTC());
          long c0 = mx.getCurrentThreadCpuTime();
          h2.importList(ImportRequest.of(in.path()));
          commit = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%-58s %-13s %9d %8d %7.1fms %7.1fms %6.1fms %7.1fx %9.1f %7.1fms%n",
            data.relativize(in.path()), in.format().label(), bytes, n, read, cpu, wall, cpu / read,
            cpu * 1000 / n, commit);
        totalParse += cpu;
        totalCommit += commit;
        totalEntities += n;
      }
    } finally {
      deleteTree(home);
    }
    System.out.printf(Locale.ROOT, "total: %d entities, parse %.0f ms CPU (%.1f us/entity), commit to H2 %.0f ms CPU%n",
        totalEntities, totalParse, totalParse * 1000 / Math.max(1, totalEntities), totalCommit);
    memoryBaseline(inputs, adapters, mx);
  }

  /** Commit into memory for the largest list: what the store adds over a plain copy. */
  private static void memoryBaseline(List<Input> inputs, ListAdapters adapters, ThreadMXBean mx) throws Exception {
    Input biggest = inputs.stream().filter(i -> adapters.formats().contains(i.format()))
        .max(Comparator.comparingLong(i -> size(i.path()))).orElseThrow();
    ParsedList list = adapters.read(biggest.path(), Optional.of(biggest.format()));
    CatalogStore mem = new InMemoryCatalog();
    long c0 = mx.getCurrentThreadCpuTime();
    new Importer(mem, (p, f) -> list, Clock.systemUTC()).importList(ImportRequest.of(biggest.path()));
    System.out.printf(Locale.ROOT, "baseline: commit of %s (%d entities) into memory: %.1f ms CPU (hash + validate)%n",
        data(biggest), list.entities().size(), (mx.getCurrentThreadCpuTime() - c0) / 1e6);
  }

  /** Every list in the folder: OFAC CSV set folders as one input, other list files one by one. */
  static List<Input> inputs(Path data) throws Exception {
    List<Input> out = new ArrayList<>();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(data)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path dir : dirs) {
      if (Files.exists(dir.resolve("sdn.csv")) || Files.exists(dir.resolve("cons_prim.csv"))) {
        try {
          out.add(new Input(dir, FormatDetector.detect(dir)));
        } catch (Exception incomplete) {
          System.out.printf(Locale.ROOT, "%-58s skipped: %s%n", data.relativize(dir), incomplete.getMessage());
        }
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        try {
          out.add(new Input(f, FormatDetector.detect(f)));
        } catch (Exception notAList) {
          // evaluation data, licences, partial sets: not lists
        }
      }
    }
    return out;
  }

  private static long size(Path p) {
    try {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
      }
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  private static void readAndHash(Path p) throws Exception {
    List<Path> files = Files.isDirectory(p) ? listFiles(p) : List.of(p);
    String hex = Sha256.hexOfFiles(files); // the importer's own content hash
    if (hex.length() != 64) {
      throw new AssertionError(hex);
    }
  }


  private static List<Path> listFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> w = Files.walk(dir)) {
      for (Path p : w.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
