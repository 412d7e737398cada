package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.catalog.ImportPolicy;
import io.cordon.catalog.ImportRequest;
import io.cordon.catalog.Importer;
import io.cordon.store.CordonStore;
import io.cordon.store.StoreConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed after its commit and before the re-screen of the book: the new list is active,
 * no alert was raised. The store is left exactly so (the list is committed by the real importer
 * with no re-screen after it, which is all a killed `cordon import` did), then the next command
 * must raise the alerts: importing the same file again (which used to say "unchanged" and raise
 * nothing), `cordon parties import`, `cordon rescreen`, or the start of `cordon serve`.
 */
class PendingRescreenTest {
  @TempDir Path home;
  @TempDir Path scratch;

  @ParameterizedTest
  @ValueSource(strings = {"import-again", "parties-import", "rescreen", "serve"})
  void theNextCommandRaisesTheAlertsOfAKilledImport(String next) throws Exception {
    Path v1 = list("v1.csv", "Unrelated Holdings");
    Path v2 = list("v2.csv", "Zarubezhneft Trading Company");
    ok(Cli.run(home, "import", v1.toString(), "--source", "own", "--published", "2026-01-01"));
    Path book = scratch.resolve("book.csv");
    Files.writeString(book, "id,name,type\nC1,Zarubezhneft Trading Company,Company\nC2,Maria Schmidt,Person\n");
    ok(Cli.run(home, "parties", "import", book.toString()));
    assertThat(alerts()).isEmpty();

    killedAfterCommit(v2);
    assertThat(activeSnapshot()).as("the new list is active").startsWith("own-");
    assertThat(alerts()).as("and nothing was re-screened").isEmpty();

    switch (next) {
      case "import-again" -> ok(Cli.run(home, "import", v2.toString(), "--source", "own", "--published", "2026-02-01"));
      case "parties-import" -> {
        Path more = scratch.resolve("more.csv");
        Files.writeString(more, "id,name,type\nC3,Hans Meier,Person\n");
        ok(Cli.run(home, "parties", "import", more.toString()));
      }
      case "rescreen" -> assertThat(ok(Cli.run(home, "rescreen")).out()).contains("re-screened the book");
      case "serve" -> startAndStopServe();
      default -> throw new AssertionError(next);
    }
    List<JsonNode> alerts = alerts();
    assertThat(alerts).extracting(a -> a.get("party").asText()).containsExactly("C1");
    assertThat(ok(Cli.run(home, "rescreen")).out()).as("done once, not pending any more")
        .contains("no re-screen pending");
    assertThat(alerts()).hasSize(1);
    assertThat(ok(Cli.run(home, "audit", "verify")).exit()).isZero();
  }

  /** What a `cordon import` killed between its commit and the re-screen leaves: the commit alone. */
  private void killedAfterCommit(Path list) throws Exception {
    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()))) {
      new Importer(store.catalog(), Home.reader(), ImportPolicy.DEFAULT, Clock.systemUTC(), List.of())
          .importList(ImportRequest.of(list).withSource("own").withPublished(LocalDate.parse("2026-02-01")));
    }
  }

  private void startAndStopServe() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-cp", System.getProperty("java.class.path"), "io.cordon.cli.Main",
        "--home", home.toString(), "serve", "--port", Integer.toString(port), "--no-demo")
        .redirectErrorStream(true).start();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l; (l = r.readLine()) != null; ) {
        out.add(l);
        if (l.startsWith("Cordon is serving")) {
          break;
        }
      }
    } finally {
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(out).as("serve output").anyMatch(l -> l.startsWith("re-screened the book"));
  }

  private Path list(String name, String extra) throws Exception {
    StringBuilder sb = new StringBuilder("id,schema,name\n");
    for (int i = 0; i < 20; i++) {
      sb.append("own-").append(i).append(",Person,Listed Person ").append(Integer.toString(i * 7919, 36)).append('\n');
    }
    sb.append("own-x,Company,").append(extra).append('\n');
    Path f = scratch.resolve(name);
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  private List<JsonNode> alerts() throws Exception {
    Cli.Result r = ok(Cli.run(home, "alerts", "--json"));
    List<JsonNode> out = new ArrayList<>();
    new ObjectMapper().readTree(r.out()).forEach(out::add);
    return out;
  }

  private String activeSnapshot() {
    Cli.Result r = ok(Cli.run(home, "sources"));
    return r.out().lines().filter(l -> l.startsWith("own ")).findFirst().orElseThrow().split("\\s+")[1];
  }

  private static Cli.Result ok(Cli.Result r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }
}
