package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.access.InMemoryApiKeys;
import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.Role;
import io.cordon.http.CaseRoutes;
import io.cordon.http.CordonServer;
import io.cordon.http.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cordon alerts --json} and {@code GET /v1/alerts} give the same JSON for the same alerts. */
class AlertJsonSameFormTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  @TempDir Path work;

  @Test
  void commandLineAndHttpAgree() throws Exception {
    Path list = Files.writeString(work.resolve("list.csv"), """
        id,schema,name,program
        t-1,Company,Positive Technologies,TEST
        """);
    Path book = Files.writeString(work.resolve("book.csv"), """
        id,name,type
        C1,Positive Technologies,Company
        C2,Jane Roe,Person
        """);
    ok(Cli.run(home, "import", list.toString()));
    ok(Cli.run(home, "parties", "import", book.toString()));
    Cli.Result cli = ok(Cli.run(home, "alerts", "--json"));
    JsonNode fromCli = JSON.readTree(cli.out());
    assertThat(fromCli).as(cli.toString()).hasSize(1);
    assertThat(fromCli.get(0).get("party").asText()).isEqualTo("C1");
    assertThat(fromCli.get(0).get("entity").asText()).isEqualTo("t-1");
    // the alert priority the screener gave is stored with the alert (issue 14 item 4)
    JsonNode priority = fromCli.get(0).get("priority");
    assertThat(priority.isNumber()).as(cli.toString()).isTrue();
    assertThat(priority.asDouble()).isGreaterThan(0).isLessThanOrEqualTo(fromCli.get(0).get("score").asDouble());

    Main main = new Main();
    main.home = home;
    try (Home h = Home.open(main)) {
      CaseService cases = Cases.service(h, Cases.DEFAULT_THRESHOLD);
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

  private static Cli.Result ok(Cli.Result r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }
}
