package io.cordon.http.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.cli.Main;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * yente's HTTP contract (../shared/yente-api/SPEC.md), route by route and rule by rule, against
 * {@code cordon serve} in its own JVM over real HTTP. Each test is one rule of the spec, named
 * after it, so a regression fails a named case. Lists: two small custom lists with history
 * (watchlist imported twice, one entity changed and one added in the second version).
 */
class YenteContractTest {
  @TempDir static Path dir;
  static ServedHome server;

  static final String PERSON = "{\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivan Petrovich Sidorov\"]}}";

  @BeforeAll
  static void start() throws Exception {
    Path home = dir.resolve("home");
    Path v1 = dir.resolve("watch-v1.csv");
    Files.writeString(v1, """
        id,schema,name,aliases,birth_date,nationality,country,topics,program,authority,listed_on,inn
        wl-1,Person,Ivan Petrovich Sidorov,Иван Петрович Сидоров,1970-03-02,ru,,sanction,UKRAINE-EO13661,OFAC,2023-05-01,
        wl-2,Company,Northwind Shipping LLC,,,,cy,sanction,RUSSIA-EO14024,OFAC,2023-06-01,7701234567
        wl-4,Person,Ivan Sidorenko,,1980,ua,,sanction,UKRAINE-EO13661,OFAC,2023-05-01,
        """);
    Path v2 = dir.resolve("watch-v2.csv");
    Files.writeString(v2, """
        id,schema,name,aliases,birth_date,nationality,country,topics,program,authority,listed_on,inn
        wl-1,Person,Ivan Petrovich Sidorov,Иван Петрович Сидоров,1970-03-02,ru,,sanction,UKRAINE-EO13661,OFAC,2023-05-01,
        wl-2,Company,Northwind Shipping LLC,Northwind Shipping Limited,,,cy,sanction,RUSSIA-EO14024,OFAC,2023-06-01,7701234567
        wl-3,Company,Sea Falcon Trading,,,,pa,sanction,IRAN,OFAC,2024-05-20,
        wl-4,Person,Ivan Sidorenko,,1980,ua,,sanction,UKRAINE-EO13661,OFAC,2023-05-01,
        """);
    Path png = dir.resolve("png.csv");
    Files.writeString(png, """
        id,schema,name,nationality,topics
        png-1,Person,Maria Gonzalez Lopez,ve,poi
        png-2,Person,Ivan Petrovich Sidorov,by,poi
        """);
    assertThat(Main.run("--home", home.toString(), "import", v1.toString(), "--source", "watchlist",
        "--published", "2024-01-10")).isZero();
    assertThat(Main.run("--home", home.toString(), "import", v2.toString(), "--source", "watchlist",
        "--published", "2024-06-01")).isZero();
    assertThat(Main.run("--home", home.toString(), "import", png.toString(), "--source", "pnglist",
        "--published", "2024-03-01")).isZero();
    server = new ServedHome(home, "--no-demo", "--max-queries", "3").start();
    assertThat(server.key()).as("first-start key in %s", server.output()).isNotNull();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  // ---------------------------------------------------------------- common conventions

  @Test
  void common_matchAcceptsJsonBodyWithoutContentType() throws Exception {
    ServedHome.Reply r = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/match/default"))
        .POST(HttpRequest.BodyPublishers.ofString(queries(Map.of("q", PERSON)))), Map.of());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void common_unknownQueryParametersAreIgnored() throws Exception {
    ServedHome.Reply r = server.post("/match/default?fuzzy=false&whatever=1", queries(Map.of("q", PERSON)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void common_listParametersAreRepeated() throws Exception {
    JsonNode f = server.get("/search/default?facets=schema&facets=topics").json().get("facets");
    assertThat(names(f)).containsExactlyInAnyOrder("schema", "topics");
  }

  @Test
  void common_timestampsAreSecondsWithoutTimezone() throws Exception {
    JsonNode e = server.get("/entities/wl-1").json();
    for (String f : List.of("first_seen", "last_seen", "last_change")) {
      assertThat(e.get(f).asText()).as(f).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    }
  }

  @Test
  void common_entityHasTheTenRequiredKeys() throws Exception {
    JsonNode e = server.get("/entities/wl-1?nested=false").json();
    assertThat(names(e)).contains("id", "caption", "schema", "properties", "datasets", "referents", "target",
        "first_seen", "last_seen", "last_change");
    assertThat(e.get("target").asBoolean()).isTrue();
    assertThat(e.get("datasets").toString()).contains("watchlist");
  }

  @Test
  void common_apiKeyAsHeaderAnyCaseOrAsQueryParameter() throws Exception {
    String k = server.key();
    assertThat(server.send(HttpRequest.newBuilder(URI.create(server.base() + "/catalog")).GET(),
        Map.of("Authorization", "Apikey " + k)).status()).isEqualTo(200);
    assertThat(server.send(HttpRequest.newBuilder(URI.create(server.base() + "/catalog?api_key=" + k)).GET(),
        Map.of("Authorization", "")).status()).isIn(200, 401);
    server.key(null);
    try {
      assertThat(server.get("/catalog?api_key=" + k).status()).isEqualTo(200);
      assertThat(server.get("/catalog").status()).isEqualTo(401);
    } finally {
      server.key(k);
    }
  }

  // ---------------------------------------------------------------- POST /match/{dataset}

  @Test
  void match_responseShape() throws Exception {
    ServedHome.Reply r = server.post("/match/default", queries(Map.of("q1",
        "{\"id\": \"c-17\", \"schema\": \"Person\", \"properties\": {\"name\": \"Ivan Petrovich Sidorov\","
            + " \"nationality\": [\"Russia\"], \"birthDate\": 1970}}")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode q = r.json().at("/responses/q1");
    assertThat(q.get("status").asInt()).isEqualTo(200);
    assertThat(q.at("/total/relation").asText()).isEqualTo("eq");
    assertThat(q.at("/query/id").asText()).isEqualTo("c-17");
    assertThat(q.at("/query/schema").asText()).isEqualTo("Person");
    assertThat(q.at("/query/properties/nationality").toString()).isEqualTo("[\"ru\"]");
    assertThat(q.at("/query/properties/birthDate").toString()).isEqualTo("[\"1970\"]");
    JsonNode top = q.at("/results/0");
    assertThat(top.get("id").asText()).isEqualTo("wl-1");
    assertThat(names(top)).contains("id", "caption", "schema", "properties", "datasets", "referents", "target",
        "first_seen", "last_seen", "last_change", "score", "match", "explanations");
    JsonNode ex = top.get("explanations").elements().next();
    assertThat(names(ex)).contains("detail", "score", "query", "candidate");
    assertThat(ex.has("weight")).as("Cordon's extra").isTrue();
    assertThat(r.json().get("limit").asInt()).isEqualTo(5);
  }

  @Test
  void match_batchSizeHeader() throws Exception {
    ServedHome.Reply r = server.post("/match/default", queries(Map.of("a", PERSON, "b", PERSON)));
    assertThat(r.header("x-batch-size")).isEqualTo("2");
  }

  @Test
  void match_resultsAboveCutoffSortedWithMatchFromThreshold() throws Exception {
    JsonNode res = server.post("/match/default?threshold=0.9&cutoff=0.3",
        queries(Map.of("q", "{\"schema\": \"Person\", \"properties\": {\"name\": \"Ivan Sidorov\"}}")))
        .json().at("/responses/q/results");
    assertThat(res.size()).isGreaterThan(1);
    double prev = 2;
    for (JsonNode x : res) {
      double s = x.get("score").asDouble();
      assertThat(s).isLessThanOrEqualTo(prev).isGreaterThan(0.3);
      assertThat(x.get("match").asBoolean()).isEqualTo(s >= 0.9);
      prev = s;
    }
  }

  @Test
  void match_defaultsReturnOnlyMatches() throws Exception {
    JsonNode res = server.post("/match/default", queries(Map.of("q", "{\"schema\": \"Person\", \"properties\": "
        + "{\"name\": \"Ivan Sidorov\"}}"))).json().at("/responses/q/results");
    for (JsonNode x : res) {
      assertThat(x.get("match").asBoolean()).as(x.toString()).isTrue();
    }
  }

  @Test
  void match_totalCountsMatchesBeforeTruncation() throws Exception {
    JsonNode q = server.post("/match/default?limit=1&threshold=0.5&cutoff=0.5",
        queries(Map.of("q", PERSON))).json().at("/responses/q");
    assertThat(q.get("results").size()).isEqualTo(1);
    assertThat(q.at("/total/value").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void match_limitEchoedAndApplied() throws Exception {
    JsonNode r = server.post("/match/default?limit=1&threshold=0.3&cutoff=0.3", queries(Map.of("q", PERSON))).json();
    assertThat(r.get("limit").asInt()).isEqualTo(1);
    assertThat(r.at("/responses/q/results").size()).isEqualTo(1);
  }

  @Test
  void match_422_limitAbove500() throws Exception {
    assert422(server.post("/match/default?limit=501", queries(Map.of("q", PERSON))), "less_than_equal", "query", "limit");
  }

  @Test
  void match_422_limitNotAnInteger() throws Exception {
    assert422(server.post("/match/default?limit=abc", queries(Map.of("q", PERSON))), "int_parsing", "query", "limit");
  }

  @Test
  void match_422_badChangedSince() throws Exception {
    assert422(server.post("/match/default?changed_since=yesterday", queries(Map.of("q", PERSON))),
        "string_pattern_mismatch", "query", "changed_since");
  }

  @Test
  void match_422_moreThan50ExcludedIds() throws Exception {
    StringBuilder qs = new StringBuilder("?");
    for (int i = 0; i < 51; i++) {
      qs.append("exclude_entity_ids=x").append(i).append('&');
    }
    assert422(server.post("/match/default" + qs, queries(Map.of("q", PERSON))), "too_long", "query",
        "exclude_entity_ids");
  }

  @Test
  void match_422_bodyNotAnObject() throws Exception {
    assert422(server.post("/match/default", "[1, 2]"), "model_attributes_type", "body");
  }

  @Test
  void match_422_invalidJson() throws Exception {
    assertThat(server.post("/match/default", "{\"queries\": ").status()).isEqualTo(422);
  }

  @Test
  void match_422_queriesMissing() throws Exception {
    assert422(server.post("/match/default", "{}"), "missing", "body", "queries");
  }

  @Test
  void match_422_exampleWithoutSchema() throws Exception {
    assert422(server.post("/match/default", "{\"queries\": {\"q\": {\"properties\": {\"name\": \"x\"}}}}"),
        "missing", "body", "queries", "q", "schema");
  }

  @Test
  void match_422_exampleWithoutProperties() throws Exception {
    assert422(server.post("/match/default", "{\"queries\": {\"q\": {\"schema\": \"Person\"}}}"),
        "missing", "body", "queries", "q", "properties");
  }

  @Test
  void match_422_comesBefore404() throws Exception {
    assertThat(server.post("/match/nonsense?limit=900", queries(Map.of("q", PERSON))).status()).isEqualTo(422);
  }

  @Test
  void match_404_unknownDataset() throws Exception {
    assertDetail(server.post("/match/nonsense", queries(Map.of("q", PERSON))), 404, "No such dataset.");
  }

  @Test
  void match_400_invalidAlgorithm() throws Exception {
    assertDetail(server.post("/match/default?algorithm=magic", queries(Map.of("q", PERSON))), 400,
        "Invalid algorithm: magic");
  }

  @Test
  void match_bestAndLogicV2AreAliasesOfTheDefault() throws Exception {
    String body = queries(Map.of("q", PERSON));
    String plain = server.post("/match/default", body).json().at("/responses/q/results").toString();
    for (String a : List.of("best", "logic-v2", "LOGIC-V2", "cordon-v1")) {
      ServedHome.Reply r = server.post("/match/default?algorithm=" + a, body);
      assertThat(r.status()).as(a).isEqualTo(200);
      assertThat(r.json().at("/responses/q/results").toString()).as(a).isEqualTo(plain);
    }
    assertThat(server.post("/match/default?algorithm=ofac", body).status()).isEqualTo(200);
  }

  @Test
  void match_400_invalidConfigurationParameter() throws Exception {
    assertDetail(server.post("/match/default", "{\"queries\": {\"q\": " + PERSON + "}, \"config\": "
        + "{\"nm_number_mismatch\": 0.4}}"), 400, "Invalid configuration parameter: nm_number_mismatch for algorithm cordon-v1");
  }

  @Test
  void match_400_tooManyQueries() throws Exception {
    assertDetail(server.post("/match/default", queries(Map.of("a", PERSON, "b", PERSON, "c", PERSON, "d", PERSON))),
        400, "Too many queries in one batch (limit: 3)");
  }

  @Test
  void match_400_unknownSchema() throws Exception {
    assertDetail(server.post("/match/default", queries(Map.of("q", "{\"schema\": \"Spaceship\", \"properties\": {}}"))),
        400, "Cannot parse example entity: Unknown schema: 'Spaceship'");
  }

  @Test
  void match_400_nonMatchableSchema() throws Exception {
    ServedHome.Reply r = server.post("/match/default", queries(Map.of("q",
        "{\"schema\": \"Sanction\", \"properties\": {\"program\": \"x\"}}")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).startsWith("Cannot parse example entity: ");
  }

  @Test
  void match_400_noQueries() throws Exception {
    assertDetail(server.post("/match/default", "{\"queries\": {}}"), 400, "No queries provided.");
  }

  @Test
  void match_unknownPropertiesDroppedAndValuesCleaned() throws Exception {
    ServedHome.Reply r = server.post("/match/default", queries(Map.of("q", "{\"schema\": \"Person\", \"properties\": "
        + "{\"name\": [\"Ivan Petrovich Sidorov\", 42], \"spaceshipName\": \"x\", \"nationality\": \"Neverland\"}}")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode p = r.json().at("/responses/q/query/properties");
    assertThat(names(p)).containsExactly("name");
    assertThat(p.get("name").toString()).isEqualTo("[\"Ivan Petrovich Sidorov\",\"42\"]");
  }

  @Test
  void match_nameBuiltFromParts() throws Exception {
    JsonNode res = server.post("/match/default", queries(Map.of("q", "{\"schema\": \"Person\", \"properties\": "
        + "{\"firstName\": \"Ivan\", \"lastName\": \"Sidorov\", \"fatherName\": \"Petrovich\"}}")))
        .json().at("/responses/q/results");
    List<String> ids = new ArrayList<>();
    res.forEach(x -> ids.add(x.get("id").asText()));
    assertThat(ids).contains("wl-1");
  }

  @Test
  void match_includeAndExcludeDataset() throws Exception {
    String body = queries(Map.of("q", PERSON));
    assertThat(ids(server.post("/match/default?threshold=0.5&cutoff=0.5", body), "q")).contains("wl-1", "png-2");
    assertThat(ids(server.post("/match/default?include_dataset=pnglist", body), "q")).containsOnly("png-2");
    assertThat(ids(server.post("/match/default?include_dataset=pnglist&exclude_dataset=pnglist", body), "q")).isEmpty();
    assertThat(ids(server.post("/match/watchlist", body), "q")).doesNotContain("png-2");
  }

  @Test
  void match_excludeSchema() throws Exception {
    assertThat(ids(server.post("/match/default?exclude_schema=Person", queries(Map.of("q", PERSON))), "q")).isEmpty();
  }

  @Test
  void match_topicsFilter() throws Exception {
    assertThat(ids(server.post("/match/default?topics=poi", queries(Map.of("q", PERSON))), "q")).containsOnly("png-2");
  }

  @Test
  void match_changedSince() throws Exception {
    String body = queries(Map.of("q", "{\"schema\": \"Company\", \"properties\": {\"name\": \"Northwind Shipping\"}}",
        "p", PERSON));
    ServedHome.Reply r = server.post("/match/watchlist?changed_since=2024-05-01", body);
    assertThat(ids(r, "q")).contains("wl-2");
    assertThat(ids(r, "p")).as("wl-1 unchanged since January").isEmpty();
    assertThat(ids(server.post("/match/watchlist?changed_since=2024-01-01T00:00", body), "p")).contains("wl-1");
  }

  @Test
  void match_excludeEntityIds() throws Exception {
    assertThat(ids(server.post("/match/default?exclude_entity_ids=wl-1", queries(Map.of("q", PERSON))), "q"))
        .doesNotContain("wl-1");
  }

  // ---------------------------------------------------------------- GET /search/{dataset}

  @Test
  void search_qOptionalListsEntities() throws Exception {
    JsonNode r = server.get("/search/default").json();
    assertThat(r.at("/total/value").asInt()).isEqualTo(6);
    assertThat(r.at("/total/relation").asText()).isEqualTo("eq");
    assertThat(r.get("results").size()).isEqualTo(6);
    assertThat(r.get("limit").asInt()).isEqualTo(10);
    assertThat(r.get("offset").asInt()).isZero();
  }

  @Test
  void search_limitZeroGivesFacetsOnly() throws Exception {
    JsonNode r = server.get("/search/default?limit=0").json();
    assertThat(r.get("results").size()).isZero();
    assertThat(r.at("/total/value").asInt()).isEqualTo(6);
    assertThat(r.at("/facets/countries/values").size()).isGreaterThan(0);
  }

  @Test
  void search_defaultFacetsAreCountriesTopicsDatasets() throws Exception {
    JsonNode f = server.get("/search/default").json().get("facets");
    assertThat(names(f)).containsExactlyInAnyOrder("countries", "topics", "datasets");
    assertThat(f.at("/datasets/label").asText()).isEqualTo("Data sources");
    assertThat(f.at("/countries/label").asText()).isEqualTo("Countries");
    JsonNode ru = null;
    for (JsonNode v : f.at("/countries/values")) {
      if (v.get("name").asText().equals("ru")) {
        ru = v;
      }
    }
    assertThat(ru).isNotNull();
    assertThat(ru.get("label").asText()).isEqualTo("Russia");
    assertThat(ru.get("count").asInt()).isEqualTo(1);
  }

  @Test
  void search_schemaFacetLabels() throws Exception {
    JsonNode f = server.get("/search/default?facets=schema").json().get("facets");
    assertThat(f.at("/schema/label").asText()).isEqualTo("Entity types");
    assertThat(f.at("/schema/values").toString()).contains("\"People\"");
  }

  @Test
  void search_422_unknownFacet() throws Exception {
    assert422(server.get("/search/default?facets=planets"), "enum", "query", "facets", "0");
  }

  @Test
  void search_422_badFilterOp() throws Exception {
    assert422(server.get("/search/default?filter_op=XOR"), "enum", "query", "filter_op");
  }

  @Test
  void search_422_limitAbove500() throws Exception {
    assert422(server.get("/search/default?limit=501"), "less_than_equal", "query", "limit");
  }

  @Test
  void search_422_offsetAbove9499() throws Exception {
    assert422(server.get("/search/default?offset=9500"), "less_than_equal", "query", "offset");
  }

  @Test
  void search_422_badChangedSince() throws Exception {
    assert422(server.get("/search/default?changed_since=2024"), "string_pattern_mismatch", "query", "changed_since");
  }

  @Test
  void search_negativeLimitClampedToZero() throws Exception {
    JsonNode r = server.get("/search/default?limit=-3").json();
    assertThat(r.get("limit").asInt()).isZero();
    assertThat(r.get("results").size()).isZero();
  }

  @Test
  void search_404_unknownDataset() throws Exception {
    assertDetail(server.get("/search/nonsense?q=x"), 404, "No such dataset.");
  }

  @Test
  void search_400_invalidSchema() throws Exception {
    assertDetail(server.get("/search/default?schema=Spaceship"), 400, "Invalid schema");
  }

  @Test
  void search_400_filterWithoutColon() throws Exception {
    assertDetail(server.get("/search/default?filter=nocolon"), 400, "Invalid filter: 'nocolon'");
  }

  @Test
  void search_fieldFilter() throws Exception {
    assertThat(searchIds("/search/default?filter=properties.birthDate:1970-03-02")).containsExactly("wl-1");
  }

  @Test
  void search_countriesTopicsDatasetsFilters() throws Exception {
    assertThat(searchIds("/search/default?countries=ru")).containsExactly("wl-1");
    assertThat(searchIds("/search/default?topics=poi")).containsExactlyInAnyOrder("png-1", "png-2");
    assertThat(searchIds("/search/default?datasets=pnglist")).containsExactlyInAnyOrder("png-1", "png-2");
    assertThat(searchIds("/search/default?countries=ru&countries=ve")).containsExactlyInAnyOrder("wl-1", "png-1");
    assertThat(searchIds("/search/default?countries=ru&countries=ve&filter_op=AND")).isEmpty();
  }

  @Test
  void search_includeExcludeDataset() throws Exception {
    assertThat(searchIds("/search/default?include_dataset=pnglist")).containsExactlyInAnyOrder("png-1", "png-2");
    assertThat(searchIds("/search/default?exclude_dataset=pnglist")).doesNotContain("png-1", "png-2");
  }

  @Test
  void search_changedSince() throws Exception {
    assertThat(searchIds("/search/watchlist?changed_since=2024-05-01")).containsExactlyInAnyOrder("wl-2", "wl-3");
  }

  @Test
  void search_schemaFiltersOnMatchableRelatives() throws Exception {
    assertThat(searchIds("/search/default?schema=Company")).containsExactlyInAnyOrder("wl-2", "wl-3");
  }

  @Test
  void search_qFindsNamesAndResultsAreNotNested() throws Exception {
    JsonNode r = server.get("/search/default?q=Northwind%20Shipping").json();
    assertThat(r.at("/results/0/id").asText()).isEqualTo("wl-2");
    for (JsonNode v : r.at("/results/0/properties")) {
      v.forEach(x -> assertThat(x.isTextual()).isTrue());
    }
  }

  @Test
  void search_offsetPages() throws Exception {
    List<String> all = searchIds("/search/default");
    assertThat(searchIds("/search/default?offset=2&limit=2")).isEqualTo(all.subList(2, 4));
  }

  // ---------------------------------------------------------------- GET /entities/{id}

  @Test
  void entities_nestedByDefault() throws Exception {
    JsonNode e = server.get("/entities/wl-1").json();
    JsonNode s = e.at("/properties/sanctions/0");
    assertThat(s.get("schema").asText()).isEqualTo("Sanction");
    assertThat(s.at("/properties/program/0").asText()).isEqualTo("UKRAINE-EO13661");
    assertThat(s.at("/properties/entity").isMissingNode()).as("no path back to the root").isTrue();
  }

  @Test
  void entities_notNestedGivesIdsAndNoReverseProperties() throws Exception {
    JsonNode e = server.get("/entities/wl-1?nested=false").json();
    assertThat(e.at("/properties/sanctions").isMissingNode()).isTrue();
    for (JsonNode v : e.get("properties")) {
      v.forEach(x -> assertThat(x.isTextual()).isTrue());
    }
    JsonNode sanction = server.get("/entities/wl-1-sanction?nested=false").json();
    assertThat(sanction.at("/properties/entity/0").asText()).isEqualTo("wl-1");
  }

  @Test
  void entities_404_noSuchEntity() throws Exception {
    assertDetail(server.get("/entities/nope"), 404, "No such entity!");
  }

  @Test
  void entities_422_badNested() throws Exception {
    assert422(server.get("/entities/wl-1?nested=maybe"), "bool_parsing", "query", "nested");
  }

  @Test
  void entities_adjacentShape() throws Exception {
    JsonNode r = server.get("/entities/wl-1/adjacent").json();
    assertThat(r.at("/entity/id").asText()).isEqualTo("wl-1");
    JsonNode s = r.at("/adjacent/sanctions");
    assertThat(s.at("/results/0/schema").asText()).isEqualTo("Sanction");
    assertThat(s.at("/total/value").asInt()).isEqualTo(1);
    assertThat(s.get("limit").asInt()).isEqualTo(10);
    assertThat(s.get("offset").asInt()).isZero();
  }

  @Test
  void entities_adjacentProperty() throws Exception {
    JsonNode r = server.get("/entities/wl-1/adjacent/sanctions?limit=5").json();
    assertThat(r.at("/results/0/schema").asText()).isEqualTo("Sanction");
    assertThat(r.get("limit").asInt()).isEqualTo(5);
  }

  @Test
  void entities_adjacent_404_noSuchProperty() throws Exception {
    assertDetail(server.get("/entities/wl-1/adjacent/name"), 404, "No such property!");
    assertDetail(server.get("/entities/wl-1/adjacent/nonsense"), 404, "No such property!");
  }

  @Test
  void entities_adjacent_404_noSuchEntity() throws Exception {
    assertDetail(server.get("/entities/nope/adjacent"), 404, "No such entity!");
  }

  // ---------------------------------------------------------------- GET /catalog

  @Test
  void catalog_datasetModelFieldsAndIndexVersions() throws Exception {
    JsonNode c = server.get("/catalog").json();
    JsonNode wl = null;
    for (JsonNode d : c.get("datasets")) {
      assertThat(names(d)).contains("name", "title", "license", "summary", "description", "url", "updated_at",
          "last_export", "entity_count", "thing_count", "version", "category", "tags", "publisher", "coverage",
          "resources", "children", "deprecation", "deprecated", "load", "entities_url", "delta_url", "namespace",
          "index_version", "index_current");
      if (d.get("name").asText().equals("watchlist")) {
        wl = d;
      }
    }
    assertThat(wl).isNotNull();
    assertThat(wl.get("index_version").asText()).isEqualTo(wl.get("version").asText());
    assertThat(wl.get("index_current").asBoolean()).isTrue();
    assertThat(c.get("current").toString()).contains("\"watchlist\"", "\"pnglist\"", "\"default\"");
    assertThat(c.get("outdated").size()).isZero();
    assertThat(c.get("index_stale").asBoolean()).isFalse();
  }

  @Test
  void catalog_collectionsListTheirChildren() throws Exception {
    for (JsonNode d : server.get("/catalog").json().get("datasets")) {
      if (d.get("name").asText().equals("default")) {
        assertThat(d.get("children").toString()).contains("watchlist", "pnglist");
        return;
      }
    }
    throw new AssertionError("no default collection");
  }

  @Test
  void catalog_etagAnd304() throws Exception {
    ServedHome.Reply r = server.get("/catalog");
    String etag = r.header("ETag");
    assertThat(etag).startsWith("\"");
    assertThat(r.header("Cache-Control")).isEqualTo("public, max-age=300");
    ServedHome.Reply again = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/catalog")).GET(),
        Map.of("If-None-Match", etag));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void catalog_manifestAlias() throws Exception {
    assertThat(server.get("/manifest").json().get("datasets").size()).isGreaterThan(0);
  }

  // ---------------------------------------------------------------- GET /algorithms

  @Test
  void algorithms_shape() throws Exception {
    JsonNode a = server.get("/algorithms").json();
    assertThat(a.get("default").asText()).isEqualTo("best");
    assertThat(a.get("best").asText()).isEqualTo("cordon-v1");
    for (JsonNode x : a.get("algorithms")) {
      assertThat(names(x)).contains("name", "description", "features", "docs");
      assertThat(names(x.get("docs"))).contains("name", "description", "config", "features");
      JsonNode f = x.get("features").elements().next();
      assertThat(names(f)).contains("description", "coefficient", "url");
    }
  }

  // ---------------------------------------------------------------- health, errors

  @Test
  void health_healthzAndReadyzAnswerOk() throws Exception {
    String k = server.key();
    server.key(null);
    try {
      assertThat(server.get("/healthz").json().get("status").asText()).isEqualTo("ok");
      assertThat(server.get("/readyz").json().get("status").asText()).isEqualTo("ok");
    } finally {
      server.key(k);
    }
  }

  @Test
  void errors_405_methodNotAllowed() throws Exception {
    assertDetail(server.get("/match/default"), 405, "Method Not Allowed");
  }

  @Test
  void errors_404_unknownRoute() throws Exception {
    assertDetail(server.get("/no/such/route"), 404, "Not Found");
  }

  @Test
  void errors_414_uriTooLong() throws Exception {
    assertDetail(server.get("/search/default?q=" + "a".repeat(60_001)), 414, "Request URI too long");
  }

  // ---------------------------------------------------------------- helpers

  private static String queries(Map<String, String> qs) {
    StringBuilder b = new StringBuilder("{\"queries\": {");
    new java.util.TreeMap<>(qs).forEach((k, v) -> b.append(b.length() > 13 ? "," : "").append('"').append(k)
        .append("\": ").append(v));
    return b.append("}}").toString();
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> ids(ServedHome.Reply r, String query) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().at("/responses/" + query + "/results").forEach(x -> out.add(x.get("id").asText()));
    return out;
  }

  private static List<String> searchIds(String path) throws Exception {
    ServedHome.Reply r = server.get(path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().get("results").forEach(x -> out.add(x.get("id").asText()));
    return out;
  }

  private static void assertDetail(ServedHome.Reply r, int status, String detail) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().get("detail").asText()).isEqualTo(detail);
  }

  /** 422 in FastAPI's shape, with an error of {@code type} at {@code loc}. */
  private static void assert422(ServedHome.Reply r, String type, String... loc) {
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    JsonNode detail = r.json().get("detail");
    assertThat(detail.isArray()).isTrue();
    boolean found = false;
    for (JsonNode e : detail) {
      assertThat(names(e)).contains("type", "loc", "msg", "input");
      List<String> l = new ArrayList<>();
      e.get("loc").forEach(x -> l.add(x.asText()));
      found |= e.get("type").asText().equals(type) && l.equals(List.of(loc));
    }
    assertThat(found).as("%s at %s in %s", type, List.of(loc), detail).isTrue();
  }
}
