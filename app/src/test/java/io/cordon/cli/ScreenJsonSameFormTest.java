package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.access.InMemoryApiKeys;
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
 * {@code cordon screen --json} and {@code POST /v1/screen} give the same result objects for the same
 * screening (both are {@code ScreeningJson.scored}). Drift fixed by that: the CLI's explanation
 * scores were unrounded and it lacked {@code features}, {@code target} and the seen dates.
 * The envelopes differ on purpose: the CLI's is one of yente's match responses (status, query,
 * total), the API's carries {@code alert}; threshold, algorithm, candidates and snapshots agree.
 */
class ScreenJsonSameFormTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  @TempDir Path work;

  @Test
  void commandLineAndHttpAgree() throws Exception {
    Path list = Files.writeString(work.resolve("list.csv"), """
        id,schema,name,program
        t-1,Company,Positive Technologies,TEST
        t-2,Company,Positive Tech Holdings,TEST
        t-3,Person,Jane Roe,TEST
        """);
    ok(Cli.run(home, "import", list.toString()));
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

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Cli.Result ok(Cli.Result r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }
}
