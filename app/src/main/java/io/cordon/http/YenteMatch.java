package io.cordon.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.model.Entity;
import io.cordon.screening.InvalidQueryException;
import io.cordon.screening.NoListsException;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningJson;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /match/{dataset}} as yente answers it: checks in yente's order (422 validation,
 * 404 dataset, 400 algorithm, 400 config, 400 batch size, 400 example, 400 no queries), results
 * above the cutoff ranked by score and cut to {@code limit}, {@code total} counting matches before
 * the cut, the cleaned query echoed, {@code x-batch-size}. Cordon's extras: explanations with
 * weights, matched name, snapshot ids, {@code as_of}.
 */
final class YenteMatch {
  static final Pattern CHANGED_SINCE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$");
  static final int MAX_LIMIT = 500;
  static final int MAX_EXCLUDED_IDS = 50;
  private static final ObjectMapper JSON = RequestJson.MAPPER;

  private final YenteAlgorithms algorithms;
  private final ListView lists;
  private final int maxQueries;
  private final java.time.Duration deadline;

  YenteMatch(YenteAlgorithms algorithms, ListView lists, int maxQueries, java.time.Duration deadline) {
    Deadline.start(deadline);
    this.deadline = deadline;
    this.algorithms = algorithms;
    this.lists = lists;
    this.maxQueries = maxQueries;
  }

  /** Result filters shared by /match and /search. */
  record Filters(List<String> excludeSchema, List<String> topics, List<String> excludeIds, String changedSince) {
    boolean keeps(Entity e, ListView lists) {
      if (excludeSchema.contains(e.schema()) || excludeIds.contains(e.id())) {
        return false;
      }
      if (!topics.isEmpty() && e.get("topics").stream().noneMatch(topics::contains)) {
        return false;
      }
      if (changedSince != null) {
        String changed = lists.seen(e.id()).map(s -> ScreeningJson.timestamp(s.lastChange())).orElse(null);
        return changed != null && changed.compareTo(changedSince) >= 0;
      }
      return true;
    }
  }

  void handle(Context ctx) {
    RequestCheck check = new RequestCheck(ctx);
    int limit = check.integer("limit", ScreeningQuery.DEFAULT_LIMIT, MAX_LIMIT);
    Double threshold = ctx.queryParam("threshold") == null ? null : check.number("threshold", 0);
    Double cutoff = ctx.queryParam("cutoff") == null ? null : check.number("cutoff", 0);
    String algorithm = check.string("algorithm", null);
    List<String> include = check.list("include_dataset", null);
    List<String> exclude = check.list("exclude_dataset", null);
    Filters filters = new Filters(check.list("exclude_schema", null), check.list("topics", null),
        check.list("exclude_entity_ids", MAX_EXCLUDED_IDS), check.matching("changed_since", CHANGED_SINCE));
    Optional<LocalDate> asOf = asOf(check);
    JsonNode body = body(ctx, check);
    check.done();

    Set<String> scope = Datasets.scope(ctx.pathParam("dataset"), include, exclude, lists.sources());
    Screener screener = algorithms.resolve(algorithm);
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw ApiException.badRequest("threshold must be between 0 and 1, was " + threshold);
    }
    JsonNode config = body.path("config");
    if (config.isObject() && config.size() > 0) {
      // Cordon's scorers take no per-request configuration.
      throw ApiException.badRequest("Invalid configuration parameter: " + config.fieldNames().next()
          + " for algorithm " + screener.scorer().name());
    }
    JsonNode queries = body.get("queries");
    if (queries.size() > maxQueries) {
      throw ApiException.badRequest("Too many queries in one batch (limit: " + maxQueries + ")");
    }
    Map<String, QueryParsing.Parsed> parsed = new LinkedHashMap<>();
    queries.fields().forEachRemaining(q -> parsed.put(q.getKey(), QueryParsing.parse(q.getValue())));
    if (parsed.isEmpty()) {
      throw ApiException.badRequest("No queries provided.");
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    Deadline time = Deadline.start(deadline);
    for (Map.Entry<String, QueryParsing.Parsed> q : parsed.entrySet()) {
      time.check(responses.size(), parsed.size());
      JsonNode id = queries.get(q.getKey()).get("id");
      responses.put(q.getKey(), one(q.getKey(), q.getValue(), id == null || id.isNull() ? null : id.asText(), screener,
          threshold, cutoff, limit, scope, filters, asOf));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("responses", responses);
    out.put("limit", limit);
    out.put("algorithm", screener.scorer().name());
    ctx.header("x-batch-size", Integer.toString(responses.size()));
    ctx.json(out);
  }

  private Map<String, Object> one(String key, QueryParsing.Parsed q, String id, Screener screener, Double threshold,
                                  Double cutoff, int limit, Set<String> scope, Filters filters, Optional<LocalDate> asOf) {
    List<Object> results = new ArrayList<>();
    int total = 0;
    List<String> snapshots = new ArrayList<>();
    if (!scope.isEmpty()) {
      ScreeningResponse r;
      try {
        ScreeningQuery sq = new ScreeningQuery(q.query(),
            threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold), ScreeningQuery.MAX_LIMIT, scope, asOf);
        r = screener.screen(sq);
      } catch (InvalidQueryException e) {
        throw ApiException.badRequest("Cannot parse example entity: " + e.getMessage()).extra("query", key);
      } catch (NoListsException e) {
        throw new ApiException(503, e.getMessage());
      }
      // yente drops results at or below min(cutoff, threshold); Cordon never drops a match.
      double effective = Math.min(cutoff == null ? r.threshold() : cutoff, r.threshold());
      for (ScreeningResult x : r.results()) {
        if ((x.score() > effective || x.match()) && filters.keeps(x.entity(), lists)) {
          if (x.match()) {
            total++;
          }
          if (results.size() < Math.max(0, limit)) {
            results.add(ScreeningJson.scored(x, lists.seen(x.entity().id())));
          }
        }
      }
      snapshots.addAll(r.snapshotIds());
    }
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("id", id);
    query.put("schema", q.query().schema());
    query.put("properties", q.properties());
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("status", 200);
    one.put("results", results);
    one.put("total", Map.of("value", total, "relation", "eq"));
    one.put("query", query);
    one.put("snapshots", snapshots);
    return one;
  }

