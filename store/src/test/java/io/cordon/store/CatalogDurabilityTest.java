package io.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * List snapshots acknowledged by a process that wrote nothing else survive its kill -9. Before the
 * store set H2's WRITE_DELAY itself on every open, only the cases store did: H2 reads WRITE_DELAY
 * from the connection URL on each open (default 500 ms), so a process committing snapshots before
 * (or without) opening the cases store lost them when killed within that delay.
 */
class CatalogDurabilityTest {
  @TempDir Path home;

  @Test
  void acknowledgedSnapshotsSurviveKill9() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CatalogWriter.class.getName(), home.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> acked = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("ACK ")) {
          acked.add(line.split(" ")[1]);
          if (acked.size() == 20) {
            p.destroyForcibly(); // SIGKILL right after the 20th acknowledgement
            break;
          }
        }
      }
    } finally {
      p.destroyForcibly();
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("killed by SIGKILL, not finished").isEqualTo(137);
    assertThat(acked).hasSize(20);

    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()))) {
      for (String id : acked) {
        assertThat(store.catalog().snapshot(id)).as("acknowledged snapshot %s", id).isPresent();
        assertThat(store.catalog().entities(id)).hasSize(1);
      }
      assertThat(store.catalog().active("crash").orElseThrow().id()).isEqualTo(acked.get(acked.size() - 1));
    }
  }
}
