package io.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.cases.CaseStore;
import io.cordon.cases.Decision;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions acknowledged to a caller survive a kill -9 of the process that wrote them: a separate
 * JVM decides alerts in an H2 file store and is killed (SIGKILL, no shutdown hooks) right after
 * acknowledging some; every acknowledged decision must then be in the file.
 */
class DecisionDurabilityTest {
  @TempDir Path home;

  @Test
  void acknowledgedDecisionsSurviveKill9() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        DecisionWriter.class.getName(), home.toString(), "400")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Map<Long, Long> acked = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("ACK ")) {
          String[] f = line.split(" ");
          acked.put(Long.parseLong(f[1]), Long.parseLong(f[2]));
          if (acked.size() == 60) {
            p.destroyForcibly(); // SIGKILL: the writer is mid-stream, deciding the next alerts
            break;
          }
        }
      }
    } finally {
      p.destroyForcibly();
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("killed by SIGKILL, not finished").isEqualTo(137);
    assertThat(acked).hasSize(60);

    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()))) {
      CaseStore cases = new JdbcCaseStore(store.dataSource());
      cases.inTransaction(tx -> {
        acked.forEach((alertId, decisionId) -> {
          Optional<Decision> d = tx.decision(decisionId);
          assertThat(d).as("acknowledged decision %d on alert %d", decisionId, alertId).isPresent();
          assertThat(d.get().alertId()).isEqualTo(alertId);
          assertThat(d.get().reason()).isEqualTo("not our Acme");
        });
        return null;
      });
    }
  }
}
