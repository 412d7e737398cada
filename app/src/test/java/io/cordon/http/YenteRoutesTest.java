package io.cordon.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.access.InMemoryApiKeys;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.PlainKeys;
import io.cordon.index.TokenScorer;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.model.Entity;
import io.cordon.screening.IndexSource;
import io.cordon.screening.Screener;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The yente-compatible endpoints over a real socket, with requests shaped like yente's documentation. */
class YenteRoutesTest {
  static CordonServer server;
  static HttpTestClient client;
  static String key;

  static final Entity PT = Entity.builder("ofac-31455", "Company")
      .add("name", "POSITIVE TECHNOLOGIES").add("alias", "AO Pozitiv Teknolodzhiz").add("country", "ru")
      .add("topics", "sanction").dataset("us_ofac_sdn").build();
  static final Entity PT_SANCTION = Entity.builder("ofac-31455-sanction", "Sanction")
      .add("entity", "ofac-31455").add("program", "RUSSIA-EO14024").add("authority", "OFAC").dataset("us_ofac_sdn").build();
  static final Entity KILIMNIK = Entity.builder("ofac-31291", "Person")
      .add("name", "KILIMNIK, Konstantin").add("birthDate", "1970-04-27").add("topics", "sanction")
      .dataset("us_ofac_sdn").build();
  static final Entity UN_PERSON = Entity.builder("unsc-6908", "Person")
      .add("name", "Konstantin Ivanov").add("topics", "sanction").dataset("un_sc_sanctions").build();

  /** One person on both lists (same name and birth date): one /match result with both listings. */
  static final Entity KATANGA_OFAC = Entity.builder("ofac-11975", "Person")
      .add("name", "KATANGA, Germain").add("birthDate", "1978-04-28").add("program", "DRCONGO")
      .add("topics", "sanction").dataset("us_ofac_sdn").build();
  static final Entity KATANGA_UN = Entity.builder("unsc-6907998", "Person")
      .add("name", "GERMAIN KATANGA").add("birthDate", "1978-04-28").add("topics", "sanction")
      .dataset("un_sc_sanctions").build();
  static final Entity KATANGA_UN_SANCTION = Entity.builder("unsc-6907998-sanction", "Sanction")
      .add("entity", "unsc-6907998").add("program", "DRC").add("listingDate", "2005-11-01")
      .add("authorityId", "CDi.006").dataset("un_sc_sanctions").build();

  /** A fixed list view over the test entities. */
  static final class Lists implements ListView {
    final List<Entity> all = List.of(PT, PT_SANCTION, KILIMNIK, UN_PERSON);

    @Override
    public List<SourceInfo> sources() {
      return List.of(
          new SourceInfo("us_ofac_sdn", "us_ofac_sdn-abc", "ofac-sdn-csv", Optional.empty(), Instant.EPOCH, 2, 3, false),
          new SourceInfo("un_sc_sanctions", "un_sc_sanctions-def", "un-sc-xml", Optional.empty(), Instant.EPOCH, 1, 1, false));
    }

    @Override
    public Optional<Entity> entity(String id) {
      return all.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public Optional<String> canonicalId(String id) {
      return id.equals("old-31455") ? Optional.of("ofac-31455") : Optional.empty();
    }

    @Override
    public List<Entity> targets() {
      return all.stream().filter(e -> io.cordon.model.Schemata.isScreenable(e.schema())).toList();
    }

    @Override
    public List<Entity> linksTo(String id) {
      return all.stream().filter(e -> e.get("entity").contains(id)).toList();
    }
  }

