package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.access.InMemoryApiKeys;
import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.CaseServices;
import io.cordon.cases.Role;
import io.cordon.http.CaseRoutes;
import io.cordon.http.CordonServer;
import io.cordon.http.ServerConfig;
import io.cordon.http.V1Routes;
import io.cordon.index.lucene.IndexCache;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.Screener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the HTTP API give the same JSON for the same thing.
 * <ul>
 *   <li>Alerts: {@code cordon alerts --json} and {@code GET /v1/alerts}.</li>
 *   <li>Screening results: {@code cordon screen --json} and {@code POST /v1/screen} (both are
 *       {@code ScreeningJson.scored}). Drift fixed by that: the CLI's explanation scores were
 *       unrounded and it lacked {@code features}, {@code target} and the seen dates. The envelopes
 *       differ on purpose: the CLI's is one of yente's match responses (status, query, total), the
 *       API's carries {@code alert}; threshold, algorithm, candidates and snapshots agree.</li>
 *   <li>Snapshots and deltas: {@code cordon sources [--history] --json} and {@code GET /v1/sources},
 *       {@code /v1/sources/{source}/snapshots}; {@code cordon diff SOURCE --json --all} and
 *       {@code GET /v1/sources/{source}/diff} (both are {@code catalog.CatalogJson}). The CLI took the
 *       API's names ({@code id}, was {@code snapshot}; {@code imported} to the full instant, was cut to
 *       seconds), the API the CLI's extra fields ({@code effective}; {@code schema} and {@code names}
 *       of changed entities); {@code active} in a delta is now true for the active snapshot.</li>
 * </ul>
 */
class AlertJsonSameFormTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  @TempDir Path work;

  @Test
  void alertsAgree() throws Exception {
    Path book = Files.writeString(work.resolve("book.csv"), """
        id,name,type,birth_date
        C1,Positive Technologies,Company,
        C2,Jane Roe,Person,
        C3,Ivan Petrovich Sidorenko,Person,1961-03-14
        """);
    importList("t-9,Person,Ivan Petrovich SIDORENKO,TEST,1961-03-14\n");
    // the same person on a second list, same name and birth date: one party with two listings (issue 14 item 3)
    Path other = Files.writeString(work.resolve("other.csv"),
        "id,schema,name,program,birth_date\nu-9,Person,SIDORENKO Ivan Petrovich,OTHER,1961-03-14\n");
    ok(Cli.run(home, "import", other.toString(), "--source", "other_list"));
    ok(Cli.run(home, "parties", "import", book.toString()));
    Cli.Result cli = ok(Cli.run(home, "alerts", "--json"));
    JsonNode fromCli = JSON.readTree(cli.out());
    assertThat(fromCli).as(cli.toString()).hasSize(2);
    JsonNode c1 = alertOf(fromCli, "C1");
    assertThat(c1.get("entity").asText()).isEqualTo("t-1");
    // the alert priority the screener gave is stored with the alert (issue 14 item 4)
    JsonNode priority = c1.get("priority");
    assertThat(priority.isNumber()).as(cli.toString()).isTrue();
    assertThat(priority.asDouble()).isGreaterThan(0).isLessThanOrEqualTo(c1.get("score").asDouble());
    assertThat(c1.get("listings")).hasSize(1);
    assertThat(c1.get("listings").get(0).get("id").asText()).isEqualTo("t-1");
    assertThat(c1.get("listing_evidence")).isEmpty();
    // every listing of the party, the alert's own first, with the evidence (issue 14 item 3)
    JsonNode c3 = alertOf(fromCli, "C3");
    String own = c3.get("entity").asText();
    assertThat(own).isIn("t-9", "u-9");
    JsonNode listings = c3.get("listings");
    assertThat(listings).as(cli.toString()).hasSize(2);
    assertThat(listings.get(0).get("id").asText()).isEqualTo(own);
    Set<String> ids = new HashSet<>();
    Set<String> lists = new HashSet<>();
    listings.forEach(l -> {
      ids.add(l.get("id").asText());
      lists.add(l.get("dataset").asText());
    });
    assertThat(ids).containsExactlyInAnyOrder("t-9", "u-9");
    assertThat(lists).contains("other_list").hasSize(2);
    assertThat(strings(c3.get("datasets"))).isEqualTo(lists);
    assertThat(c3.get("listing_evidence").get(0).asText()).contains("t-9", "u-9", "birth date 1961-03-14");
    // openapi.json describes exactly these fields (its Alert schema lists them all as required)
    JsonNode schema;
    try (java.io.InputStream in = io.cordon.http.CordonServer.class.getResourceAsStream("/io/cordon/http/openapi.json")) {
      schema = JSON.readTree(in).at("/components/schemas/Alert");
    }
    Set<String> documented = new HashSet<>();
    schema.get("required").forEach(n -> documented.add(n.asText()));
    Set<String> given = new HashSet<>();
    c3.fieldNames().forEachRemaining(given::add);
    assertThat(given).isEqualTo(documented);
    assertThat(schema.get("properties").size()).isEqualTo(documented.size());

    Main main = new Main();
    main.home = home;
    try (Home h = Home.open(main)) {
      CaseService cases = Cases.service(h, CaseServices.DEFAULT_THRESHOLD);
      io.cordon.access.Access access = Cases.access(h);
      access.bootstrapAdmin("admin");
      access.createUser(cases.actor("admin"), "ana", "secret-pass-1".toCharArray(), Set.of(Role.ANALYST));
      Actor ana = cases.actor("ana");
      assertThat(ana).isNotNull();
      InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
      String key = keys.create("ana", Set.of(io.cordon.access.Scope.CASES), "ana");
      try (CordonServer server = CordonServer.start(ServerConfig.defaults().withPort(0), keys,
          CordonServer.routes(new CaseRoutes(cases, 100)))) {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/v1/alerts"))
            .header("Authorization", "ApiKey " + key).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("alerts")).isEqualTo(fromCli);
      }
    }
  }

  @Test
  void screeningResultsAgree() throws Exception {
    importList("t-2,Company,Positive Tech Holdings,TEST,\nt-3,Person,Jane Roe,TEST,\n");
    Cli.Result cli = ok(Cli.run(home, "screen", "Positive Technologies", "--json", "--limit", "3"));
    JsonNode fromCli = JSON.readTree(cli.out());
    JsonNode cliResults = fromCli.get("results");
    assertThat(cliResults.size()).as(cli.toString()).isPositive();
    assertThat(cliResults.get(0).get("id").asText()).isEqualTo("t-1");
    JsonNode top = cliResults.get(0);
    assertThat(top.has("features")).isTrue();
    assertThat(top.has("target")).isTrue();
    top.get("explanations").forEach(e ->
        assertThat(e.get("score").asDouble() * 10000).isEqualTo(Math.rint(e.get("score").asDouble() * 10000)));

    Main main = new Main();
    main.home = home;
    try (Home h = Home.open(main);
         CatalogIndexes indexes = new CatalogIndexes(h.catalog(), new IndexCache(h.dir(), Engine.keys()))) {
      indexes.refresh();
      Screener screener = new Screener(indexes, Engine.scorer("standard"), Clock.systemUTC(), Screener.Settings.DEFAULTS);
      InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
      String key = keys.create("t");
      try (CordonServer server = CordonServer.start(ServerConfig.defaults().withPort(0), keys,
          CordonServer.routes(new V1Routes(screener, h.catalog(), 10)))) {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/v1/screen"))
            .header("Authorization", "ApiKey " + key).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Positive Technologies\", \"limit\": 3}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode fromHttp = JSON.readTree(r.body());
        assertThat(fromHttp.get("results")).isEqualTo(cliResults);
        for (String field : new String[] {"threshold", "algorithm", "candidates"}) {
          assertThat(fromHttp.get(field)).as(field).isEqualTo(fromCli.get(field));
        }
        assertThat(strings(fromHttp.get("snapshots"))).isEqualTo(strings(fromCli.get("snapshots")));
      }
    }
  }

  @Test
  void snapshotsAndDeltasAgree() throws Exception {
    importList("t-2,Person,Jane Roe,TEST,\n");
    importList("t-2,Person,Jane Q. Roe,TEST,\nt-3,Company,Drex Technologies,TEST,\n");
    JsonNode sources = JSON.readTree(ok(Cli.run(home, "sources", "--json")).out());
    assertThat(sources).hasSize(1);
    String source = sources.get(0).get("source").asText();
    JsonNode history = JSON.readTree(ok(Cli.run(home, "sources", "--history", "--json")).out());
    assertThat(history).hasSize(2);
    JsonNode diff = JSON.readTree(ok(Cli.run(home, "diff", source, "--json", "--all")).out());
    // --all: link records (the Sanction of t-3) too, as the API lists them
    assertThat(diff.get("added")).extracting(n -> n.get("id").asText()).containsExactly("t-3", "t-3-sanction");
    assertThat(diff.get("changed")).extracting(n -> n.get("id").asText()).contains("t-2");
    assertThat(diff.get("to").get("active").asBoolean()).isTrue();
    assertThat(diff.get("from").get("active").asBoolean()).isFalse();
    for (String field : new String[] {"id", "source", "format", "published", "effective", "imported", "targets",
        "records", "sha256", "active"}) {
      assertThat(sources.get(0).has(field)).as(field).isTrue();
    }

    Main main = new Main();
    main.home = home;
    try (Home h = Home.open(main);
         CatalogIndexes indexes = new CatalogIndexes(h.catalog(), new IndexCache(h.dir(), Engine.keys()))) {
      Screener screener = new Screener(indexes, Engine.scorer("standard"), Clock.systemUTC(), Screener.Settings.DEFAULTS);
      InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
      String key = keys.create("t");
      try (CordonServer server = CordonServer.start(ServerConfig.defaults().withPort(0), keys,
          CordonServer.routes(new V1Routes(screener, h.catalog(), 10)))) {
        String base = "http://127.0.0.1:" + server.port() + "/v1/sources";
        assertThat(get(base, key).get("sources")).isEqualTo(sources);
        assertThat(get(base + "/" + source + "/snapshots", key).get("snapshots")).isEqualTo(history);
        assertThat(get(base + "/" + source + "/diff", key)).isEqualTo(diff);
      }
    }
  }

  private static JsonNode get(String url, String key) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "ApiKey " + key).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode alertOf(JsonNode alerts, String party) {
    for (JsonNode a : alerts) {
      if (a.get("party").asText().equals(party)) {
        return a;
      }
    }
    throw new AssertionError("no alert for " + party + " in " + alerts);
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Imports a small list: t-1 Positive Technologies, then {@code moreRows} (CSV lines). */
  private void importList(String moreRows) throws Exception {
    Path list = Files.writeString(work.resolve("list.csv"),
        "id,schema,name,program,birth_date\nt-1,Company,Positive Technologies,TEST,\n" + moreRows);
    ok(Cli.run(home, "import", list.toString()));
  }

  private static Cli.Result ok(Cli.Result r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }
}