  /** Cordon's extra: screen against the lists in force on a past date. */
  static Optional<LocalDate> asOf(RequestCheck check) {
    String v = check.string("as_of", null);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      check.fail("date_from_datetime_parsing", List.of("query", "as_of"), "Input should be a valid date", v, null);
      return Optional.empty();
    }
  }

  /** The body as FastAPI validates an EntityMatchQuery: failures recorded on {@code check}. */
  private static JsonNode body(Context ctx, RequestCheck check) {
    String raw = ctx.body();
    JsonNode body;
    if (raw.isBlank()) {
      check.fail("missing", List.of("body"), "Field required", null, null);
      return JSON.createObjectNode();
    }
    try {
      body = JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? 0 : e.getLocation().getCharOffset();
      check.fail("json_invalid", List.of("body", at), "JSON decode error", Map.of(),
          Map.of("error", String.valueOf(e.getOriginalMessage())));
      return JSON.createObjectNode();
    }
    if (body == null || !body.isObject()) {
      check.fail("model_attributes_type", List.of("body"),
          "Input should be a valid dictionary or object to extract fields from", body, null);
      return JSON.createObjectNode();
    }
    JsonNode queries = body.get("queries");
    if (queries == null) {
      check.fail("missing", List.of("body", "queries"), "Field required", body, null);
    } else if (!queries.isObject()) {
      check.fail("dict_type", List.of("body", "queries"), "Input should be a valid dictionary", queries, null);
    } else {
      queries.fields().forEachRemaining(q -> example(check, q.getKey(), q.getValue()));
    }
    for (String f : List.of("weights", "config")) {
      JsonNode v = body.get(f);
      if (v != null && !v.isObject()) {
        check.fail("dict_type", List.of("body", f), "Input should be a valid dictionary", v, null);
      }
    }
    JsonNode weights = body.path("weights");
    weights.fields().forEachRemaining(w -> {
      if (!w.getValue().isNumber()) {
        check.fail("float_type", List.of("body", "weights", w.getKey()), "Input should be a valid number", w.getValue(),
            null);
      }
    });
    return body;
  }

  private static void example(RequestCheck check, String key, JsonNode e) {
    if (!e.isObject()) {
      check.fail("model_attributes_type", List.of("body", "queries", key),
          "Input should be a valid dictionary or object to extract fields from", e, null);
      return;
    }
    JsonNode schema = e.get("schema");
    if (schema == null) {
      check.fail("missing", List.of("body", "queries", key, "schema"), "Field required", e, null);
    } else if (!schema.isTextual()) {
      check.fail("string_type", List.of("body", "queries", key, "schema"), "Input should be a valid string", schema, null);
    }
    JsonNode props = e.get("properties");
    if (props == null) {
      check.fail("missing", List.of("body", "queries", key, "properties"), "Field required", e, null);
    } else if (!props.isObject()) {
      check.fail("dict_type", List.of("body", "queries", key, "properties"), "Input should be a valid dictionary", props,
          null);
    }
  }
}
