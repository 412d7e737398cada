package io.cordon.http;

import static io.cordon.http.JsonFields.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.access.ApiKey;
import io.cordon.access.Scope;
import io.cordon.cases.Actor;
import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import io.cordon.cases.Approval;
import io.cordon.cases.CaseService;
import io.cordon.cases.Decision;
import io.cordon.cases.Outcome;
import io.cordon.cases.Party;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case workflow over HTTP: {@code /v1/parties}, {@code /v1/alerts}, {@code /v1/decisions}.
 * The caller is the case user the API key is bound to ({@code cordon keys create NAME --scope cases
 * --user analyst1}); roles and four eyes are enforced by the core.
 */
public final class CaseRoutes implements CordonServer.Routes {
  private static final ObjectMapper JSON = RequestJson.MAPPER;
  /** Most alerts one listing returns. */
  static final int MAX_ALERTS = 1000;
  private final CaseService cases;
  private final int maxBatch;

  /** Held payment messages ({@code GET /v1/messages/{id}}), or null when this server keeps none. */
  private final io.cordon.cases.MessageQueue messages;

  public CaseRoutes(CaseService cases, int maxBatch) {
    this(cases, maxBatch, null);
  }

  /** With the held payment messages of the case queue. */
  public CaseRoutes(CaseService cases, int maxBatch, io.cordon.cases.MessageQueue messages) {
    this.cases = cases;
    this.maxBatch = maxBatch;
    this.messages = messages;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/v1/parties", this::importParties);
    routes.get("/v1/parties/{id}", ctx -> ctx.json(party(cases.party(actor(ctx), ctx.pathParam("id")))));
    routes.get("/v1/alerts", this::alerts);
    routes.get("/v1/alerts/{id}", this::alert);
    routes.post("/v1/decisions", this::decide);
    routes.post("/v1/alerts/{id}/approval", this::approve);
    routes.get("/v1/messages/{id}", this::message);
  }

  private void message(Context ctx) {
    Actor actor = actor(ctx);
    if (messages == null) {
      throw ApiException.notFound("this server keeps no payment messages");
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no message " + ctx.pathParam("id"));
    }
    io.cordon.cases.MessageCase m = messages.message(actor, id);
    ctx.json(MessageCaseJson.message(m, messages.status(actor, m)));
  }

  /** Paths of the case workflow: their keys need the cases scope instead of the screen scope. */
  static boolean isCasePath(String path) {
    return path.startsWith("/v1/parties") || path.startsWith("/v1/alerts") || path.startsWith("/v1/decisions")
        || path.startsWith("/v1/messages");
  }

  /**
   * The case user the request acts as: the user the API key is bound to, when the key has the cases
   * scope. (A key's name no longer makes it act as a user of that name, and the first-start key
   * screens only.)
   */
  private Actor actor(Context ctx) {
    ApiKey key = ctx.attribute(ApiKeyFilter.KEY);
    if (key == null) {
      throw ApiException.forbidden("case endpoints need an API key with the cases scope");
    }
    if (!key.allows(Scope.CASES)) {
      throw ApiException.forbidden("API key '" + key.name() + "' has no cases scope: create a case key with "
          + "'cordon keys create NAME --scope cases --user USER'");
    }
    try {
      return cases.actor(key.user());
    } catch (io.cordon.cases.NotFoundException | io.cordon.cases.ForbiddenException e) {
      throw ApiException.forbidden("API key '" + key.name() + "' acts as user '" + key.user() + "', who "
          + (e instanceof io.cordon.cases.NotFoundException ? "does not exist" : "is disabled"));
    }
  }

