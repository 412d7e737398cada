package io.cordon.sources.ofac;

import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ParsedList;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Micro-measure (not a test): time to read an OFAC CSV set into entities, after warm-up.
 * Run: see docs/sources.md. Args: path to the set [rounds].
 */
public final class OfacParseMeasure {
  private OfacParseMeasure() {}

  public static void main(String[] args) throws Exception {
    Path set = Path.of(args.length > 0 ? args[0] : "../shared/data/ofac_sdn_csv_2024-05-03");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    ListAdapters adapters = ListAdapters.load();
    ParsedList first = null;
    // cold: CPU time of the whole process (JIT compiler and GC threads included) for the first read
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long coldStart = os.getProcessCpuTime();
    first = adapters.read(set, Optional.of(ListFormat.OFAC_SDN_CSV));
    long cold = os.getProcessCpuTime() - coldStart;
    for (int i = 0; i < 3; i++) {
      adapters.read(set, Optional.empty());
    }
    // CPU time of this thread, not wall time: the build machine is shared, and wall time there
    // measures the neighbours' load as much as this code.
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] ms = new long[rounds];
    long wall = 0;
    for (int i = 0; i < rounds; i++) {
      long w0 = System.nanoTime();
      long t0 = cpu.getCurrentThreadCpuTime();
      ParsedList l = adapters.read(set, Optional.empty());
      ms[i] = cpu.getCurrentThreadCpuTime() - t0;
      wall += System.nanoTime() - w0;
      if (l.entities().size() != first.entities().size()) {
        throw new IllegalStateException("different result");
      }
    }
    Arrays.sort(ms);
    long median = ms[rounds / 2];
    long entries = first.entities().stream().filter(e -> e.id().matches("ofac-\\d+")).count();
    System.out.printf("set %s: %d entries, %d entities%n", set, entries, first.entities().size());
    System.out.printf("cold (first read in a fresh JVM, process CPU time incl. JIT and GC): %d ms%n", cold / 1_000_000);
    System.out.printf("warm, CPU time of the reading thread, median of %d: %d ms, %.1f us per listed entry"
        + " (min %d ms, max %d ms; mean wall time %d ms)%n", rounds, median / 1_000_000, median / 1000.0 / entries,
        ms[0] / 1_000_000, ms[rounds - 1] / 1_000_000, wall / rounds / 1_000_000);
  }
}
