package io.cordon.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.access.InMemoryApiKeys;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Operational behaviour over a real socket: request ids, gzip, Retry-After, CORS, graceful stop. */
class OperationsTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private CordonServer server(HttpOptions options) {
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    return CordonServer.start(ServerConfig.defaults().withPort(0).withApiKeyRequired(false), keys,
        CordonServer.routes(new HealthRoutes(() -> Optional.of("no lists loaded")), app -> {
          app.get("/v1/big", ctx -> ctx.json(Map.of("text", "x".repeat(2000))));
          app.get("/v1/small", ctx -> ctx.json(Map.of("ok", true)));
          app.get("/v1/busy", ctx -> {
            throw new ApiException(429, "slow down");
          });
          app.get("/v1/slow", ctx -> {
            Thread.sleep(1500);
            ctx.json(Map.of("finished", true));
          });
        }), options);
  }

  private HttpResponse<byte[]> get(CordonServer s, String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void requestIdsAreReturnedAndCallersOnesKept() throws Exception {
    try (CordonServer s = server(HttpOptions.defaults())) {
      String mine = get(s, "/v1/small", Map.of("X-Request-Id", "abc-123")).headers().firstValue("X-Request-Id").orElse(null);
      assertThat(mine).isEqualTo("abc-123");
      String made = get(s, "/v1/small", Map.of("X-Request-Id", "x".repeat(100))).headers()
          .firstValue("X-Request-Id").orElse("");
      assertThat(made).matches("[0-9a-f]{16}");
      String other = get(s, "/v1/small", Map.of()).headers().firstValue("X-Request-Id").orElse("");
      assertThat(other).matches("[0-9a-f]{16}").isNotEqualTo(made);
    }
  }

  @Test
  void largeResponsesAreGzippedForClientsThatAcceptIt() throws Exception {
    try (CordonServer s = server(HttpOptions.defaults())) {
      HttpResponse<byte[]> big = get(s, "/v1/big", Map.of("Accept-Encoding", "gzip"));
      assertThat(big.headers().firstValue("Content-Encoding")).contains("gzip");
      String text = new String(new GZIPInputStream(new ByteArrayInputStream(big.body())).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("xxxx");
      assertThat(get(s, "/v1/small", Map.of("Accept-Encoding", "gzip")).headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(get(s, "/v1/big", Map.of()).headers().firstValue("Content-Encoding")).isEmpty();
    }
  }

  @Test
  void retryAfterOn429And503() throws Exception {
    try (CordonServer s = server(HttpOptions.defaults())) {
      HttpResponse<byte[]> busy = get(s, "/v1/busy", Map.of());
      assertThat(busy.statusCode()).isEqualTo(429);
      assertThat(busy.headers().firstValue("Retry-After")).contains("10");
      HttpResponse<byte[]> notReady = get(s, "/readyz", Map.of());
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.headers().firstValue("Retry-After")).contains("10");
      assertThat(get(s, "/v1/small", Map.of()).headers().firstValue("Retry-After")).isEmpty();
    }
  }

  @Test
  void corsOnlyForConfiguredOrigins() throws Exception {
    try (CordonServer off = server(HttpOptions.defaults())) {
      assertThat(get(off, "/v1/small", Map.of("Origin", "https://app.example")).headers()
          .firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    try (CordonServer on = server(HttpOptions.defaults().withCorsOrigins(List.of("https://app.example")))) {
      assertThat(get(on, "/v1/small", Map.of("Origin", "https://app.example")).headers()
          .firstValue("Access-Control-Allow-Origin")).contains("https://app.example");
      assertThat(get(on, "/v1/small", Map.of("Origin", "https://evil.example")).headers()
          .firstValue("Access-Control-Allow-Origin")).isEmpty();
      HttpResponse<byte[]> preflight = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + "/v1/small"))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://app.example")
          .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,content-type")
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(preflight.statusCode()).isLessThan(300);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example");
    }
    try (CordonServer any = server(HttpOptions.defaults().withCorsOrigins(List.of("*")))) {
      assertThat(get(any, "/v1/small", Map.of("Origin", "https://anyone.example")).headers()
          .firstValue("Access-Control-Allow-Origin")).isPresent();
    }
  }

  @Test
  void stopFinishesRequestsInFlight() throws Exception {
    CordonServer s = server(HttpOptions.defaults());
    CompletableFuture<HttpResponse<byte[]>> slow = http.sendAsync(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + s.port() + "/v1/slow")).build(), HttpResponse.BodyHandlers.ofByteArray());
    Thread.sleep(400);
    long t = System.nanoTime();
    s.close();
    HttpResponse<byte[]> r = slow.get();
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("finished");
    assertThat((System.nanoTime() - t) / 1_000_000).as("close waited for the request").isGreaterThan(500);
  }
}
