package io.cordon.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.access.InMemoryApiKeys;
import io.cordon.catalog.InMemoryCatalog;
import io.cordon.match.Scorers;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.screening.Screener;
import io.cordon.screening.payment.Embargoes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/screen/message and /v1/scan over a real server, on the bundled demo list (OFAC entries). */
class PaymentRoutesTest {
  @TempDir static Path home;
  static CordonServer server;
  static HttpTestClient client;
  static String casesKey;
  static final Path FIXTURES = Path.of("src/test/resources/payments");
  static final io.cordon.cases.MemoryCaseStore CASES = new io.cordon.cases.MemoryCaseStore();
  static final io.cordon.cases.MessageQueue QUEUE = new io.cordon.cases.MessageQueue(CASES, Clock.systemUTC());

  @BeforeAll
  static void start() {
    InMemoryCatalog catalog = DemoCatalog.catalog();
    Screener screener = DemoCatalog.screener(catalog, home);
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    String key = keys.create("t");
    io.cordon.cases.CaseService cases = new io.cordon.cases.CaseService(CASES, p -> List.of(), Scorers.standard(),
        Clock.systemUTC(), 0.7);
    io.cordon.access.Access access = new io.cordon.access.Access(CASES, Clock.systemUTC(),
        new io.cordon.access.Passwords(new java.security.SecureRandom(), 1000));
    access.bootstrapAdmin("admin");
    access.createUser(cases.actor("admin"), "analyst1", "secret-1-long".toCharArray(),
        java.util.Set.of(io.cordon.cases.Role.ANALYST));
    casesKey = keys.create("case-key", java.util.Set.of(io.cordon.access.Scope.CASES), "analyst1");
    server = CordonServer.start(ServerConfig.defaults().withPort(0), keys, CordonServer.routes(
        new PaymentRoutes(catalog, screener, new RuleLoader().loadBundled(), PolicyBook.bundled(), Embargoes.bundled(),
            Clock.systemUTC(), QUEUE), new CaseRoutes(cases, 100, QUEUE), new OpenApiRoute()));
    client = new HttpTestClient(server.port(), key);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode message(String body) throws Exception {
    HttpTestClient.Response r = client.post("/v1/screen/message", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("messages");
  }

  @Test
  void heldAndPassedMessages() throws Exception {
    JsonNode kilimnik = message(Files.readString(FIXTURES.resolve("mt103_person_ordering.fin")));
    assertThat(kilimnik.get(0).get("decision").asText()).isEqualTo("hold");
    assertThat(kilimnik.get(0).get("hits").get(0).get("entity").get("id").asText()).isEqualTo("ofac-31291");
    JsonNode cbr = message(Files.readString(FIXTURES.resolve("pacs008_central_bank_creditor_agent.xml")));
    assertThat(cbr.get(0).get("decision").asText()).isEqualTo("hold");
    assertThat(cbr.get(0).get("hits").get(0).get("rule").asText()).isEqualTo("eo14024-d4-all-transactions");
    JsonNode clean = message(Files.readString(FIXTURES.resolve("pacs008_clean.xml")));
    assertThat(clean.get(0).get("decision").asText()).isEqualTo("pass");
  }

  @Test
  void heldMessageGoesToTheCaseQueueUnlessQueueIsFalse() throws Exception {
    String body = Files.readString(FIXTURES.resolve("mt103_person_ordering.fin"));
    int before = QUEUE.messages(io.cordon.cases.Actor.SYSTEM, 0).size();
    HttpTestClient.Response r = client.post("/v1/screen/message?queue=false", body);
    assertThat(r.json().get("messages").get(0).get("decision").asText()).isEqualTo("hold");
    assertThat(r.json().get("messages").get(0).has("case")).isFalse();
    assertThat(QUEUE.messages(io.cordon.cases.Actor.SYSTEM, 0)).hasSize(before);
    JsonNode queued = message(body).get(0);
    JsonNode c = queued.get("case");
    assertThat(c.get("alerts")).hasSize(1);
    io.cordon.cases.MessageCase m = QUEUE.message(io.cordon.cases.Actor.SYSTEM, c.get("message").asLong());
    assertThat(m.raw()).isEqualTo(body.strip());
    assertThat(m.source()).isEqualTo("POST /v1/screen/message (key t)");
    io.cordon.cases.QueuedHit h = m.hits().get(0);
    assertThat(m.raw().substring(h.start(), h.end())).isEqualTo("KONSTANTIN KILIMNIK");
    assertThat(h.alertId()).isEqualTo(c.get("alerts").get(0).asLong());

    // GET /v1/messages/{id}: a case key; the stored message with its status and placed hits
    HttpTestClient analyst = client.withKey(casesKey);
    HttpTestClient.Response got = analyst.get("/v1/messages/" + m.id());
    assertThat(got.status()).as(got.body()).isEqualTo(200);
    JsonNode j = got.json();
    assertThat(j.get("status").asText()).isEqualTo("held");
    assertThat(j.get("type").asText()).isEqualTo("MT103");
    String raw = j.get("raw").asText();
    JsonNode hit = j.get("hits").get(0);
    assertThat(raw.substring(hit.get("start").asInt(), hit.get("end").asInt())).isEqualTo("KONSTANTIN KILIMNIK");
    assertThat(hit.get("entity").get("id").asText()).isEqualTo("ofac-31291");
    assertThat(hit.get("alert").asLong()).isEqualTo(h.alertId());
    assertThat(client.get("/v1/messages/" + m.id()).status()).isEqualTo(403);
    assertThat(analyst.get("/v1/messages/99999").status()).isEqualTo(404);
    assertThat(analyst.get("/v1/messages/x").status()).isEqualTo(404);
  }

  @Test
  void unreadableMessageIsHeldWithTheError() throws Exception {
    JsonNode m = message("{1:F01BANKDEFFAXXX0000000000}{2:I103BANKGB2LXXXXN}{4:\r\n:20:X\r\n");
    assertThat(m.get(0).get("decision").asText()).isEqualTo("hold");
    assertThat(m.get(0).get("error").asText()).contains("block 4 not terminated");
    JsonNode xxe = message("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Document/>");
    assertThat(xxe.get(0).get("decision").asText()).isEqualTo("hold");
    assertThat(xxe.get(0).get("error").asText()).contains("refused");
  }

  @Test
  void badRequests() throws Exception {
    assertThat(client.post("/v1/screen/message", "").status()).isEqualTo(400);
    HttpTestClient.Response policy = client.post("/v1/screen/message?policy=mars", "{1:");
    assertThat(policy.status()).isEqualTo(400);
    assertThat(policy.body()).contains("unknown screening policy 'mars'").doesNotContain("Exception");
    assertThat(client.post("/v1/scan?asOf=yesterday", "text").status()).isEqualTo(400);
    assertThat(client.withKey(null).post("/v1/scan", "Konstantin Kilimnik").status()).isEqualTo(401);
  }

  @Test
  void scanFindsTheListedPersonWithOffsets() throws Exception {
    String text = "Payment approved by Konstantin Kilimnik; Konstantin alone is a first name.";
    HttpTestClient.Response r = client.post("/v1/scan", text);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode mentions = r.json().get("mentions");
    List<String> alerts = new ArrayList<>();
    for (JsonNode m : mentions) {
      if (m.get("match").asBoolean()) {
        alerts.add(text.substring(m.get("start").asInt(), m.get("end").asInt()) + "=" + m.get("entity").get("id").asText());
      }
    }
    assertThat(alerts).containsExactly("Konstantin Kilimnik=ofac-31291");
  }

  @Test
  void routesAreInTheOpenApiDocument() throws Exception {
    JsonNode doc = client.get("/openapi.json").json();
    assertThat(doc.get("paths").has("/v1/screen/message")).isTrue();
    assertThat(doc.get("paths").has("/v1/scan")).isTrue();
  }
}
