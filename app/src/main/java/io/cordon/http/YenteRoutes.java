package io.cordon.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.match.MatchQuery;
import io.cordon.match.Scores;
import io.cordon.model.Entity;
import io.cordon.screening.InvalidQueryException;
import io.cordon.screening.NoListsException;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The yente-compatible API: {@code POST /match/{dataset}}, {@code GET /search/{dataset}},
 * {@code GET /entities/{id}}, {@code GET /catalog}, {@code GET /algorithms}. Request and response
 * shapes follow yente's, so a client written for yente works unchanged; Cordon adds fields
 * (explanations with details, matched name, snapshot id) that such clients ignore.
 */
public final class YenteRoutes implements CordonServer.Routes {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** yente's algorithm names, all served by Cordon's default scorer. */
  private static final Set<String> YENTE_ALGORITHMS =
      Set.of("best", "default", "logic-v1", "logic-v2", "regression-v1", "regression-v2", "name-based", "name-qualified");

  private final Map<String, Screener> screeners;
  private final String defaultAlgorithm;
  private final ListView lists;
  private final int maxQueries;

  /**
   * @param screeners  one screener per algorithm name; the first is the default
   * @param maxQueries most queries accepted in one match request
   */
  public YenteRoutes(Map<String, Screener> screeners, ListView lists, int maxQueries) {
    if (screeners.isEmpty()) {
      throw new IllegalArgumentException("at least one screener is needed");
    }
    this.screeners = new LinkedHashMap<>(screeners);
    this.defaultAlgorithm = screeners.keySet().iterator().next();
    this.lists = lists;
    this.maxQueries = maxQueries;
  }

  @Override
  public void register(Javalin app) {
    app.post("/match/{dataset}", this::match);
    app.get("/search/{dataset}", this::search);
    app.get("/entities/{id}", this::entity);
    app.get("/catalog", this::catalog);
    app.get("/algorithms", this::algorithms);
  }

  private void match(Context ctx) throws Exception {
    Set<String> scope = scope(ctx);
    Screener screener = screener(ctx.queryParam("algorithm"));
    int limit = intParam(ctx, "limit", ScreeningQuery.DEFAULT_LIMIT);
    OptionalDouble threshold = doubleParam(ctx, "threshold");
    Optional<LocalDate> asOf = dateParam(ctx, "as_of");
    List<String> topics = ctx.queryParams("topics");
    JsonNode body = JSON.readTree(ctx.body());
    JsonNode queries = body == null ? null : body.get("queries");
    if (queries == null || !queries.isObject()) {
      throw ApiException.badRequest("body must be {\"queries\": {\"<key>\": {\"schema\": ..., \"properties\": {...}}}}");
    }
    if (queries.size() > maxQueries) {
      throw ApiException.badRequest("too many queries: " + queries.size() + " (at most " + maxQueries + " per request)");
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> q : (Iterable<Map.Entry<String, JsonNode>>) queries::fields) {
      MatchQuery mq = QueryParsing.parse(q.getKey(), q.getValue());
      ScreeningResponse r = screen(q.getKey(), screener, mq, threshold, limit, scope, asOf, topics);
      List<Object> results = new ArrayList<>();
      for (ScreeningResult x : r.results()) {
        results.add(EntityViews.scored(x));
      }
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("status", 200);
      one.put("results", results);
      one.put("total", Map.of("value", results.size(), "relation", "eq"));
      one.put("query", JSON.convertValue(q.getValue(), Map.class));
      one.put("snapshots", r.snapshotIds());
      responses.put(q.getKey(), one);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("responses", responses);
    out.put("matcher", features(screener));
    out.put("limit", limit);
    ctx.json(out);
  }

  private ScreeningResponse screen(String key, Screener screener, MatchQuery mq, OptionalDouble threshold, int limit,
                                   Set<String> scope, Optional<LocalDate> asOf, List<String> topics) {
    try {
      // Topic filtering happens after ranking, so ask for more and cut after filtering.
      int fetch = topics.isEmpty() ? limit : Math.min(ScreeningQuery.MAX_LIMIT, limit * 5);
      ScreeningQuery sq = new ScreeningQuery(mq, threshold, fetch, scope, asOf);
      ScreeningResponse r = screener.screen(sq);
      if (topics.isEmpty()) {
        return r;
      }
      List<ScreeningResult> kept = r.results().stream()
          .filter(x -> x.entity().get("topics").stream().anyMatch(topics::contains))
          .limit(limit).toList();
      return new ScreeningResponse(r.query(), kept, r.candidates(), r.threshold(), r.algorithm(), r.snapshotIds(),
          r.screenedAt());
    } catch (InvalidQueryException e) {
      throw ApiException.badRequest("query '" + key + "': " + e.getMessage());
    } catch (NoListsException e) {
      throw new ApiException(503, e.getMessage());
    }
  }

  private void search(Context ctx) {
    Set<String> scope = scope(ctx);
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiException.badRequest("query parameter q is required");
    }
    int limit = intParam(ctx, "limit", 10);
    int offset = intParam(ctx, "offset", 0);
    String schema = Optional.ofNullable(ctx.queryParam("schema")).orElse("LegalEntity");
    MatchQuery mq = new MatchQuery(schema, List.of(q), List.of(), List.of(), List.of(), null);
    ScreeningResponse r = screen("q", screener(ctx.queryParam("algorithm")), mq, OptionalDouble.of(1.0),
        Math.min(ScreeningQuery.MAX_LIMIT, limit + offset), scope, dateParam(ctx, "as_of"), ctx.queryParams("topics"));
    List<Object> results = new ArrayList<>();
    r.results().stream().skip(offset).limit(limit).forEach(x -> {
      Map<String, Object> e = EntityViews.entity(x.entity());
      e.put("score", Scores.round(x.score()));
      results.add(e);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("total", Map.of("value", r.results().size(), "relation", "eq"));
    out.put("results", results);
    out.put("facets", Map.of());
    ctx.json(out);
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    Entity e = lists.entity(id).orElseThrow(() -> ApiException.notFound("no entity with id '" + id + "'"));
    Map<String, Object> view = EntityViews.entity(e);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) view.get("properties");
    for (Entity link : lists.linksTo(id)) {
      String reverse = reverseProperty(link, id);
      @SuppressWarnings("unchecked")
      List<Object> nested = (List<Object>) props.computeIfAbsent(reverse, k -> new ArrayList<>());
      nested.add(EntityViews.entity(link));
    }
    ctx.json(view);
  }

  /** The FtM reverse property under which yente nests a link record in the entity it points at. */
  static String reverseProperty(Entity link, String id) {
    return switch (link.schema()) {
      case "Sanction" -> "sanctions";
      case "Ownership" -> id.equals(link.first("owner")) ? "ownershipOwner" : "ownershipAsset";
      case "Family" -> id.equals(link.first("person")) ? "familyPerson" : "familyRelative";
      case "Associate" -> id.equals(link.first("person")) ? "associates" : "associations";
      case "Directorship" -> id.equals(link.first("director")) ? "directorshipDirector" : "directorshipOrganization";
      case "UnknownLink" -> id.equals(link.first("subject")) ? "unknownLinkSubject" : "unknownLinkObject";
      case "Identification", "Passport" -> "identification";
      case "Address" -> "addressEntity";
      default -> Character.toLowerCase(link.schema().charAt(0)) + link.schema().substring(1) + "s";
    };
  }

  private void catalog(Context ctx) {
    List<ListView.SourceInfo> sources = lists.sources();
    List<Object> datasets = new ArrayList<>();
    for (ListView.SourceInfo s : sources) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("name", s.name());
      d.put("title", s.name());
      d.put("load", true);
      d.put("version", s.snapshotId());
      d.put("index_version", s.snapshotId());
      d.put("index_current", true);
      d.put("children", List.of());
      d.put("entity_count", s.targets());
      d.put("published", s.published().map(LocalDate::toString).orElse(null));
      d.put("updated_at", s.imported().toString());
      datasets.add(d);
    }
    for (String c : Datasets.COLLECTIONS) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("name", c);
      d.put("title", c);
      d.put("load", true);
      d.put("version", null);
      d.put("children", new ArrayList<>(Datasets.resolve(c, sources)));
      datasets.add(d);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("datasets", datasets);
    out.put("current", sources.stream().map(ListView.SourceInfo::snapshotId).toList());
    out.put("outdated", List.of());
    out.put("index_stale", false);
    ctx.json(out);
  }

