package io.cordon.http;

import static io.cordon.http.JsonFields.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.catalog.Catalog;
import io.cordon.catalog.CatalogJson;
import io.cordon.catalog.Delta;
import io.cordon.catalog.Snapshot;
import io.cordon.match.MatchQuery;
import io.cordon.screening.InvalidQueryException;
import io.cordon.screening.NoListsException;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningJson;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Cordon's own API for what yente lacks: screening against the lists in force on a past date,
 * batches of parties in one call, and the list history (snapshots, deltas).
 */
public final class V1Routes implements CordonServer.Routes {
  private static final ObjectMapper JSON = RequestJson.MAPPER;

  private final Screener screener;
  private final Catalog catalog;
  private final int maxBatch;
  private final java.time.Duration deadline;

  public V1Routes(Screener screener, Catalog catalog, int maxBatch) {
    this(screener, catalog, maxBatch, Deadline.DEFAULT);
  }

  /** @param deadline time one batch request may take (checked between its parties) */
  V1Routes(Screener screener, Catalog catalog, int maxBatch, java.time.Duration deadline) {
    Deadline.start(deadline);
    this.deadline = deadline;
    this.screener = screener;
    this.catalog = catalog;
    this.maxBatch = maxBatch;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/v1/screen", this::screen);
    routes.post("/v1/screen/batch", this::batch);
    routes.get("/v1/sources", this::sources);
    routes.get("/v1/sources/{source}/snapshots", this::snapshots);
    routes.get("/v1/sources/{source}/diff", this::diff);
  }

  private void screen(Context ctx) throws Exception {
    JsonNode body = JSON.readTree(ctx.body());
    ctx.json(response(run("body", body)));
  }

  private void batch(Context ctx) throws Exception {
    JsonNode body = JSON.readTree(ctx.body());
    JsonNode parties = body == null ? null : body.get("parties");
    if (parties == null || !parties.isArray()) {
      throw ApiException.badRequest("body must be {\"parties\": [{\"name\": ..., ...}, ...]}");
    }
    if (parties.size() > maxBatch) {
      throw ApiException.badRequest("too many parties: " + parties.size() + " (at most " + maxBatch + " per request)");
    }
    List<Object> out = new ArrayList<>();
    Deadline time = Deadline.start(deadline);
    for (int i = 0; i < parties.size(); i++) {
      time.check(i, parties.size());
      out.add(response(run("parties[" + i + "]", parties.get(i))));
    }
    ctx.json(Map.of("responses", out));
  }

  private ScreeningResponse run(String where, JsonNode p) {
    if (p == null || !p.isObject()) {
      throw ApiException.badRequest(where + ": expected an object with at least a name");
    }
    List<String> names = strings(p, "name", "names");
    List<String> countries = JsonFields.countries(where, p);
    MatchQuery mq = new MatchQuery(p.path("schema").asText("LegalEntity"), names, strings(p, "birthDate", "birthDates"),
        countries, strings(p, "identifier", "identifiers"), p.hasNonNull("gender") ? p.get("gender").asText() : null);
    OptionalDouble threshold = p.hasNonNull("threshold") ? OptionalDouble.of(number(where, p, "threshold"))
        : OptionalDouble.empty();
    double rawLimit = p.hasNonNull("limit") ? number(where, p, "limit") : ScreeningQuery.DEFAULT_LIMIT;
    if (rawLimit != Math.rint(rawLimit) || rawLimit < 1 || rawLimit > ScreeningQuery.MAX_LIMIT) {
      throw ApiException.badRequest(where + ": limit must be a whole number from 1 to " + ScreeningQuery.MAX_LIMIT);
    }
    int limit = (int) rawLimit;
    Set<String> datasets = new LinkedHashSet<>(strings(p, "dataset", "datasets"));
    Optional<LocalDate> asOf = Optional.empty();
    if (p.hasNonNull("asOf")) {
      try {
        asOf = Optional.of(LocalDate.parse(p.get("asOf").asText()));
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest(where + ": asOf must be a date YYYY-MM-DD");
      }
    }
    try {
      return screener.screen(new ScreeningQuery(mq, threshold, limit, datasets, asOf));
    } catch (InvalidQueryException e) {
      throw ApiException.badRequest(where + ": " + e.getMessage());
    } catch (NoListsException e) {
      throw new ApiException(503, e.getMessage());
    }
  }

  private static Map<String, Object> response(ScreeningResponse r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alert", r.alert());
    m.put("threshold", r.threshold());
    m.put("algorithm", r.algorithm());
    m.put("snapshots", r.snapshotIds());
    m.put("screenedAt", r.screenedAt().toString());
    r.query().asOf().ifPresent(d -> m.put("asOf", d.toString()));
    m.put("candidates", r.candidates());
    List<Object> results = new ArrayList<>();
    for (ScreeningResult x : r.results()) {
      results.add(ScreeningJson.scored(x, Optional.empty()));
    }
    m.put("results", results);
    return m;
  }

  private void sources(Context ctx) {
    List<Object> out = new ArrayList<>();
    for (String s : catalog.sources()) {
      catalog.active(s).ifPresent(a -> out.add(CatalogJson.snapshot(a, true)));
    }
    ctx.json(Map.of("sources", out));
  }

  private void snapshots(Context ctx) {
    String source = knownSource(ctx.pathParam("source"));
    String active = catalog.active(source).map(Snapshot::id).orElse("");
    List<Object> out = new ArrayList<>();
    for (Snapshot s : catalog.snapshots(source)) {
      out.add(CatalogJson.snapshot(s, s.id().equals(active)));
    }
    ctx.json(Map.of("source", source, "snapshots", out));
  }

  private void diff(Context ctx) {
    String source = knownSource(ctx.pathParam("source"));
    Snapshot to = ctx.queryParam("to") == null ? catalog.active(source).orElseThrow()
        : snapshotOf(source, ctx.queryParam("to"));
    Snapshot from;
    if (ctx.queryParam("from") != null) {
      from = snapshotOf(source, ctx.queryParam("from"));
    } else {
      from = catalog.previous(to).orElseThrow(() ->
          ApiException.notFound(source + " has no snapshot before " + to.id() + " to compare with"));
    }
    Delta d = Delta.between(catalog, from, to);
    String active = catalog.active(source).map(Snapshot::id).orElse("");
    ctx.json(CatalogJson.delta(d, active, e -> true));
  }

  private String knownSource(String source) {
    if (!catalog.sources().contains(source)) {
      throw ApiException.notFound("unknown source '" + source + "'; known: " + catalog.sources());
    }
    return source;
  }

  private Snapshot snapshotOf(String source, String id) {
    Snapshot s = catalog.snapshot(id).orElseThrow(() -> ApiException.notFound("no snapshot '" + id + "'"));
    if (!s.source().equals(source)) {
      throw ApiException.badRequest("snapshot " + id + " belongs to " + s.source() + ", not " + source);
    }
    return s;
  }

  private static double number(String where, JsonNode p, String field) {
    JsonNode v = p.get(field);
    if (!v.isNumber()) {
      throw ApiException.badRequest(where + ": " + field + " must be a number");
    }
    return v.asDouble();
  }
}
