package io.cordon.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.access.InMemoryApiKeys;
import io.cordon.catalog.CommitOutcome;
import io.cordon.catalog.InMemoryCatalog;
import io.cordon.catalog.Snapshot;
import io.cordon.index.lucene.IndexCache;
import io.cordon.index.PlainKeys;
import io.cordon.index.TokenScorer;
import io.cordon.model.Entity;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.Screener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cordon's own API: as-of screening against list history, batch screening, snapshots and diffs. */
class V1RoutesTest {
  @TempDir static Path home;
  static CordonServer server;
  static HttpTestClient client;
  static InMemoryCatalog catalog;

  static Entity company(String id, String name) {
    return Entity.builder(id, "Company").add("name", name).dataset("us_ofac_sdn").build();
  }

  @BeforeAll
  static void start() {
    catalog = new InMemoryCatalog();
    commit("us_ofac_sdn-2019", LocalDate.of(2019, 1, 15), List.of(company("ofac-1", "ACME TRADING")));
    commit("us_ofac_sdn-2021", LocalDate.of(2021, 7, 7),
        List.of(company("ofac-1", "ACME TRADING LLC"), company("ofac-31455", "POSITIVE TECHNOLOGIES")));
    CatalogIndexes indexes = new CatalogIndexes(catalog, new IndexCache(home, new PlainKeys()));
    indexes.refresh();
    Screener screener = new Screener(indexes, new TokenScorer(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    String key = keys.create("t");
    server = CordonServer.start(ServerConfig.defaults().withPort(0), keys,
        CordonServer.routes(new V1Routes(screener, catalog, 3), new OpenApiRoute()));
    client = new HttpTestClient(server.port(), key);
  }

  static void commit(String id, LocalDate published, List<Entity> entities) {
    CommitOutcome o = catalog.commit(new Snapshot(id, "us_ofac_sdn", "ofac-sdn-csv", "0".repeat(64),
        Optional.of(published), Instant.parse(published + "T12:00:00Z"), entities.size(), entities.size()), entities);
    assertThat(o).isNotNull();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void screeningAsOfADateUsesTheListsInForceThen() throws Exception {
    JsonNode before = client.post("/v1/screen", "{\"name\": \"Positive Technologies\", \"asOf\": \"2020-01-01\"}").json();
    assertThat(before.get("alert").asBoolean()).isFalse();
    assertThat(before.get("snapshots").toString()).contains("us_ofac_sdn-2019");
    JsonNode after = client.post("/v1/screen", "{\"name\": \"Positive Technologies\", \"asOf\": \"2021-07-10\"}").json();
    assertThat(after.get("alert").asBoolean()).isTrue();
    assertThat(after.at("/results/0/id").asText()).isEqualTo("ofac-31455");
    HttpTestClient.Response early = client.post("/v1/screen", "{\"name\": \"x\", \"asOf\": \"2000-01-01\"}");
    assertThat(early.status()).isEqualTo(503);
    assertThat(early.json().get("detail").asText()).contains("2000-01-01");
  }

  @Test
  void batchScreensEachPartyAndLimitsTheBatchSize() throws Exception {
    JsonNode r = client.post("/v1/screen/batch",
        "{\"parties\": [{\"name\": \"Positive Technologies\"}, {\"names\": [\"Jane Roe\"], \"schema\": \"Person\"}]}").json();
    assertThat(r.get("responses")).hasSize(2);
    assertThat(r.at("/responses/0/alert").asBoolean()).isTrue();
    assertThat(r.at("/responses/1/alert").asBoolean()).isFalse();
    HttpTestClient.Response big = client.post("/v1/screen/batch",
        "{\"parties\": [{\"name\": \"a\"}, {\"name\": \"b\"}, {\"name\": \"c\"}, {\"name\": \"d\"}]}");
    assertThat(big.status()).isEqualTo(400);
    assertThat(big.json().get("detail").asText()).contains("too many parties");
    HttpTestClient.Response bad = client.post("/v1/screen", "{\"name\": \"a\", \"country\": \"Narnia\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asText()).contains("Narnia");
  }

  @Test
  void snapshotsAndDiff() throws Exception {
    JsonNode snaps = client.get("/v1/sources/us_ofac_sdn/snapshots").json();
    assertThat(snaps.get("snapshots")).hasSize(2);
    assertThat(snaps.at("/snapshots/1/active").asBoolean()).isTrue();
    JsonNode diff = client.get("/v1/sources/us_ofac_sdn/diff").json();
    assertThat(diff.at("/added/0/id").asText()).isEqualTo("ofac-31455");
    assertThat(diff.at("/changed/0/id").asText()).isEqualTo("ofac-1");
    assertThat(diff.at("/changed/0/properties/0").asText()).isEqualTo("name");
    assertThat(client.get("/v1/sources/nope/snapshots").status()).isEqualTo(404);
    assertThat(client.get("/v1/sources/us_ofac_sdn/diff?from=nope").status()).isEqualTo(404);
    JsonNode sources = client.get("/v1/sources").json();
    assertThat(sources.at("/sources/0/id").asText()).isEqualTo("us_ofac_sdn-2021");
  }

  @Test
  void openApiIsServedWithoutAKeyAndListsTheEndpoints() throws Exception {
    HttpTestClient.Response r = new HttpTestClient(server.port(), null).get("/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    JsonNode paths = r.json().get("paths");
    for (String p : List.of("/match/{dataset}", "/v1/screen", "/v1/screen/batch", "/v1/sources/{source}/diff")) {
      assertThat(paths.has(p)).as(p).isTrue();
    }
  }
}