  @BeforeAll
  static void start() {
    IndexHolder holder = new IndexHolder(LuceneIndexes.inMemory(List.of(
        new IndexInput("us_ofac_sdn-abc", "us_ofac_sdn", List.of(PT, PT_SANCTION, KILIMNIK, KATANGA_OFAC)),
        new IndexInput("un_sc_sanctions-def", "un_sc_sanctions", List.of(UN_PERSON, KATANGA_UN, KATANGA_UN_SANCTION))),
        new PlainKeys()));
    Screener screener = new Screener(IndexSource.of(holder), new TokenScorer(), Clock.systemUTC(),
        Screener.Settings.DEFAULTS);
    Map<String, Screener> screeners = new LinkedHashMap<>();
    screeners.put("test-tokens", screener);
    InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
    key = keys.create("client");
    server = CordonServer.start(ServerConfig.defaults().withPort(0), keys,
        CordonServer.routes(new YenteRoutes(screeners, new Lists(), 10)));
    client = new HttpTestClient(server.port(), key);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void matchAnswersInYentesShape() throws Exception {
    String body = """
        {"queries": {
           "q1": {"schema": "Company", "properties": {"name": ["Positive Technologies"], "jurisdiction": ["ru"]}},
           "q2": {"schema": "Person", "properties": {"firstName": "Konstantin", "lastName": "Kilimnik",
                                                       "birthDate": ["1970-04-27"]}}
        }}""";
    HttpTestClient.Response r = client.post("/match/default?limit=3", body);
    assertThat(r.status()).isEqualTo(200);
    JsonNode q1 = r.json().at("/responses/q1");
    assertThat(q1.get("status").asInt()).isEqualTo(200);
    assertThat(q1.at("/results/0/id").asText()).isEqualTo("ofac-31455");
    assertThat(q1.at("/results/0/caption").asText()).isEqualTo("POSITIVE TECHNOLOGIES");
    assertThat(q1.at("/results/0/schema").asText()).isEqualTo("Company");
    assertThat(q1.at("/results/0/properties/alias/0").asText()).isEqualTo("AO Pozitiv Teknolodzhiz");
    assertThat(q1.at("/results/0/datasets/0").asText()).isEqualTo("us_ofac_sdn");
    assertThat(q1.at("/results/0/score").asDouble()).isGreaterThan(0.7);
    assertThat(q1.at("/results/0/match").asBoolean()).isTrue();
    assertThat(q1.at("/results/0/explanations").size()).isGreaterThan(0);
    assertThat(q1.at("/results/0/features").size()).isGreaterThan(0);
    assertThat(q1.at("/total/value").asInt()).isEqualTo(q1.get("results").size());
    assertThat(q1.at("/query/schema").asText()).isEqualTo("Company");
    assertThat(r.json().at("/responses/q2/results/0/id").asText()).isEqualTo("ofac-31291");
    assertThat(r.json().get("limit").asInt()).isEqualTo(3);
  }

  @Test
  void onePartyOnTwoListsIsOneResultWithReferentsAndListings() throws Exception {
    String body = "{\"queries\": {\"k\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Germain Katanga\"]}}}}";
    JsonNode results = client.post("/match/default", body).json().at("/responses/k/results");
    assertThat(results.size()).as(results.toString()).isEqualTo(1);
    JsonNode r = results.get(0);
    String id = r.get("id").asText();
    String other = id.equals("ofac-11975") ? "unsc-6907998" : "ofac-11975";
    assertThat(r.get("referents").toString()).isEqualTo("[\"" + other + "\"]");
    List<String> datasets = new ArrayList<>();
    r.get("datasets").forEach(d -> datasets.add(d.asText()));
    assertThat(datasets).containsExactlyInAnyOrder("us_ofac_sdn", "un_sc_sanctions");
    assertThat(r.at("/listings/0/id").asText()).isEqualTo(id);
    assertThat(r.get("listings").toString()).contains("\"dataset\":\"un_sc_sanctions\"", "\"programs\":[\"DRC\"]",
        "\"listing_date\":\"2005-11-01\"", "\"programs\":[\"DRCONGO\"]");
    assertThat(r.at("/listing_evidence/0").asText()).contains("same name", "birth date 1978-04-28");
    // the alert priority sits next to the score, never above it
    assertThat(r.get("priority").asDouble()).isBetween(0.01, r.get("score").asDouble());
  }

  @Test
  void datasetScopingIncludeAndExclude() throws Exception {
    String body = "{\"queries\": {\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": \"Konstantin\"}}}}";
    List<String> all = ids(client.post("/match/default?threshold=0.1", body).json().at("/responses/a/results"));
    assertThat(all).contains("ofac-31291", "unsc-6908");
    List<String> un = ids(client.post("/match/un_sc_sanctions?threshold=0.1", body).json().at("/responses/a/results"));
    assertThat(un).containsExactly("unsc-6908");
    List<String> ex = ids(client.post("/match/default?threshold=0.1&exclude_dataset=un_sc_sanctions", body)
        .json().at("/responses/a/results"));
    assertThat(ex).doesNotContain("unsc-6908").contains("ofac-31291");
    HttpTestClient.Response unknown = client.post("/match/nonsense", body);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asText()).isEqualTo("No such dataset.");
    assertThat(unknown.json().get("known").toString()).contains("us_ofac_sdn");
  }

