package io.cordon.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.access.InMemoryApiKeys;
import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.Hit;
import io.cordon.cases.MemoryCaseStore;
import io.cordon.access.Access;
import io.cordon.access.Passwords;
import io.cordon.access.Scope;
import io.cordon.cases.Role;
import io.cordon.index.TokenScorer;
import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.model.Entity;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four-eyes workflow over HTTP with roles enforced: import, alert, decide, approve. */
class CaseRoutesTest {
  static CordonServer server;
  static int port;
  static String analystKey;
  static String approverKey;
  static String strangerKey;
  static String adminKey;

  static final Entity PT = Entity.builder("ofac-31455", "Company").add("name", "POSITIVE TECHNOLOGIES")
      .dataset("us_ofac_sdn").build();

  @BeforeAll
  static void start() {
    TokenScorer scorer = new TokenScorer();
    MemoryCaseStore store = new MemoryCaseStore();
    CaseService cases = new CaseService(store, party -> {
      List<Hit> hits = new ArrayList<>();
      MatchResult r = scorer.score(new MatchQuery(party.schema(), party.names(), List.of(), List.of(), List.of(), null), PT);
      if (r.score() > 0) {
        hits.add(new Hit(PT, r.score(), r.explanations(), List.of("us_ofac_sdn-1")));
      }
      return hits;
    }, scorer, Clock.systemUTC(), 0.7);
    Access access = new Access(store, Clock.systemUTC(), new Passwords(new SecureRandom(), 1000));
    access.bootstrapAdmin("admin");
    Actor admin = cases.actor("admin");
    access.createUser(admin, "analyst1", "secret-1-long".toCharArray(), Set.of(Role.ANALYST));
    access.createUser(admin, "approver1", "secret-2-long".toCharArray(), Set.of(Role.APPROVER));
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    analystKey = keys.create("analyst-key", Set.of(Scope.SCREEN, Scope.CASES), "analyst1");
    approverKey = keys.create("approver-key", Set.of(Scope.CASES), "approver1");
    // named like a user, but a plain (screening) key: it must not act as that user
    strangerKey = keys.create("analyst1");
    adminKey = keys.create("admin");
    server = CordonServer.start(ServerConfig.defaults().withPort(0), keys,
        CordonServer.routes(new CaseRoutes(cases, 100)));
    port = server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void fourEyesOverHttp() throws Exception {
    HttpTestClient analyst = new HttpTestClient(port, analystKey);
    HttpTestClient approver = new HttpTestClient(port, approverKey);
    HttpTestClient.Response imp = analyst.post("/v1/parties", """
        {"parties": [{"id": "c1", "name": "Positive Technologies", "schema": "Company"},
                     {"id": "c2", "name": "Jane Roe", "schema": "Person"}]}""");
    assertThat(imp.status()).as(imp.body()).isEqualTo(201);
    assertThat(imp.json().get("alerts").asInt()).isEqualTo(1);

    JsonNode open = analyst.get("/v1/alerts?status=open").json().get("alerts");
    assertThat(open).hasSize(1);
    long id = open.get(0).get("id").asLong();
    assertThat(open.get(0).get("party").asText()).isEqualTo("c1");
    assertThat(open.get(0).get("entity").asText()).isEqualTo("ofac-31455");

    // An approver cannot decide, an analyst cannot approve (roles enforced by the core).
    assertThat(approver.post("/v1/decisions", "{\"alert\": " + id + ", \"outcome\": \"false_positive\", \"reason\": \"x\"}")
        .status()).isEqualTo(403);
    HttpTestClient.Response d = analyst.post("/v1/decisions",
        "{\"alert\": " + id + ", \"outcome\": \"false_positive\", \"reason\": \"different company, checked registry\"}");
    assertThat(d.status()).as(d.body()).isEqualTo(201);
    assertThat(d.json().get("state").asText()).isEqualTo("pending");
    assertThat(analyst.post("/v1/alerts/" + id + "/approval", "{\"confirm\": true}").status()).isEqualTo(403);

    HttpTestClient.Response a = approver.post("/v1/alerts/" + id + "/approval", "{\"confirm\": true, \"comment\": \"ok\"}");
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    JsonNode alert = analyst.get("/v1/alerts/" + id).json();
    assertThat(alert.get("status").asText()).isEqualTo("closed-false-positive");
    assertThat(alert.get("decisions")).hasSize(1);
    assertThat(alert.get("approvals")).hasSize(1);
    assertThat(analyst.get("/v1/alerts?status=open").json().get("alerts")).isEmpty();
  }

  @Test
  void errorsNameTheProblem() throws Exception {
    HttpTestClient analyst = new HttpTestClient(port, analystKey);
    assertThat(analyst.get("/v1/alerts/999999").status()).isEqualTo(404);
    assertThat(analyst.get("/v1/alerts/abc").status()).isEqualTo(400);
    assertThat(analyst.get("/v1/alerts?status=weird").status()).isEqualTo(400);
    assertThat(analyst.post("/v1/decisions", "{\"alert\": 1, \"outcome\": \"maybe\"}").json().get("detail").asText())
        .contains("unknown outcome");
    assertThat(analyst.post("/v1/parties", "{\"parties\": [{\"id\": \"x\"}]}").status()).isEqualTo(400);
    HttpTestClient.Response stranger = new HttpTestClient(port, strangerKey).get("/v1/alerts");
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(stranger.json().get("detail").asText()).contains("no cases scope");
  }

  /**
   * Issue 13: a key named like a user acted as that user with every power, and the first-start
   * "admin" key approved a decision. Keys now screen only unless given the cases scope and a user.
   */
  @Test
  void keysActOnlyWithinTheirScopeAndAsTheirUser() throws Exception {
    HttpTestClient analyst = new HttpTestClient(port, analystKey);
    analyst.post("/v1/parties", "{\"parties\": [{\"id\": \"k1\", \"name\": \"Positive Technologies\", "
        + "\"schema\": \"Company\"}]}");
    long id = analyst.get("/v1/alerts?status=open&party=k1").json().get("alerts").get(0).get("id").asLong();
    assertThat(analyst.post("/v1/decisions", "{\"alert\": " + id + ", \"outcome\": \"false_positive\", "
        + "\"reason\": \"checked\"}").status()).isEqualTo(201);
    HttpTestClient.Response byAdminKey = new HttpTestClient(port, adminKey)
        .post("/v1/alerts/" + id + "/approval", "{\"confirm\": true}");
    assertThat(byAdminKey.status()).isEqualTo(403);
    assertThat(byAdminKey.json().get("detail").asText()).contains("no cases scope");
    HttpTestClient.Response byNamesake = new HttpTestClient(port, strangerKey).get("/v1/alerts");
    assertThat(byNamesake.status()).isEqualTo(403);
    // a case-only key cannot screen
    assertThat(new HttpTestClient(port, approverKey).get("/metrics").status()).isEqualTo(403);
  }

  @Test
  void keysInTheUrlAreScopedLikeHeadersAndNeverEchoed() throws Exception {
    HttpTestClient anon = new HttpTestClient(port, null);
    assertThat(anon.get("/v1/alerts?api_key=" + analystKey).status()).isEqualTo(200);
    assertThat(anon.get("/v1/alerts?api_key=" + adminKey).status()).isEqualTo(403);
    HttpTestClient.Response bad = anon.get("/v1/alerts?api_key=ck_not-a-key");
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.body()).doesNotContain("ck_not-a-key");
  }
}