  private void algorithms(Context ctx) {
    List<Object> algos = new ArrayList<>();
    screeners.forEach((name, s) -> {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("name", name);
      a.put("description", name.equals("ofac")
          ? "Emulation of OFAC's Sanctions List Search score (Jaro-Winkler and Soundex)"
          : "Cordon's scorer: transliteration-aware aligned name parts plus identifier, date, country and gender qualifiers");
      a.put("features", features(s));
      algos.add(a);
    });
    ctx.json(Map.of("algorithms", algos, "default", defaultAlgorithm, "best", defaultAlgorithm));
  }

  private static Map<String, Object> features(Screener s) {
    return Map.of("threshold", s.settings().threshold().orElse(s.scorer().threshold()), "algorithm", s.scorer().name());
  }

  private Screener screener(String algorithm) {
    if (algorithm == null || algorithm.isBlank() || YENTE_ALGORITHMS.contains(algorithm)) {
      return screeners.get(defaultAlgorithm);
    }
    Screener s = screeners.get(algorithm);
    if (s == null) {
      Set<String> known = new HashSet<>(screeners.keySet());
      known.addAll(YENTE_ALGORITHMS);
      throw ApiException.badRequest("unknown algorithm '" + algorithm + "'; known: " + new java.util.TreeSet<>(known));
    }
    return s;
  }

  private Set<String> scope(Context ctx) {
    List<ListView.SourceInfo> sources = lists.sources();
    Set<String> scope = new java.util.LinkedHashSet<>(Datasets.resolve(ctx.pathParam("dataset"), sources));
    List<String> include = ctx.queryParams("include_dataset");
    if (!include.isEmpty()) {
      scope.retainAll(include);
    }
    ctx.queryParams("exclude_dataset").forEach(scope::remove);
    if (scope.isEmpty()) {
      throw new ApiException(503, "no lists loaded for dataset '" + ctx.pathParam("dataset")
          + "': import lists with 'cordon import' or 'cordon update'");
    }
    return scope;
  }

  static int intParam(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v.strip());
      if (i < 0) {
        throw ApiException.badRequest(name + " must not be negative");
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be an integer, got '" + v + "'");
    }
  }

  static OptionalDouble doubleParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(v.strip()));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a number, got '" + v + "'");
    }
  }

  static Optional<LocalDate> dateParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.strip()));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }
}
