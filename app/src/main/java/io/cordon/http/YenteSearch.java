package io.cordon.http;

import io.cordon.match.MatchQuery;
import io.cordon.match.Scores;
import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import io.cordon.screening.InvalidQueryException;
import io.cordon.screening.NoListsException;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningJson;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResult;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code GET /search/{dataset}} in yente's shape: {@code q} optional (empty lists the entities in
 * scope, so {@code limit=0} gives facets alone), filters on countries, topics, datasets, schema,
 * {@code field:value}, {@code changed_since}, and facets counted over all hits before paging.
 * A non-empty {@code q} is a name search through Cordon's screener (names in any script), not
 * Elasticsearch query-string syntax: operators in {@code q} are read as words.
 */
final class YenteSearch {
  static final List<String> FACETS = List.of("datasets", "schema", "countries", "identifiers", "topics", "genders");
  static final int MAX_OFFSET = 9499;
  static final int MAX_WINDOW = 9999;
  private static final Map<String, String> SCHEMA_PLURALS = Map.of("Person", "People", "Company", "Companies",
      "Organization", "Organizations", "LegalEntity", "Legal entities", "PublicBody", "Public bodies",
      "Vessel", "Vessels", "Airplane", "Airplanes", "Security", "Securities", "CryptoWallet", "Crypto wallets");
  private static final Map<String, String> TOPICS = Map.of("sanction", "Sanctioned entity",
      "sanction.linked", "Sanction-linked entity", "sanction.counter", "Counter-sanctioned entity",
      "role.pep", "Politician", "role.rca", "Close Associate", "debarment", "Debarred entity",
      "poi", "Person of interest", "crime", "Crime", "wanted", "Wanted", "export.control", "Export controlled");

  private final YenteAlgorithms algorithms;
  private final ListView lists;

  YenteSearch(YenteAlgorithms algorithms, ListView lists) {
    this.algorithms = algorithms;
    this.lists = lists;
  }

