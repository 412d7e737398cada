package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.catalog.Snapshot;
import io.cordon.store.CordonStore;
import io.cordon.store.StoreConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 trials on the embedded H2 store: {@code cordon serve} (its own JVM) takes party imports and
 * decisions over HTTP while {@code cordon import} (its own JVM) imports lists; each is killed with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux) at a random moment. After every kill the store
 * must open, and every write the killed process acknowledged (HTTP 201, or the import's result line)
 * must be there; the audit chain must verify.
 *
 * <p>20 trials by default (about a minute on a quiet machine); {@code -Dcordon.crash.trials=200} for a
 * longer run, {@code -Dcordon.crash.seed=N} to repeat one. The figures go to docs/reliability.md.
 */
class CrashSafetyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern KEY = Pattern.compile("(ck_[A-Za-z0-9_-]+)");
  /** Names of the bundled demo list: parties called so raise alerts, which the trials then decide. */
  private static final List<String> LISTED = List.of("AKTSIONERNOE OBSHCHESTVO POZITIV TEKNOLODZHIZ",
      "MINISTRY OF FINANCE OF THE RUSSIAN FEDERATION", "NATIONAL WEALTH FUND OF THE RUSSIAN FEDERATION");

  @TempDir Path tmp;

  private final Map<String, Integer> ackedParties = new ConcurrentHashMap<>();
  private final Map<Long, Long> ackedDecisions = new ConcurrentHashMap<>();
  private final List<String> ackedSnapshots = new CopyOnWriteArrayList<>();

  @Test
  void acknowledgedWritesSurviveKill9() throws Exception {
    // 8 trials in ./run-tests; longer runs on demand (-Dcordon.crash.trials=200, docs/reliability.md). The audit-chain gap
    // of rounds 3-4 is fixed (SerialWriters, CommitGapTest); a newest commit missing early in a serve run is open (docs).
    int trials = Integer.getInteger("cordon.crash.trials", 8);
    long seed = Long.getLong("cordon.crash.seed", System.nanoTime());
    Random rnd = new Random(seed);
    Path serveHome = tmp.resolve("serve-home");
    Path importHome = tmp.resolve("import-home");
    String key = firstStart(serveHome);
    // A clean first import measures how long one takes here, so that kills land before, during and after.
    long t0 = System.nanoTime();
    assertThat(importTrial(importHome, customList(0), Integer.MAX_VALUE)).as("clean first import").isTrue();
    long importMs = Duration.ofNanos(System.nanoTime() - t0).toMillis();
    int killedAfterAck = 0;
    int listVersion = 0;
    for (int t = 0; t < trials; t++) {
      String what;
      if (t % 3 == 2) {
        listVersion++;
        Path list = customList(listVersion);
        boolean acked = importTrial(importHome, list, (int) (importMs * (0.3 + rnd.nextDouble())));
        what = "import of list version " + listVersion + (acked ? " (acknowledged)" : " (killed before the result)");
        if (!acked) {
          listVersion--; // not acknowledged: the next import trial tries the same version again
        }
        killedAfterAck += acked ? 1 : 0;
      } else {
        int writes = serveTrial(serveHome, key, t, 150 + rnd.nextInt(2000));
        what = "serve with " + writes + " acknowledged writes";
        killedAfterAck += writes > 0 ? 1 : 0;
      }
      verify(serveHome, "trial " + t + " (seed " + seed + "): " + what);
      verify(importHome, "trial " + t + " (seed " + seed + "): " + what);
    }
    System.out.printf("CrashSafetyTest: %d kill -9 trials (seed %d, one import %d ms), %d parties, %d decisions and %d list "
            + "snapshots acknowledged, 0 lost; %d trials killed after at least one acknowledgement%n",
        trials, seed, importMs, ackedParties.size(), ackedDecisions.size(), ackedSnapshots.size(), killedAfterAck);
    assertThat(ackedDecisions).as("the trials did decide alerts").isNotEmpty();
    assertThat(ackedParties).as("the trials did import parties").isNotEmpty();
  }

  /**
   * First start of `cordon serve` on an empty home (demo list, admin user), stopped cleanly; then a key
   * that may act on cases as the admin (first-start keys screen only).
   */
  private String firstStart(Path home) throws Exception {
    Server s = Server.startReady(home, List.of());
    s.process.destroy(); // SIGTERM: the clean shutdown path
    s.process.waitFor(60, TimeUnit.SECONDS);
    Cli.Result r = Cli.run(home, "keys", "create", "crash-test", "--scope", "screen,cases", "--user", "admin");
    Matcher m = KEY.matcher(r.out());
    if (r.exit() != 0 || !m.find()) {
      throw new AssertionError("no case key created: " + r);
    }
    return m.group(1);
  }

  /** Party imports and decisions over HTTP from two client threads; kill -9 after {@code killAfterMs}. */
  private int serveTrial(Path home, String key, int trial, int killAfterMs) throws Exception {
    Server s = Server.startReady(home, List.of("--no-demo"));
    AtomicBoolean stop = new AtomicBoolean();
    int[] acks = {0};
    List<Thread> clients = new ArrayList<>();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      clients.add(new Thread(() -> {
        for (int n = 0; !stop.get(); n++) {
          List<Map<String, Object>> parties = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            String id = "t" + trial + "-" + n + "-" + i;
            parties.add(Map.of("id", id, "schema", "Company", "name", LISTED.get((n + i) % LISTED.size())));
          }
          HttpResponse<String> r = post(http, s, key, "/v1/parties", Map.of("parties", parties));
          if (r != null && r.statusCode() == 201) {
            parties.forEach(p -> ackedParties.put((String) p.get("id"), trial));
            synchronized (acks) {
              acks[0]++;
            }
          }
        }
      }, "crash-parties"));
      clients.add(new Thread(() -> {
        while (!stop.get()) {
          HttpResponse<String> list = get(http, s, key, "/v1/alerts?status=open&limit=20");
          if (list == null || list.statusCode() != 200) {
            continue;
          }
          for (JsonNode a : read(list.body()).path("alerts")) {
            long alert = a.get("id").asLong();
            HttpResponse<String> r = post(http, s, key, "/v1/decisions",
                Map.of("alert", alert, "outcome", "false_positive", "reason", "crash trial " + trial));
            if (r != null && r.statusCode() == 201) {
              ackedDecisions.put(read(r.body()).get("id").asLong(), alert);
              synchronized (acks) {
                acks[0]++;
              }
            }
          }
        }
      }, "crash-decisions"));
      clients.forEach(Thread::start);
      Thread.sleep(killAfterMs);
      s.process.destroyForcibly();
      assertThat(s.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(s.process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    } finally {
      stop.set(true);
      s.process.destroyForcibly();
      for (Thread c : clients) {
        c.join(10_000);
      }
    }
    synchronized (acks) {
      return acks[0];
    }
  }

  /** `cordon import LIST` in its own JVM, killed after {@code killAfterMs}; true when it had acknowledged. */
  private boolean importTrial(Path home, Path list, int killAfterMs) throws Exception {
    Process p = Server.java(List.of("--home", home.toString(), "import", list.toString(), "--source", "crash_list"));
    List<String> out = Server.drain(p);
    if (!p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(100); // let the reader take the last lines
    for (String l : out) {
      String[] f = l.trim().split("\\s+");
      if (f.length > 2 && f[0].equals("crash_list") && (l.endsWith("active") || l.endsWith("history"))) {
        ackedSnapshots.add(f[1]);
        return true;
      }
    }
    return false;
  }

  /** The store opens, holds every acknowledged write, and its audit chain verifies. */
  private void verify(Path home, String when) throws Exception {
    if (!Files.exists(home.resolve("cordon.mv.db"))) {
      return;
    }
    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()));
         Connection c = store.dataSource().getConnection()) {
      if (home.getFileName().toString().startsWith("serve")) {
        for (Map.Entry<String, Integer> e : ackedParties.entrySet()) {
          assertThat(count(c, "SELECT COUNT(*) FROM case_party WHERE external_id = ?", e.getKey()))
              .as("%s: party %s acknowledged in trial %d", when, e.getKey(), e.getValue()).isEqualTo(1);
        }
        for (Map.Entry<Long, Long> e : ackedDecisions.entrySet()) {
          assertThat(count(c, "SELECT COUNT(*) FROM case_decision WHERE id = ? AND alert_id = ?", e.getKey(), e.getValue()))
              .as("%s: decision %d on alert %d", when, e.getKey(), e.getValue()).isEqualTo(1);
        }
        Cli.Result audit = Cli.run(home, "audit", "verify");
        assertThat(audit.exit()).as("%s: audit verify: %s", when, audit).isZero();
      } else {
        for (String id : ackedSnapshots) {
          Optional<Snapshot> s = store.catalog().snapshot(id);
          assertThat(s).as("%s: snapshot %s", when, id).isPresent();
          assertThat(store.catalog().entities(id)).as("%s: entities of %s", when, id).hasSize(s.get().records());
        }
        if (!ackedSnapshots.isEmpty()) {
          assertThat(store.catalog().active("crash_list")).as(when).isPresent();
        }
      }
    }
  }

  private static long count(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A custom list of 1,000 people whose content differs per version, written at test time. */
  private Path customList(int version) throws IOException {
    StringBuilder sb = new StringBuilder("id,schema,name\n");
    for (int i = 0; i < 1000; i++) {
      sb.append("crash-").append(i).append(",Person,Person ").append(Integer.toString(i * 7919 + version, 36))
          .append(' ').append(i % 97 == 0 ? "Version " + version : "Stable").append('\n');
    }
    Path f = tmp.resolve("list-v" + version + ".csv");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static HttpResponse<String> post(HttpClient http, Server s, String key, String path, Object body) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(s.base + path)).timeout(Duration.ofSeconds(10))
          .header("Authorization", "ApiKey " + key).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      return null; // the server is gone: not acknowledged
    }
  }

  private static HttpResponse<String> get(HttpClient http, Server s, String key, String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(s.base + path)).timeout(Duration.ofSeconds(10))
          .header("Authorization", "ApiKey " + key).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  /** `cordon serve` in its own JVM on a free port. */
  private record Server(Process process, String base, List<String> out) {
    /**
     * Starts a server and waits until it is ready. The free port is found by binding and closing a socket, so another
     * socket of this machine can take it before the child binds it ("Port already in use"): then start again on a new
     * port; any other failure fails the test.
     */
    static Server startReady(Path home, List<String> extra) throws Exception {
      for (int attempt = 1; ; attempt++) {
        Server s = start(home, extra);
        try {
          s.awaitReady();
          return s;
        } catch (AssertionError e) {
          s.process.destroyForcibly();
          boolean portTaken = String.valueOf(e.getMessage()).contains("Port already in use");
          if (!portTaken || attempt == 3) {
            throw e;
          }
        }
      }
    }

    static Server start(Path home, List<String> extra) throws IOException {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      List<String> args = new ArrayList<>(List.of("--home", home.toString(), "serve", "--port",
          Integer.toString(port), "--refresh-seconds", "60"));
      args.addAll(extra);
      Process p = java(args);
      return new Server(p, "http://127.0.0.1:" + port, drain(p));
    }

    static Process java(List<String> args) throws IOException {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "io.cordon.cli.Main"));
      cmd.addAll(args);
      return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    static List<String> drain(Process p) {
      List<String> out = new CopyOnWriteArrayList<>();
      Thread t = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String l; (l = r.readLine()) != null; ) {
            out.add(l);
          }
        } catch (IOException ignored) {
          // the process ended
        }
      }, "child-output");
      t.setDaemon(true);
      t.start();
      return out;
    }

    void awaitReady() throws Exception {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (System.nanoTime() < deadline) {
        assertThat(process.isAlive()).as("server exited: %s", out).isTrue();
        try {
          if (http.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(200);
      }
      throw new AssertionError("server not ready: " + out);
    }
  }
}
