package io.cordon.catalog.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries (Failsafe) over a real local HTTP server: what is retried, how often, and how long between tries. */
class HttpFetcherRetryTest {
  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<Long> times = new ArrayList<>();
  private volatile int[] statuses;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      int n = calls.getAndIncrement();
      synchronized (times) {
        times.add(System.nanoTime());
      }
      int status = statuses[Math.min(n, statuses.length - 1)];
      byte[] body = "list".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, status == 200 ? body.length : -1);
      if (status == 200) {
        ex.getResponseBody().write(body);
      }
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpFetcher.Result fetch(int attempts, Duration backoff) throws Exception {
    HttpFetcher.Config cfg = new HttpFetcher.Config(Duration.ofSeconds(5), Duration.ofSeconds(5), attempts, backoff, 1 << 20);
    try (HttpFetcher f = new HttpFetcher(cfg)) {
      return f.fetch(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/list.csv"),
          dir.resolve("list.csv"), Optional.empty(), HttpFetcher.Progress.NONE);
    }
  }

  @Test
  void serverErrorsAreRetriedWithDoublingWaits() {
    statuses = new int[] {500};
    assertThatThrownBy(() -> fetch(3, Duration.ofMillis(200))).isInstanceOf(DownloadException.class)
        .hasMessageEndingWith("HTTP 500 (gave up after 3 attempts)");
    assertThat(calls.get()).isEqualTo(3);
    long first = (times.get(1) - times.get(0)) / 1_000_000;
    long second = (times.get(2) - times.get(1)) / 1_000_000;
    assertThat(first).isGreaterThanOrEqualTo(190);
    assertThat(second).isGreaterThanOrEqualTo(390);
  }

  @Test
  void aPassingFailureIsOvercome() throws Exception {
    statuses = new int[] {503, 429, 200};
    HttpFetcher.Result r = fetch(3, Duration.ofMillis(1));
    assertThat(r).isInstanceOf(HttpFetcher.Fetched.class);
    assertThat(Files.readString(dir.resolve("list.csv"))).isEqualTo("list");
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void permanentFailuresAreNotRetried() {
    statuses = new int[] {404};
    assertThatThrownBy(() -> fetch(3, Duration.ZERO)).isInstanceOf(DownloadException.class)
        .hasMessageEndingWith("HTTP 404");
    assertThat(calls.get()).isEqualTo(1);
  }
}
