package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code cordon batch} processes on one home at once, before its index exists: both used to build
 * it, and one could delete the folder the other had just finished ("building index in ..." and exit 1).
 * Now the second waits for the first's index and both give the same results.
 */
class BatchConcurrencyTest {
  @TempDir Path home;
  @TempDir Path work;

  @Test
  void twoBatchesOnOneHomeBothSucceed() throws Exception {
    StringBuilder list = new StringBuilder("id,schema,name\n");
    for (int i = 0; i < 2000; i++) {
      list.append("e").append(i).append(",Person,Person ").append(Integer.toString(i * 7919, 36)).append(" Listed\n");
    }
    Path listFile = work.resolve("list.csv");
    Files.writeString(listFile, list, StandardCharsets.UTF_8);
    Cli.Result imp = Cli.run(home, "import", listFile.toString(), "--source", "own");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    deleteIndexes(); // as after an import elsewhere: the next command builds the index

    Path in = work.resolve("book.csv");
    Files.writeString(in, "id,name\n1,Person " + Integer.toString(7 * 7919, 36) + " Listed\n2,Maria Svensson\n");
    List<Process> runs = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      runs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
          "-cp", System.getProperty("java.class.path"), "io.cordon.cli.Main", "--home", home.toString(), "batch",
          in.toString(), "-o", work.resolve("out" + n + ".csv").toString(), "--threads", "1")
          .redirectErrorStream(true).redirectOutput(work.resolve("log" + n + ".txt").toFile()).start());
    }
    for (int n = 0; n < 2; n++) {
      assertThat(runs.get(n).waitFor(300, TimeUnit.SECONDS)).isTrue();
      assertThat(runs.get(n).exitValue()).as("batch %d: %s", n, Files.readString(work.resolve("log" + n + ".txt")))
          .isZero();
    }
    List<String> first = Files.readAllLines(work.resolve("out0.csv"));
    assertThat(first).anyMatch(l -> l.contains("\"hit\"") && l.contains("e7"));
    assertThat(Files.readAllLines(work.resolve("out1.csv"))).isEqualTo(first);
  }

  private void deleteIndexes() throws Exception {
    Path index = home.resolve("index");
    if (Files.exists(index)) {
      try (var s = Files.walk(index)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
