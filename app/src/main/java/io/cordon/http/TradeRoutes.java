package io.cordon.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cordon.catalog.Catalog;
import io.cordon.catalog.Snapshot;
import io.cordon.rules.CatalogListings;
import io.cordon.rules.RuleBook;
import io.cordon.rules.TradeChecker;
import io.cordon.rules.TradeDecisionJson;
import io.cordon.rules.TradeRequestJson;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.rules.policy.ScreeningPolicy;
import io.cordon.screening.Screener;
import io.cordon.screening.TradeChecks;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code POST /v1/screen/trade}: is this transaction allowed under the rules in force (EO 14024
 * directives, blocking incl. the 50% rule)? Same fields as {@code cordon check-trade}, camelCase;
 * the answer has a top-level {@code "decision"}: prohibited, allowed or review.
 */
public final class TradeRoutes implements CordonServer.Routes {
  private static final ObjectMapper JSON = RequestJson.MAPPER;
  private static final int CACHED = 8;

  private final Catalog catalog;
  private final Screener screener;
  private final RuleBook rules;
  private final PolicyBook policies;
  private final Clock clock;
  /** Listings per (policy, snapshot set): loading them reads every entity, so keep a few. */
  private final Cache<String, CatalogListings> cache = Caffeine.newBuilder().maximumSize(CACHED).build();

  public TradeRoutes(Catalog catalog, Screener screener, RuleBook rules, PolicyBook policies, Clock clock) {
    this.catalog = catalog;
    this.screener = screener;
    this.rules = rules;
    this.policies = policies;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/v1/screen/trade", this::trade);
  }

  private void trade(Context ctx) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> body = JSON.readValue(ctx.body(), Map.class);
    if (body == null) {
      throw ApiException.badRequest("body must be a JSON object with the trade's fields");
    }
    TradeRequestJson.Input in = TradeRequestJson.fromMap(body);
    ScreeningPolicy policy = TradeChecks.policy(policies, in.policy(), in.request().actorJurisdiction(), in.sources());
    LocalDate asOf = in.request().asOf();
    CatalogListings data = listings(policy, asOf);
    TradeChecker checker = TradeChecks.screened(rules, data.listings(), data.sources(), screener, policy, asOf, clock);
    Map<String, Object> out = TradeDecisionJson.toMap(checker.check(in.request()));
    out.put("snapshots", data.snapshotIds());
    if (!data.missing().isEmpty()) {
      out.put("missingSources", data.missing());
    }
    ctx.json(out);
  }

  private CatalogListings listings(ScreeningPolicy policy, LocalDate asOf) {
    TreeSet<String> ids = new TreeSet<>();
    for (String s : catalog.sources()) {
      Optional<Snapshot> snap = asOf == null ? catalog.active(s) : catalog.asOf(s, asOf);
      snap.ifPresent(x -> ids.add(x.id()));
    }
    // one load per key even when requests for it come together; other keys load in parallel
    return cache.get(policy + "|" + ids, k -> CatalogListings.load(catalog, policy, asOf));
  }
}