  private void importParties(Context ctx) throws Exception {
    Actor actor = actor(ctx);
    JsonNode body = JSON.readTree(ctx.body());
    JsonNode list = body == null ? null : body.get("parties");
    if (list == null || !list.isArray()) {
      throw ApiException.badRequest("body must be {\"parties\": [{\"id\": ..., \"name\": ..., ...}]}");
    }
    if (list.size() > maxBatch) {
      throw ApiException.badRequest("too many parties: " + list.size() + " (at most " + maxBatch + " per request)");
    }
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      parties.add(party("parties[" + i + "]", list.get(i)));
    }
    CaseService.ImportResult r = cases.importParties(actor, "api", parties);
    ctx.status(201).json(r);
  }

  private static Party party(String where, JsonNode p) {
    if (!p.isObject()) {
      throw ApiException.badRequest(where + ": expected an object");
    }
    List<String> countries = JsonFields.countries(where, p);
    return new Party(p.path("id").asText(""), p.path("schema").asText("LegalEntity"), strings(p, "name", "names"),
        strings(p, "birthDate", "birthDates"), countries, strings(p, "identifier", "identifiers"),
        p.hasNonNull("gender") ? p.get("gender").asText() : null);
  }

  private void alerts(Context ctx) {
    Optional<AlertStatus> status = Optional.ofNullable(ctx.queryParam("status")).map(AlertStatus::parse);
    int limit = RequestCheck.nonNegative(ctx, "limit", 100);
    if (limit < 1 || limit > MAX_ALERTS) {
      // 0 used to mean "every alert": a listing is always bounded
      throw ApiException.badRequest("limit must be between 1 and " + MAX_ALERTS + ", got " + limit);
    }
    List<Object> out = new ArrayList<>();
    for (Alert a : cases.alerts(actor(ctx), status, Optional.ofNullable(ctx.queryParam("party")), limit)) {
      out.add(AlertJson.of(a));
    }
    ctx.json(Map.of("alerts", out));
  }

  private void alert(Context ctx) {
    CaseService.AlertHistory h = cases.history(actor(ctx), id(ctx));
    Map<String, Object> m = AlertJson.of(h.alert());
    m.put("decisions", h.decisions().stream().map(CaseRoutes::decision).toList());
    m.put("approvals", h.approvals().stream().map(CaseRoutes::approval).toList());
    ctx.json(m);
  }

  private void decide(Context ctx) throws Exception {
    JsonNode b = JSON.readTree(ctx.body());
    if (b == null || !b.hasNonNull("alert") || !b.get("alert").canConvertToLong()) {
      throw ApiException.badRequest("body must be {\"alert\": ID, \"outcome\": \"false_positive\", \"reason\": \"...\"}");
    }
    Decision d = cases.decide(actor(ctx), b.get("alert").asLong(), Outcome.parse(b.path("outcome").asText("")),
        b.path("reason").asText(""));
    ctx.status(201).json(decision(d));
  }

  private void approve(Context ctx) throws Exception {
    JsonNode b = JSON.readTree(ctx.body());
    if (b == null || !b.has("confirm") || !b.get("confirm").isBoolean()) {
      throw ApiException.badRequest("body must be {\"confirm\": true|false, \"comment\": \"...\"}");
    }
    Approval a = cases.approve(actor(ctx), id(ctx), b.get("confirm").asBoolean(), b.path("comment").asText(""));
    ctx.status(201).json(approval(a));
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("alert id must be a number");
    }
  }

  private static Map<String, Object> party(Party p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.externalId());
    m.put("schema", p.schema());
    m.put("names", p.names());
    m.put("birthDates", p.birthDates());
    m.put("countries", p.countries());
    m.put("identifiers", p.identifiers());
    m.put("gender", p.gender());
    return m;
  }

  private static Map<String, Object> decision(Decision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("alert", d.alertId());
    m.put("analyst", d.analyst());
    m.put("outcome", d.outcome().label());
    m.put("reason", d.reason());
    m.put("at", d.at().toString());
    m.put("state", d.state().name().toLowerCase(java.util.Locale.ROOT));
    return m;
  }

  private static Map<String, Object> approval(Approval a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("decision", a.decisionId());
    m.put("approver", a.approver());
    m.put("confirmed", a.confirmed());
    m.put("comment", a.comment());
    m.put("at", a.at().toString());
    return m;
  }
}
