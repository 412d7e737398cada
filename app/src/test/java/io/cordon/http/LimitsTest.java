package io.cordon.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.access.InMemoryApiKeys;
import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.Hit;
import io.cordon.cases.MemoryCaseStore;
import io.cordon.access.Access;
import io.cordon.access.Passwords;
import io.cordon.cases.Role;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.PlainKeys;
import io.cordon.index.TokenScorer;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.screening.IndexSource;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: every limit over a real socket. Each case failed on main: a 100 MB chunked body
 * was read, oversized names reached Lucene's clause limit (500), deep JSON gave a 500, the search
 * offset overflowed and {@code limit=0} listed every alert.
 */
class LimitsTest {
  static CordonServer server;
  static HttpTestClient client;
  static HttpTestClient analyst;
  static int port;

  @BeforeAll
  static void start() {
    IndexHolder holder = new IndexHolder(LuceneIndexes.inMemory(List.of(
        new IndexInput("us_ofac_sdn-abc", "us_ofac_sdn", List.of(YenteRoutesTest.PT, YenteRoutesTest.KILIMNIK)),
        new IndexInput("un_sc_sanctions-def", "un_sc_sanctions", List.of(YenteRoutesTest.UN_PERSON))),
        new PlainKeys()));
    Screener screener = new Screener(IndexSource.of(holder), new TokenScorer(), Clock.systemUTC(),
        Screener.Settings.DEFAULTS);
    Map<String, Screener> screeners = new LinkedHashMap<>();
    screeners.put("test-tokens", screener);
    MemoryCaseStore store = new MemoryCaseStore();
    CaseService cases = new CaseService(store, party -> screener.screen(
        ScreeningQuery.of(party.toQuery())).results().stream()
        .map(r -> new Hit(r.entity(), r.score(), r.explanations(), List.of(r.snapshotId()))).toList(),
        new TokenScorer(), Clock.systemUTC(), 0.7);
    Access access = new Access(store, Clock.systemUTC(), new Passwords(new SecureRandom(), 1000));
    access.bootstrapAdmin("admin");
    Actor admin = cases.actor("admin");
    access.createUser(admin, "analyst1", "secret-1-long".toCharArray(), Set.of(Role.ANALYST));
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    String key = keys.create("client");
    String analystKey = keys.create("analyst-key", Set.of(io.cordon.access.Scope.CASES), "analyst1");
    server = CordonServer.start(ServerConfig.defaults().withPort(0), keys, CordonServer.routes(
        new YenteRoutes(screeners, new YenteRoutesTest.Lists(), 1000),
        new V1Routes(screener, null, 1000),
        new CaseRoutes(cases, 1000)));
    port = server.port();
    client = new HttpTestClient(port, key);
    analyst = new HttpTestClient(port, analystKey);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String unknownWords(int n) {
    Random r = new Random(n);
    StringBuilder b = new StringBuilder("Konstantin Kilimnik");
    for (int i = 0; i < n; i++) {
      b.append(' ');
      for (int j = 0; j < 6; j++) {
        b.append((char) ('a' + r.nextInt(26)));
      }
    }
    return b.toString();
  }

  static String match(String... names) {
    StringBuilder b = new StringBuilder("{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[");
    for (int i = 0; i < names.length; i++) {
      b.append(i == 0 ? "" : ",").append('"').append(names[i]).append('"');
    }
    return b.append("]}}}}").toString();
  }

  @Test
  void chunkedBodyOverTheLimitIsRefusedWhileStreaming() throws Exception {
    long size = 100L * 1024 * 1024;
    InputStream endless = new InputStream() {
      long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'a');
        left -= n;
        return n;
      }
    };
    long t0 = System.nanoTime();
    HttpTestClient.Response r;
    try {
      // ofInputStream has no length: the client sends Transfer-Encoding: chunked
      r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/match/default"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)));
    } catch (java.io.IOException e) {
      // the server may answer 413 and close before the client finished sending: also a refusal,
      // as long as it came early (reading 100 MB would take far longer than the check below)
      r = null;
    }
    if (r != null) {
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.json().get("detail").asText()).contains("larger than");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aWordOverAThousandCharactersIsA400NotA500() throws Exception {
    HttpTestClient.Response r = client.post("/match/default", match("Konstantin " + "k".repeat(1200)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("characters");
  }

  @Test
  void fifteenHundredUnknownWordsAreA400NotA500() throws Exception {
    HttpTestClient.Response r = client.post("/match/default", match(unknownWords(1500)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("name");
    // within the character limit, too many words are refused on their own
    HttpTestClient.Response words = client.post("/match/default", match("ab ".repeat(120)));
    assertThat(words.status()).isEqualTo(400);
    assertThat(words.body()).contains("120 words");
    HttpTestClient.Response v1 = client.post("/v1/screen", "{\"name\":\"" + unknownWords(1500) + "\"}");
    assertThat(v1.status()).isEqualTo(400);
  }

  @Test
  void threeThousandNamesAreRefusedAtOnce() throws Exception {
    String[] names = new String[3000];
    for (int i = 0; i < names.length; i++) {
      names[i] = "Konstantin Kilimnik" + i;
    }
    long t0 = System.nanoTime();
    HttpTestClient.Response r = client.post("/match/default", match(names));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("3000 names");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void deepJsonIsA400() throws Exception {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    HttpTestClient.Response r = client.post("/match/default", "{\"queries\":" + deep + "}");
    // yente's contract answers body errors of /match with 422 and a validation list
    assertThat(r.status()).isIn(400, 422);
    assertThat(r.body()).containsIgnoringCase("nesting");
    assertThat(client.post("/v1/screen", "{\"name\":" + deep + "}").status()).isEqualTo(400);
    assertThat(analyst.post("/v1/parties", "{\"parties\":" + deep + "}").status()).isEqualTo(400);
  }

  @Test
  void searchOffsetCannotOverflow() throws Exception {
    HttpTestClient.Response r = client.get("/search/default?q=kilimnik&offset=2147483647");
    assertThat(r.status()).isIn(400, 422);
    assertThat(r.body()).contains("offset");
    assertThat(client.get("/search/default?q=kilimnik&limit=2147483647").status()).isIn(400, 422);
    HttpTestClient.Response ok = client.get("/search/default?q=kilimnik&offset=0&limit=5");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("results").get(0).get("id").asText()).isEqualTo("ofac-31291");
  }

  @Test
  void alertListingsAreAlwaysBounded() throws Exception {
    assertThat(analyst.get("/v1/alerts?limit=0").status()).isEqualTo(400);
    assertThat(analyst.get("/v1/alerts?limit=100000").status()).isEqualTo(400);
    assertThat(analyst.get("/v1/alerts?limit=10").status()).isEqualTo(200);
  }

  @Test
  void partyImportIsAllOrNothing() throws Exception {
    String body = "{\"parties\":[{\"id\":\"ok-1\",\"name\":\"Konstantin Kilimnik\"},"
        + "{\"id\":\"bad-2\",\"name\":\"" + unknownWords(1500) + "\"}]}";
    HttpTestClient.Response r = analyst.post("/v1/parties", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).contains("bad-2").contains("name");
    assertThat(analyst.get("/v1/parties/ok-1").status()).isEqualTo(404);
  }

  @Test
  void aRequestOverItsTimeBudgetStopsWithA503() throws Exception {
    IndexHolder holder = new IndexHolder(LuceneIndexes.inMemory(List.of(
        new IndexInput("us_ofac_sdn-abc", "us_ofac_sdn", List.of(YenteRoutesTest.KILIMNIK))), new PlainKeys()));
    Screener screener = new Screener(IndexSource.of(holder), new TokenScorer(), Clock.systemUTC(),
        Screener.Settings.DEFAULTS);
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    String key = keys.create("client");
    try (CordonServer s = CordonServer.start(ServerConfig.defaults().withPort(0), keys, CordonServer.routes(
        new YenteRoutes(Map.of("t", screener), new YenteRoutesTest.Lists(), 1000, Duration.ofNanos(1))))) {
      StringBuilder b = new StringBuilder("{\"queries\":{");
      for (int i = 0; i < 50; i++) {
        b.append(i == 0 ? "" : ",").append("\"q").append(i)
            .append("\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Kilimnik\"]}}");
      }
      HttpTestClient.Response r = new HttpTestClient(s.port(), key).post("/match/default", b.append("}}").toString());
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.json().get("detail").asText()).contains("time budget");
    }
  }
}
