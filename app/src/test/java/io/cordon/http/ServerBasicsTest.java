package io.cordon.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.access.InMemoryApiKeys;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerBasicsTest {
  static CordonServer server;
  static String key;
  static final AtomicReference<Optional<String>> notReady = new AtomicReference<>(Optional.of("no lists loaded"));

  @BeforeAll
  static void start() {
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    key = keys.create("test");
    server = CordonServer.start(ServerConfig.defaults().withPort(0), keys,
        CordonServer.routes(new HealthRoutes(notReady::get), app -> {
          app.get("/v1/boom", ctx -> {
            throw new IllegalStateException("secret internal detail");
          });
          app.post("/v1/echo", ctx -> ctx.json(ctx.bodyAsClass(java.util.Map.class)));
        }));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthIsOpenAndReadinessTellsWhy() throws Exception {
    HttpTestClient anon = new HttpTestClient(server.port(), null);
    assertThat(anon.get("/healthz").status()).isEqualTo(200);
    HttpTestClient.Response r = anon.get("/readyz");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("detail").asText()).isEqualTo("Index not ready.");
    assertThat(r.json().get("reason").asText()).isEqualTo("no lists loaded");
    notReady.set(Optional.empty());
    assertThat(anon.get("/readyz").status()).isEqualTo(200);
  }

  @Test
  void apiNeedsAValidKey() throws Exception {
    HttpTestClient anon = new HttpTestClient(server.port(), null);
    HttpTestClient.Response r = anon.get("/metrics");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("detail").asText()).contains("ApiKey");
    assertThat(anon.withKey("ck_wrong").get("/metrics").status()).isEqualTo(401);
    assertThat(anon.withKey(key).get("/metrics").status()).isEqualTo(200);
  }

  @Test
  void errorsAreJsonWithoutStackTraces() throws Exception {
    HttpTestClient c = new HttpTestClient(server.port(), key);
    HttpTestClient.Response boom = c.get("/v1/boom");
    assertThat(boom.status()).isEqualTo(500);
    assertThat(boom.body()).doesNotContain("secret internal detail").doesNotContain("at io.cordon");
    assertThat(boom.json().get("detail").asText()).contains("incident");

    HttpTestClient.Response bad = c.post("/v1/echo", "{not json");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asText()).startsWith("invalid JSON");

    HttpTestClient.Response missing = c.get("/v1/nothing-here");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("detail").asText()).isEqualTo("Not Found");
    assertThat(missing.json().get("path").asText()).contains("/v1/nothing-here");
  }

  @Test
  void metricsCountRequestsByRoute() throws Exception {
    HttpTestClient c = new HttpTestClient(server.port(), key);
    c.get("/healthz");
    String text = c.get("/metrics").body();
    assertThat(text).contains("cordon_http_requests_seconds_count{method=\"GET\",route=\"/healthz\",status=\"200\"}");
  }

  @Test
  void oversizedBodiesAreRefused() throws Exception {
    HttpTestClient c = new HttpTestClient(server.port(), key);
    String big = "{\"x\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}";
    HttpTestClient.Response r = c.post("/v1/echo", big);
    assertThat(r.status()).isEqualTo(413);
  }
}