  @Test
  void badRequestsGetYentesStatusAndReason() throws Exception {
    assertDetail(client.post("/match/default", "{\"queries\": {}}"), 400, "No queries provided.");
    assertDetail(client.post("/match/default", "{\"queries\": {\"x\": {\"schema\": \"Spaceship\", \"properties\": {}}}}"),
        400, "Cannot parse example entity: Unknown schema: 'Spaceship'");
    // A property the schema lacks is dropped, as yente drops it; the name still screens.
    HttpTestClient.Response dropped = client.post("/match/default", "{\"queries\": {\"x\": {\"schema\": \"Company\", "
        + "\"properties\": {\"name\": \"Positive Technologies\", \"birthDate\": \"1970\"}}}}");
    assertThat(dropped.status()).as(dropped.body()).isEqualTo(200);
    assertThat(dropped.json().at("/responses/x/query/properties").has("birthDate")).isFalse();
    assertDetail(client.post("/match/default", "{\"queries\": {\"x\": {\"schema\": \"Person\", \"properties\": {}}}}"),
        400, "name");
    assertThat(client.post("/match/default?limit=abc", "{\"queries\": {}}").status()).isEqualTo(422);
    assertDetail(client.post("/match/default?algorithm=magic", "{\"queries\": {}}"), 400, "Invalid algorithm: magic");
    assertDetail(client.post("/match/default?threshold=2", "{\"queries\": {\"x\": {\"schema\": \"Person\", \"properties\": {\"name\": \"A\"}}}}"),
        400, "threshold");
    StringBuilder many = new StringBuilder("{\"queries\": {");
    for (int i = 0; i < 11; i++) {
      many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"schema\": \"Person\", \"properties\": {\"name\": \"A\"}}");
    }
    assertDetail(client.post("/match/default", many.append("}}").toString()), 400, "Too many queries in one batch (limit: 10)");
  }

  @Test
  void entityWithNestedSanctionsCatalogAlgorithmsSearch() throws Exception {
    JsonNode e = client.get("/entities/ofac-31455").json();
    assertThat(e.get("caption").asText()).isEqualTo("POSITIVE TECHNOLOGIES");
    assertThat(e.at("/properties/sanctions/0/properties/program/0").asText()).isEqualTo("RUSSIA-EO14024");
    assertDetail(client.get("/entities/nope"), 404, "No such entity!");

    JsonNode cat = client.get("/catalog").json();
    List<String> names = new ArrayList<>();
    cat.get("datasets").forEach(d -> names.add(d.get("name").asText()));
    assertThat(names).contains("us_ofac_sdn", "un_sc_sanctions", "default", "sanctions", "peps");

    JsonNode algos = client.get("/algorithms").json();
    assertThat(algos.get("default").asText()).isEqualTo("best");
    assertThat(algos.get("best").asText()).isEqualTo("test-tokens");

    JsonNode s = client.get("/search/default?q=positive%20technologies").json();
    assertThat(s.at("/results/0/id").asText()).isEqualTo("ofac-31455");
    assertThat(client.get("/search/default").json().at("/total/value").asInt()).isEqualTo(3);
  }

  @Test
  void referentRedirectsToCanonicalEntity() throws Exception {
    java.net.http.HttpClient noFollow = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    for (String path : List.of("/entities/old-31455", "/entities/old-31455?nested=false")) {
      java.net.http.HttpResponse<String> r = noFollow.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create("http://127.0.0.1:" + server.port() + path)).header("Authorization", "ApiKey " + key).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(308);
      assertThat(r.headers().firstValue("Location")).contains("/entities/ofac-31455");
      assertThat(r.body()).isEmpty();
    }
  }

  private static void assertDetail(HttpTestClient.Response r, int status, String detail) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().get("detail").asText()).contains(detail);
  }

  private static List<String> ids(JsonNode results) {
    List<String> out = new ArrayList<>();
    results.forEach(x -> out.add(x.get("id").asText()));
    return out;
  }
}