  void handle(Context ctx) {
    RequestCheck check = new RequestCheck(ctx);
    String q = check.string("q", "").strip();
    String schemaName = check.string("schema", "Thing");
    List<String> include = check.list("include_dataset", null);
    List<String> exclude = check.list("exclude_dataset", null);
    YenteMatch.Filters filters = new YenteMatch.Filters(check.list("exclude_schema", null), List.of(), List.of(),
        check.matching("changed_since", YenteMatch.CHANGED_SINCE));
    List<String> countries = check.list("countries", null);
    List<String> topics = check.list("topics", null);
    List<String> datasets = check.list("datasets", null);
    List<String> fieldFilters = check.list("filter", null);
    int limit = check.integer("limit", 10, YenteMatch.MAX_LIMIT);
    int offset = check.integer("offset", 0, MAX_OFFSET);
    List<String> sort = check.list("sort", null);
    Boolean target = check.bool("target", null);
    check.bool("fuzzy", false);
    check.bool("simple", false);
    List<String> facets = check.enumList("facets", FACETS, List.of("countries", "topics", "datasets"));
    boolean and = check.oneOf("filter_op", List.of("AND", "OR"), "OR").equals("AND");
    Optional<LocalDate> asOf = YenteMatch.asOf(check);
    String algorithm = check.string("algorithm", null);
    check.done();

    Set<String> scope = Datasets.scope(ctx.pathParam("dataset"), include, exclude, lists.sources());
    FtmModel.SchemaSpec schema = FtmModel.get().schema(schemaName)
        .orElseThrow(() -> ApiException.badRequest("Invalid schema"));
    List<String[]> fields = new ArrayList<>();
    for (String f : fieldFilters) {
      int colon = f.indexOf(':');
      if (colon < 0) {
        throw ApiException.badRequest("Invalid filter: '" + f + "'");
      }
      fields.add(new String[] {f.substring(0, colon), f.substring(colon + 1)});
    }
    limit = Math.max(0, limit);
    offset = Math.max(0, offset);
    limit = Math.min(limit, Math.max(0, MAX_WINDOW - offset));

    List<Hit> hits = new ArrayList<>();
    for (Hit h : candidates(q, schema, scope, asOf, algorithm)) {
      Entity e = h.entity();
      if (!scope.isEmpty() && e.datasets().stream().anyMatch(scope::contains) && related(schema, e.schema())
          && filters.keeps(e, lists) && (target == null || target == ScreeningJson.target(e))
          && any(countries(e), countries, and) && any(e.get("topics"), topics, and)
          && any(List.copyOf(e.datasets()), datasets, and) && fields.stream().allMatch(f -> field(e, f[0]).contains(f[1]))) {
        hits.add(h);
      }
    }
    sort(hits, sort);
    List<Object> results = new ArrayList<>();
    hits.stream().skip(offset).limit(limit).forEach(h -> {
      Map<String, Object> view = ScreeningJson.entity(h.entity(), lists.seen(h.entity().id()));
      if (h.score() != null) {
        view.put("score", Scores.round(h.score()));
      }
      results.add(view);
    });
    Map<String, Object> facetView = new LinkedHashMap<>();
    for (String f : facets) {
      facetView.put(f, facet(f, hits));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("results", results);
    out.put("total", Map.of("value", hits.size(), "relation", "eq"));
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("facets", facetView);
    ctx.json(out);
  }

  /** One hit: the entity and, for a name search, its score. */
  private record Hit(Entity entity, Double score) {}

  private List<Hit> candidates(String q, FtmModel.SchemaSpec schema, Set<String> scope, Optional<LocalDate> asOf,
                               String algorithm) {
    List<Hit> out = new ArrayList<>();
    if (q.isEmpty()) {
      lists.targets().forEach(e -> out.add(new Hit(e, null)));
      return out;
    }
    if (scope.isEmpty()) {
      return out;
    }
    Screener screener = algorithms.resolve(algorithm);
    String party = schema.matchable() ? schema.name() : "LegalEntity";
    try {
      // A search lists close names, not matches: the threshold only decides "match", which is not shown.
      ScreeningQuery sq = new ScreeningQuery(new MatchQuery(party, List.of(q), List.of(), List.of(), List.of(), null),
          OptionalDouble.of(1.0), ScreeningQuery.MAX_LIMIT, scope, asOf);
      for (ScreeningResult r : screener.screen(sq).results()) {
        out.add(new Hit(r.entity(), r.score()));
      }
    } catch (InvalidQueryException e) {
      throw ApiException.badRequest("Search error: " + e.getMessage());
    } catch (NoListsException e) {
      throw new ApiException(503, e.getMessage());
    }
    return out;
  }

  /** FtM's matchable relatives: the schema, its descendants and its matchable ancestors. */
  private static boolean related(FtmModel.SchemaSpec wanted, String schema) {
    FtmModel.SchemaSpec s = FtmModel.get().schema(schema).orElse(null);
    return s != null && (s.isA(wanted.name()) || (wanted.matchable() && s.matchable() && wanted.isA(s.name())));
  }

  private static boolean any(List<String> values, List<String> wanted, boolean all) {
    if (wanted.isEmpty()) {
      return true;
    }
    return all ? values.containsAll(wanted) : wanted.stream().anyMatch(values::contains);
  }

  private static List<String> countries(Entity e) {
    return typed(e, "country");
  }

  private static List<String> typed(Entity e, String type) {
    FtmModel.SchemaSpec spec = FtmModel.get().require(e.schema());
    List<String> out = new ArrayList<>();
    e.properties().forEach((p, vs) -> {
      if (spec.property(p).map(x -> x.type().equals(type)).orElse(false)) {
        vs.stream().filter(v -> !out.contains(v)).forEach(out::add);
      }
    });
    return out;
  }

  /** The values of a filter or sort field: {@code properties.X}, or an index field as yente names them. */
  private static List<String> field(Entity e, String name) {
    if (name.startsWith("properties.")) {
      return e.get(name.substring("properties.".length()));
    }
    return switch (name) {
      case "id", "entity_id" -> List.of(e.id());
      case "schema" -> List.of(e.schema());
      case "caption" -> List.of(e.caption());
      case "datasets" -> List.copyOf(e.datasets());
      case "countries" -> countries(e);
      case "topics" -> e.get("topics");
      case "identifiers" -> typed(e, "identifier");
      case "genders" -> e.get("gender");
      default -> List.of();
    };
  }

  private void sort(List<Hit> hits, List<String> sort) {
    Comparator<Hit> order = null;
    for (String s : sort) {
      String[] f = s.split(":", 2);
      boolean desc = f.length == 2 && f[1].equalsIgnoreCase("desc");
      Function<Hit, String> key = h -> switch (f[0]) {
        case "first_seen", "last_seen", "last_change" -> lists.seen(h.entity().id()).map(x -> ScreeningJson.timestamp(
            f[0].equals("first_seen") ? x.firstSeen() : f[0].equals("last_seen") ? x.lastSeen() : x.lastChange()))
            .orElse("");
        default -> String.join(" ", field(h.entity(), f[0]));
      };
      Comparator<Hit> c = Comparator.comparing(key);
      if (desc) {
        c = c.reversed();
      }
      order = order == null ? c : order.thenComparing(c);
    }
    if (order != null) {
      hits.sort(order);
    }
  }

  private Map<String, Object> facet(String facet, List<Hit> hits) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Hit h : hits) {
      List<String> values = switch (facet) {
        case "schema" -> List.of(h.entity().schema());
        default -> field(h.entity(), facet);
      };
      values.forEach(v -> counts.merge(v, 1, Integer::sum));
    }
    List<Map<String, Object>> values = new ArrayList<>();
    counts.forEach((name, count) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("name", name);
      v.put("label", label(facet, name));
      v.put("count", count);
      values.add(v);
    });
    values.sort(Comparator.comparing((Map<String, Object> v) -> -(Integer) v.get("count")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("label", switch (facet) {
      case "datasets" -> "Data sources";
      case "schema" -> "Entity types";
      case "countries" -> "Countries";
      case "identifiers" -> "Identifiers";
      case "topics" -> "Topics";
      default -> "Genders";
    });
    out.put("values", values);
    return out;
  }

  private static String label(String facet, String name) {
    return switch (facet) {
      case "schema" -> SCHEMA_PLURALS.getOrDefault(name, name);
      case "countries" -> {
        String l = new Locale("", name.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        yield l.isEmpty() || l.equalsIgnoreCase(name) ? name : l;
      }
      case "topics" -> TOPICS.getOrDefault(name, name);
      case "genders" -> name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
      default -> name;
    };
  }
}
