package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * List-update safety through the command line: a truncated OFAC file, a list dated in 2096 and a
 * list that lost too many entries are refused, naming the check, while the list in force keeps
 * answering; --force overrides (audited) and importing the good file again restores it.
 */
class ListUpdateSafetyTest {
  @TempDir Path home;
  @TempDir Path scratch;

  /** sdn.csv of 3 May 2024 cut at the line boundary nearest 70% of its lines: parses, but lacks 0x1A. */
  private Path truncatedSdn() throws IOException {
    byte[] all = Files.readAllBytes(SharedData.path("ofac_sdn_csv_2024-05-03/sdn.csv"));
    assertThat(all[all.length - 1]).as("the genuine file ends with 0x1A").isEqualTo((byte) 0x1A);
    int lines = 0;
    for (byte b : all) {
      lines += b == '\n' ? 1 : 0;
    }
    int keep = (int) (lines * 0.7);
    int end = 0;
    for (int seen = 0; seen < keep; end++) {
      if (all[end] == '\n') {
        seen++;
      }
    }
    Path dir = Files.createDirectories(scratch.resolve("cut"));
    Path f = dir.resolve("sdn.csv");
    Files.write(f, Arrays.copyOf(all, end));
    return f;
  }

  @Test
  void truncatedOfacFileIsRejectedAndTheGoodOneRestoresAForcedOne() throws Exception {
    String good = SharedData.path("ofac_sdn_csv_2024-05-03/sdn.csv").toString();
    ok(Cli.run(home, "import", good, "--published", "2024-05-03"));
    String goodId = activeSnapshot("us_ofac_sdn");

    Path cut = truncatedSdn();
    Cli.Result rejected = Cli.run(home, "import", cut.toString(), "--published", "2024-05-04");
    assertThat(rejected.exit()).as(rejected.toString()).isEqualTo(1);
    assertThat(rejected.err()).contains("check end-marker failed").contains("0x1A")
        .contains("check max-removed-percent failed");
    assertThat(activeSnapshot("us_ofac_sdn")).as("the good list keeps serving").isEqualTo(goodId);
    assertThat(ok(Cli.run(home, "screen", "PUTIN, Vladimir Vladimirovich", "--schema", "Person")).out())
        .contains("PUTIN");

    // Forced in, audited...
    Cli.Result forced = ok(Cli.run(home, "import", cut.toString(), "--published", "2024-05-04", "--force"));
    assertThat(forced.err()).contains("forced: end-marker");
    assertThat(activeSnapshot("us_ofac_sdn")).isNotEqualTo(goodId);
    assertThat(ok(Cli.run(home, "audit", "tail", "-n", "30")).out()).contains("list-import-forced");

    // ...and undone by importing the good file again: not "unchanged", it is active again.
    Cli.Result again = ok(Cli.run(home, "import", good, "--published", "2024-05-03"));
    assertThat(again.out()).contains(goodId).contains("active").doesNotContain("unchanged");
    assertThat(activeSnapshot("us_ofac_sdn")).isEqualTo(goodId);
    assertThat(ok(Cli.run(home, "audit", "tail", "-n", "30")).out()).contains("list-restore");
    assertThat(ok(Cli.run(home, "audit", "verify")).exit()).isZero();
  }

  @Test
  void aListDated2096IsRejectedAndCannotStick() throws Exception {
    ok(Cli.run(home, "import", list("v1.csv", 10, "A").toString(), "--source", "own", "--published", "2026-01-01"));
    Cli.Result future = Cli.run(home, "import", list("typo.csv", 10, "B").toString(), "--source", "own",
        "--published", "2096-01-01");
    assertThat(future.exit()).as(future.toString()).isEqualTo(1);
    assertThat(future.err()).contains("check future-days failed").contains("2096-01-01");
    // a genuine later list still becomes active
    Cli.Result later = ok(Cli.run(home, "import", list("v2.csv", 10, "C").toString(), "--source", "own",
        "--published", "2026-02-01"));
    assertThat(later.out()).contains("active");

    // forced in, the operator moves the pointer back with `sources activate`, audited
    ok(Cli.run(home, "import", list("typo.csv", 10, "B").toString(), "--source", "own", "--published", "2096-01-01",
        "--force"));
    String v2 = later.out().lines().filter(l -> l.startsWith("own ")).findFirst().orElseThrow().split("\\s+")[1];
    assertThat(activeSnapshot("own")).isNotEqualTo(v2);
    assertThat(ok(Cli.run(home, "sources", "activate", v2)).out()).contains("is now the active snapshot");
    assertThat(activeSnapshot("own")).isEqualTo(v2);
    assertThat(ok(Cli.run(home, "audit", "tail", "-n", "30")).out()).contains("list-activate");
  }

  @Test
  void tooManyRemovalsAreRejectedAndTheLimitIsConfigurable() throws Exception {
    ok(Cli.run(home, "import", list("v1.csv", 300, "A").toString(), "--source", "own", "--published", "2026-01-01"));
    Path v2 = list("v2.csv", 200, "A"); // a third of the entries gone; the count fell by 33% (< 50%)
    Cli.Result r = Cli.run(home, "import", v2.toString(), "--source", "own", "--published", "2026-02-01");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("check max-removed-percent failed").contains("100 of the 300 targets");

    Files.writeString(home.resolve("cordon.properties"), "import.own.max-removed-percent=40\n");
    ok(Cli.run(home, "import", v2.toString(), "--source", "own", "--published", "2026-02-01"));

    Files.writeString(home.resolve("cordon.properties"), "import.own.min-targets=500\n");
    Cli.Result small = Cli.run(home, "import", list("v3.csv", 210, "A").toString(), "--source", "own",
        "--published", "2026-03-01");
    assertThat(small.err()).contains("check min-targets failed").contains("fewer than the 500");

    Files.writeString(home.resolve("cordon.properties"), "import.own.max-removed-percnt=40\n");
    Cli.Result typo = Cli.run(home, "import", v2.toString(), "--source", "own");
    assertThat(typo.exit()).isNotZero();
    assertThat(typo.err()).contains("unknown list check 'max-removed-percnt'");
  }

  private Path list(String name, int n, String variant) throws IOException {
    StringBuilder sb = new StringBuilder("id,schema,name\n");
    for (int i = 0; i < n; i++) {
      sb.append("own-").append(i).append(",Person,Listed Person ").append(Integer.toString(i * 7919, 36))
          .append(' ').append(variant).append('\n');
    }
    Path f = scratch.resolve(name);
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  private String activeSnapshot(String source) {
    Cli.Result r = ok(Cli.run(home, "sources"));
    return r.out().lines().filter(l -> l.startsWith(source + " ")).findFirst().orElseThrow(() -> new AssertionError(r))
        .split("\\s+")[1];
  }

  private static Cli.Result ok(Cli.Result r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }
}
