package io.cordon.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cordon.cases.Actor;
import io.cordon.cases.MessageQueue;
import io.cordon.catalog.Catalog;
import io.cordon.catalog.Snapshot;
import io.cordon.rules.RuleBook;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.rules.policy.ScreeningPolicy;
import io.cordon.screening.Screener;
import io.cordon.screening.payment.Embargoes;
import io.cordon.screening.payment.MessageDecision;
import io.cordon.screening.payment.MessageReader;
import io.cordon.screening.payment.PaymentJson;
import io.cordon.screening.payment.PaymentScreening;
import io.cordon.screening.payment.ReadMessage;
import io.cordon.screening.payment.prowide.ProwideReader;
import io.cordon.screening.text.Mention;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code POST /v1/screen/message} (the raw MT text or MX XML as the body: pass or hold per message)
 * and {@code POST /v1/scan} (text: listed names found in it). Query parameters {@code policy} and
 * {@code asOf}; a held message goes to the case queue (its hits become alerts) unless {@code queue=false}. A message that cannot be read is answered 200 with decision hold and the error;
 * bad parameters or an empty body are 400. See docs/payments.md.
 */
public final class PaymentRoutes implements CordonServer.Routes {
  private static final int CACHED = 4;

  private final Catalog catalog;
  private final Screener screener;
  private final RuleBook rules;
  private final PolicyBook policies;
  private final Embargoes embargoes;
  private final Clock clock;
  private final MessageReader reader = ProwideReader.create();
  /** Where held messages go, or null: screening only. */
  private final MessageQueue queue;
  /** Per (policy, snapshot set): building one reads every entity and analyses every name, so keep a few. */
  private final Cache<String, PaymentScreening> cache = Caffeine.newBuilder().maximumSize(CACHED).build();

  public PaymentRoutes(Catalog catalog, Screener screener, RuleBook rules, PolicyBook policies, Embargoes embargoes,
                       Clock clock) {
    this(catalog, screener, rules, policies, embargoes, clock, null);
  }

  /**
   * @param queue where held messages are stored and raise alerts (the case queue), or null to only
   *              screen; {@code ?queue=false} on a request is a dry run
   */
  public PaymentRoutes(Catalog catalog, Screener screener, RuleBook rules, PolicyBook policies, Embargoes embargoes,
                       Clock clock, MessageQueue queue) {
    this.queue = queue;
    this.catalog = catalog;
    this.screener = screener;
    this.rules = rules;
    this.policies = policies;
    this.embargoes = embargoes;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/v1/screen/message", this::message);
    routes.post("/v1/scan", this::scan);
  }

  private void message(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiException.badRequest("body must hold a SWIFT MT message (or RJE batch) or an ISO 20022 XML message");
    }
    Optional<LocalDate> asOf = asOf(ctx);
    boolean queued = queue != null && !"false".equals(ctx.queryParam("queue"));
    PaymentScreening ps = screening(policy(ctx, "us"), asOf.orElse(null));
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReadMessage rm : reader.read(body)) {
      MessageDecision d = ps.messages().screen(rm, asOf);
      Map<String, Object> m = PaymentJson.message("body", d);
      if (queued) {
        io.cordon.access.ApiKey key = ctx.attribute(ApiKeyFilter.KEY);
        String source = "POST /v1/screen/message" + (key == null ? "" : " (key " + key.name() + ")");
        MessageCaseJson.addQueued(m, queue.queue(Actor.SYSTEM, source, rm, d));
      }
      out.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("messages", out);
    root.put("snapshots", ps.snapshotIds());
    ctx.json(root);
  }

  private void scan(Context ctx) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("body must be UTF-8 text");
    }
    if (text.isBlank()) {
      throw ApiException.badRequest("body must hold the text to scan");
    }
    Optional<LocalDate> asOf = asOf(ctx);
    PaymentScreening ps = screening(policy(ctx, "global"), asOf.orElse(null));
    List<Mention> mentions = ps.text().scan(text, ps.listings().sources(), asOf);
    Map<String, Object> root = PaymentJson.mentions(mentions);
    root.put("snapshots", ps.snapshotIds());
    ctx.json(root);
  }

  private ScreeningPolicy policy(Context ctx, String fallback) {
    String p = ctx.queryParam("policy");
    return policies.get(p == null || p.isBlank() ? fallback : p);
  }

  private static Optional<LocalDate> asOf(Context ctx) {
    String s = ctx.queryParam("asOf");
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("asOf must be a date YYYY-MM-DD, was '" + s + "'");
    }
  }

  private PaymentScreening screening(ScreeningPolicy policy, LocalDate asOf) {
    TreeSet<String> ids = new TreeSet<>();
    for (String s : catalog.sources()) {
      Optional<Snapshot> snap = asOf == null ? catalog.active(s) : catalog.asOf(s, asOf);
      snap.ifPresent(x -> ids.add(x.id()));
    }
    // concurrent first requests for one key wait for one build instead of each building
    return cache.get(policy.name() + "|" + ids,
        k -> PaymentScreening.build(catalog, screener, policy, rules, embargoes, asOf, clock));
  }
}
