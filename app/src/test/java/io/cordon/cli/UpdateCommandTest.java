package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cordon.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cordon update} against a local HTTP server on 127.0.0.1 that serves the real files of
 * ../shared/data (with ETags) and misbehaves on purpose: 500, a response that never comes, a body
 * shorter than its Content-Length, an empty file. Every failure is reported and the previous
 * snapshot stays active.
 */
@Tag("shared-data")
@Tag("slow")
class UpdateCommandTest {
  @TempDir Path home;
  HttpServer server;
  ServerSocket truncating;
  ExecutorService pool;
  String base;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  static final String ZALA = "opensanctions_zala_fixture_yente/entities.ftm.json";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool = Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    server.createContext("/data/", this::data);
    // a publisher folder whose sdn.csv moves from the 2022-02-17 version to the 2022-03-15 one
    server.createContext("/ofac/", ex -> {
      String name = ex.getRequestURI().getPath().substring("/ofac/".length());
      if (name.equals("sdn.csv")) {
        data(ex, sdnVersion + "/sdn.csv");
      } else { // the comments file: continues the remarks of entry 28263, cut at 1000 characters in both versions
        serve(ex, "28263,\"w0404'.\"\r\n".getBytes(StandardCharsets.ISO_8859_1), "\"comments-1\"");
      }
    });
    server.createContext("/error500/", ex -> {
      count(ex);
      ex.sendResponseHeaders(500, -1);
      ex.close();
    });
    server.createContext("/slow/", ex -> {
      count(ex);
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.createContext("/empty/", ex -> {
      count(ex);
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    truncating = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    pool.submit(this::truncate);
  }

  /**
   * A server that announces more bytes than it sends, then hangs up (com.sun.net.httpserver keeps
   * the connection open after a short body, so this one speaks HTTP on a plain socket).
   */
  private void truncate() {
    try {
      byte[] body = Files.readAllBytes(SharedData.path(ZALA));
      while (!truncating.isClosed()) {
        try (Socket s = truncating.accept()) {
          hits.computeIfAbsent("truncated", k -> new AtomicInteger()).incrementAndGet();
          s.getInputStream().read(new byte[8192]); // the request (small, arrives in one read)
          OutputStream o = s.getOutputStream();
          o.write(("HTTP/1.1 200 OK\r\nContent-Length: " + (body.length + 5000) + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          o.write(body, 0, body.length / 2);
          o.flush();
        }
      }
    } catch (IOException closed) {
      // the test ended and closed the socket
    }
  }

  @AfterEach
  void stop() throws IOException {
    truncating.close();
    server.stop(0);
    pool.shutdownNow();
  }

  private void count(HttpExchange ex) {
    hits.computeIfAbsent(ex.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
  }

  volatile String sdnVersion = "ofac_sdn_csv_2022-02-17";

  private void data(HttpExchange ex) throws IOException {
    data(ex, ex.getRequestURI().getPath().substring("/data/".length()));
  }

  /** Serves a shared data file with a strong ETag and answers If-None-Match with 304. */
  private void data(HttpExchange ex, String relative) throws IOException {
    Path file = SharedData.root().resolve(relative).normalize();
    if (!file.startsWith(SharedData.root()) || !Files.isRegularFile(file)) {
      count(ex);
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    serve(ex, Files.readAllBytes(file), "\"" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "\"");
  }

  /** Serves bytes with a strong ETag, answering a matching If-None-Match with 304; counts requests. */
  private void serve(HttpExchange ex, byte[] body, String etag) throws IOException {
    count(ex);
    hits.computeIfAbsent(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().containsKey("If-None-Match"),
        k -> new AtomicInteger()).incrementAndGet();
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    ex.getResponseHeaders().add("ETag", etag);
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  void sources(String path) throws IOException {
    Files.writeString(home.resolve("sources.yaml"), """
        sources:
          - name: zala
            format: ftm-json
            files:
              - url: %s%s
                file: entities.ftm.json
        """.formatted(base, path));
  }

  Cli.Result update(String... extra) {
    String[] args = new String[] {"update", "--only", "zala", "--read-timeout", "0.5", "--retries", "2",
        "--backoff", "0.01"};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return Cli.run(home, all);
  }

  String activeSnapshot() {
    Cli.Result r = Cli.run(home, "sources");
    assertThat(r.exit()).as(r.toString()).isZero();
    return r.out().lines().filter(l -> l.startsWith("zala ")).map(l -> l.split("\\s+")[1]).findFirst().orElse("none");
  }

  @Test
  void downloadsImportsThenSkipsWhenNotModified() throws IOException {
    sources("/data/" + ZALA);
    Cli.Result first = update();
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out()).contains("zala-").contains("targets     17").contains("active");
    String active = activeSnapshot();
    assertThat(active).startsWith("zala-");

    Cli.Result second = update();
    assertThat(second.exit()).as(second.toString()).isZero();
    assertThat(second.out()).contains("not modified");
    assertThat(hits.get("/data/" + ZALA).get()).isEqualTo(2);
    assertThat(activeSnapshot()).isEqualTo(active);
    // the temporary download folders are gone
    try (var s = Files.list(home.resolve("tmp"))) {
      assertThat(s.toList()).isEmpty();
    }
  }

  @Test
  void ofacSetWhereOnlySdnCsvChangedIsFetchedWholeAndImported() throws IOException {
    Files.writeString(home.resolve("sources.yaml"), """
        sources:
          - name: us_ofac_sdn
            format: ofac-sdn-csv
            files:
              - %1$s/ofac/sdn.csv
              - %1$s/ofac/sdn_comments.csv
        """.formatted(base));
    Cli.Result first = Cli.run(home, "update", "--only", "us_ofac_sdn");
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out()).contains("us_ofac_sdn-").contains("active");

    sdnVersion = "ofac_sdn_csv_2022-03-15";
    Cli.Result second = Cli.run(home, "update", "--only", "us_ofac_sdn");
    assertThat(second.exit()).as(second.toString()).isZero();
    assertThat(second.out()).contains("active");
    // sdn_comments.csv: full, then conditional (304), then in full again because sdn.csv changed
    assertThat(hits.get("/ofac/sdn_comments.csv").get()).isEqualTo(3);
    assertThat(hits.get("/ofac/sdn_comments.csv true").get()).isEqualTo(1);
    Cli.Result diff = Cli.run(home, "diff", "us_ofac_sdn");
    assertThat(diff.out()).contains("targets: 321 added, 0 removed").contains("+ ofac-35096 Person PUTIN");

    Cli.Result third = Cli.run(home, "update", "--only", "us_ofac_sdn");
    assertThat(third.out()).contains("not modified");
  }

  @Test
  void eachBadDownloadIsReportedAndThePreviousSnapshotStaysActive() throws IOException {
    sources("/data/" + ZALA);
    assertThat(update().exit()).isZero();
    String active = activeSnapshot();

    sources("/error500/list.json");
    Cli.Result r500 = update();
    assertThat(r500.exit()).as(r500.toString()).isEqualTo(1);
    assertThat(r500.err()).contains("zala").contains("/error500/list.json").contains("HTTP 500")
        .contains("gave up after 2 attempts");
    assertThat(hits.get("/error500/list.json").get()).isEqualTo(2);
    assertThat(activeSnapshot()).isEqualTo(active);

    sources("/slow/list.json");
    Cli.Result slow = update();
    assertThat(slow.exit()).as(slow.toString()).isEqualTo(1);
    assertThat(slow.err()).contains("/slow/list.json").contains("timed out");
    assertThat(activeSnapshot()).isEqualTo(active);

    Files.writeString(home.resolve("sources.yaml"), """
        sources:
          - name: zala
            format: ftm-json
            files:
              - url: http://127.0.0.1:%d/list.json
                file: entities.ftm.json
        """.formatted(truncating.getLocalPort()));
    Cli.Result cut = update();
    assertThat(cut.exit()).as(cut.toString()).isEqualTo(1);
    assertThat(cut.err()).contains(":" + truncating.getLocalPort() + "/list.json")
        .contains("truncated: the connection closed before the whole body arrived");
    assertThat(hits.get("truncated").get()).isEqualTo(2);
    assertThat(activeSnapshot()).isEqualTo(active);

    sources("/empty/list.json");
    Cli.Result empty = update();
    assertThat(empty.exit()).as(empty.toString()).isEqualTo(1);
    assertThat(empty.err()).contains("/empty/list.json").contains("empty file");
    assertThat(activeSnapshot()).isEqualTo(active);

    Cli.Result history = Cli.run(home, "sources", "--history");
    assertThat(history.out().lines().filter(l -> l.startsWith("zala "))).hasSize(1);
  }

  @Test
  void sizeLimitRefusesLargeFilesWithoutRetrying() throws IOException {
    sources("/data/" + ZALA);
    Cli.Result r = update("--max-size", "0.1"); // 104,858 bytes; the file has 146,373
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("larger than the size limit of 104858 bytes").doesNotContain("gave up");
    assertThat(hits.get("/data/" + ZALA).get()).isEqualTo(1);
    assertThat(Cli.run(home, "sources").out()).contains("no sources");
    Cli.Result zero = update("--max-size", "0");
    assertThat(zero.exit()).isEqualTo(2); // a size limit of 0 is a usage error
    assertThat(zero.err()).contains("size limit must be positive");
  }

  @Test
  void mirrorFolderAndMirrorUrl() throws IOException {
    sources("/nowhere/entities.ftm.json"); // the publisher URL is never contacted with a mirror
    Cli.Result dir = update("--mirror", SharedData.path("opensanctions_zala_fixture_yente").toString());
    assertThat(dir.exit()).as(dir.toString()).isZero();
    assertThat(dir.out()).contains("active");
    Cli.Result site = update("--mirror", base + "/data/opensanctions_zala_fixture_yente/");
    assertThat(site.exit()).as(site.toString()).isZero();
    assertThat(site.out()).contains("unchanged");
    assertThat(hits).doesNotContainKey("/nowhere/entities.ftm.json");
  }

  @Test
  void listShowsBuiltInSourcesWithOverrides() throws IOException {
    sources("/data/" + ZALA);
    Cli.Result r = Cli.run(home, "update", "--list");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("us_ofac_sdn").contains("https://www.treasury.gov/ofac/downloads/sdn.csv")
        .contains("un_sc_sanctions").contains("zala").contains(base);
    Cli.Result unknown = Cli.run(home, "update", "--only", "nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown source 'nope'");
  }
}
