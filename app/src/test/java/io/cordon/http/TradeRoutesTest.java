package io.cordon.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.access.InMemoryApiKeys;
import io.cordon.catalog.InMemoryCatalog;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.screening.Screener;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's measures over HTTP: EO 14024 Directive 1, 1A and 4 on both sides of their dates. */
class TradeRoutesTest {
  @TempDir static Path home;
  static CordonServer server;
  static HttpTestClient client;

  @BeforeAll
  static void start() {
    InMemoryCatalog catalog = DemoCatalog.catalog();
    assertThat(catalog.sources()).contains("us_ofac_sdn", "us_ofac_cons");
    Screener screener = DemoCatalog.screener(catalog, home);
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    String key = keys.create("t");
    server = CordonServer.start(ServerConfig.defaults().withPort(0), keys, CordonServer.routes(
        new TradeRoutes(catalog, screener, new RuleLoader().loadBundled(), PolicyBook.bundled(), Clock.systemUTC())));
    client = new HttpTestClient(server.port(), key);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode trade(String fields) throws Exception {
    HttpTestClient.Response r = client.post("/v1/screen/trade",
        "{\"actorJurisdiction\": \"US\", \"actorKind\": \"financial-institution\", " + fields + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void directiveOneAndOneAAndFour() throws Exception {
    String minfin = "\"counterparty\": \"Ministry of Finance of the Russian Federation\", \"instrument\": \"bond\", ";
    assertThat(trade(minfin + "\"market\": \"primary\", \"issueDate\": \"2021-06-30\", \"tradeDate\": \"2021-07-01\"")
        .get("decision").asText()).isEqualTo("prohibited");
    assertThat(trade(minfin + "\"market\": \"secondary\", \"issueDate\": \"2021-06-30\", \"tradeDate\": \"2021-08-01\"")
        .get("decision").asText()).isEqualTo("allowed");
    assertThat(trade(minfin + "\"market\": \"secondary\", \"issueDate\": \"2022-03-02\", \"tradeDate\": \"2022-03-10\"")
        .get("decision").asText()).isEqualTo("prohibited");
    String cbr = "\"entity\": \"ofac-31695\", \"instrument\": \"other\", ";
    assertThat(trade(cbr + "\"tradeDate\": \"2022-03-01\", \"purpose\": \"other\"").get("decision").asText())
        .isEqualTo("prohibited");
    // energy: General License 8A authorises it; no purpose given: review, saying so
    assertThat(trade(cbr + "\"tradeDate\": \"2022-03-01\", \"purpose\": [\"energy\"]").get("decision").asText())
        .isEqualTo("allowed");
    JsonNode open = trade(cbr + "\"tradeDate\": \"2022-03-01\"");
    assertThat(open.get("decision").asText()).isEqualTo("review");
    assertThat(open.get("reasons").toString()).contains("missing: purpose");
    assertThat(trade(cbr + "\"tradeDate\": \"2022-02-27\"").get("decision").asText()).isEqualTo("allowed");
  }

  @Test
  void badRequestsNameTheField() throws Exception {
    HttpTestClient.Response r = client.post("/v1/screen/trade", "{\"counterparty\": \"x\", \"tradeDate\": \"2022-01-01\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).contains("instrument");
    r = client.post("/v1/screen/trade", "{\"instrument\": \"bond\", \"market\": \"primary\", \"tradeDate\": \"2022-01-01\", "
        + "\"counterparty\": \"x\", \"colour\": \"red\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).contains("colour");
  }
}
