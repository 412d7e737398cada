package io.cordon.rules;

import io.cordon.model.Entity;
import io.cordon.rules.ownership.BlockedOwnership;
import io.cordon.rules.ownership.OwnershipGraph;
import io.cordon.rules.ownership.OwnershipPath;
import io.cordon.rules.ownership.OwnershipStatus;
import io.cordon.rules.policy.ScreeningPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a transaction against the rule book: resolves the counterparty, works out whether it is
 * listed or blocked (directly or by the 50% rule) under the screening policy, evaluates every rule
 * and answers prohibited / allowed / review with the reasons. Deterministic: the same request,
 * data, rules and clock give the same answer. Thread-safe.
 *
 * <p>Decision: a prohibiting rule that fired for a certainly matched party makes the trade
 * prohibited; for an uncertain match it makes it "review". Otherwise a prohibiting rule that could
 * not be decided (a fact missing, or a boundary day the texts word differently) makes it "review".
 * Otherwise the trade is allowed, and any "allowed" rule that fired (a carve-out) is the reason.
 */
public final class TradeChecker {
  private static final int CANDIDATES = 5;

  private final RuleBook rules;
  private final Listings listings;
  private final PartyResolver resolver;
  private final ScreeningPolicy policy;
  private final MatchBands bands;
  private final Clock clock;
  private final Set<String> blockedSeeds;
  private final Map<String, Set<String>> ruleSeeds = new ConcurrentHashMap<>();

  public TradeChecker(RuleBook rules, Listings listings, PartyResolver resolver, ScreeningPolicy policy,
                      MatchBands bands, Clock clock) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.listings = Objects.requireNonNull(listings, "listings");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.bands = Objects.requireNonNull(bands, "bands");
    this.clock = Objects.requireNonNull(clock, "clock");
    Set<String> seeds = new TreeSet<>();
    for (Entity e : listings.targets()) {
      if (!blockingSources(e).isEmpty()) {
        seeds.add(e.id());
      }
    }
    this.blockedSeeds = Set.copyOf(seeds);
  }

  public ScreeningPolicy policy() {
    return policy;
  }

  public TradeDecision check(TradeRequest req) {
    LocalDate asOf = req.asOf() != null ? req.asOf() : LocalDate.now(clock);
    OwnershipGraph graph = listings.ownership().on(req.tradeDate());
    PartyFinding party = findParty(req.counterparty(), graph);
    Subject subject = new Subject(req, asOf, party, graph);

    List<RuleEvaluation> evals = new ArrayList<>();
    for (Rule r : rules.rules()) {
      evals.add(evaluate(r, subject));
    }
    evals.sort(Comparator.comparing((RuleEvaluation e) -> e.status().ordinal())
        .thenComparing(e -> e.rule().outcome().ordinal()));

    List<String> reasons = new ArrayList<>();
    Decision decision = decide(party, evals, reasons);
    return new TradeDecision(decision, reasons, req, asOf, policy.name(), rules.version(), party, evals,
        facts(req, asOf, party));
  }

  private Decision decide(PartyFinding party, List<RuleEvaluation> evals, List<String> reasons) {
    boolean certain = party.band() == MatchBands.Band.MATCH;
    List<RuleEvaluation> prohibiting = evals.stream()
        .filter(e -> e.rule().outcome() == Outcome.PROHIBITED && e.status() == RuleEvaluation.Status.FIRED).toList();
    if (!prohibiting.isEmpty()) {
      for (RuleEvaluation e : prohibiting) {
        reasons.add(e.rule().id() + ": " + e.rule().title());
      }
      if (certain) {
        return Decision.PROHIBITED;
      }
      reasons.add(0, "uncertain counterparty match (score " + score(party) + " below " + bands.matchAt()
          + "): an analyst must confirm whether " + party.candidate().caption() + " is the counterparty");
      return Decision.REVIEW;
    }
    List<RuleEvaluation> open = evals.stream().filter(e -> e.rule().outcome() == Outcome.PROHIBITED
        && (e.status() == RuleEvaluation.Status.INDETERMINATE || e.boundary())).toList();
    if (!open.isEmpty()) {
      for (RuleEvaluation e : open) {
        reasons.add(e.rule().id() + (e.boundary() ? ": boundary day; " + e.rule().follows()
            : ": cannot be decided: " + String.join("; ", e.reasons().stream().filter(r -> r.startsWith("missing")).toList())));
      }
      return Decision.REVIEW;
    }
    evals.stream().filter(e -> e.rule().outcome() == Outcome.ALLOWED && e.status() == RuleEvaluation.Status.FIRED)
        .forEach(e -> reasons.add(e.rule().id() + ": " + e.rule().title()));
    if (party.candidate() == null) {
      reasons.add("the counterparty matches no entry of the selected lists");
    } else if (reasons.isEmpty()) {
      reasons.add("no rule in force prohibits this transaction with " + party.candidate().caption());
    }
    return Decision.ALLOWED;
  }

  private static String score(PartyFinding p) {
    return String.format(Locale.ROOT, "%.2f", p.candidate().score());
  }

  /**
   * Screens a party without a transaction: the best candidate, the sources listing it, those that
   * block it, and the 50%-rule finding with the holdings in force on {@code date} (direct hits and
   * ownership-derived blocking in one answer).
   */
  public PartyFinding party(PartyQuery query, LocalDate date) {
    return findParty(query, listings.ownership().on(Objects.requireNonNull(date, "date")));
  }

  private PartyFinding findParty(PartyQuery query, OwnershipGraph graph) {
    List<Candidate> cands = resolver.resolve(query, CANDIDATES).stream()
        .filter(c -> bands.band(c.score()) != MatchBands.Band.NONE).toList();
    if (cands.isEmpty()) {
      return new PartyFinding(null, MatchBands.Band.NONE, List.of(), List.of(), null, List.of());
    }
    Candidate best = cands.get(0);
    List<String> listed = List.of();
    List<String> blocking = List.of();
    if (best.entity() != null) {
      listed = listedSources(best.entity());
      blocking = blockingSources(best.entity());
    }
    OwnershipStatus own = BlockedOwnership.compute(graph, blockedSeeds).status(best.id());
    return new PartyFinding(best, bands.band(best.score()), listed, blocking, own, cands.subList(1, cands.size()));
  }

  private List<String> listedSources(Entity e) {
    return listings.sourcesOf(e).stream().filter(s -> policy.selects(listings.source(s))).toList();
  }

  /**
   * Blocking sources listing the entity. On an official list only sanction entries block: an
   * entry whose topics are all of another kind (a PEP list's role.pep, a debarment) is listed but
   * not blocked. Entries of custom lists block whatever their topics (a refusal list is a refusal).
   */
  private List<String> blockingSources(Entity e) {
    List<String> topics = e.get(io.cordon.model.Prop.TOPICS);
    boolean sanctioned = topics.isEmpty() || topics.stream().anyMatch(t -> t.startsWith("sanction"));
    return listings.sourcesOf(e).stream().map(listings::source)
        .filter(s -> policy.blocks(s) && (sanctioned || s.custom())).map(io.cordon.rules.policy.SourceInfo::name)
        .toList();
  }

  /** Everything one check knows, shared by the rule evaluations. */
  private record Subject(TradeRequest req, LocalDate asOf, PartyFinding party, OwnershipGraph graph) {}

  private RuleEvaluation evaluate(Rule r, Subject s) {
    TradeRequest q = s.req();
    List<String> reasons = new ArrayList<>();
    if (r.published().isAfter(s.asOf())) {
      reasons.add("published " + r.published() + ", after the as-of date " + s.asOf());
      return new RuleEvaluation(r, RuleEvaluation.Status.NOT_PUBLISHED, false, reasons, List.of());
    }
    if (!r.inForceOn(q.tradeDate())) {
      reasons.add("trade date " + q.tradeDate() + " is outside the effective dates " + r.effectiveFrom() + " .. "
          + (r.effectiveUntil() == null ? "open" : r.effectiveUntil()));
      return new RuleEvaluation(r, RuleEvaluation.Status.NOT_IN_FORCE, false, reasons, List.of());
    }
    reasons.add("in force on trade date " + q.tradeDate() + " (effective " + r.effectiveFrom() + " .. "
        + (r.effectiveUntil() == null ? "open" : r.effectiveUntil()) + ")");
    Conditions c = r.when();
    Tally t = new Tally(reasons);

    if (!c.actorJurisdictions().isEmpty()) {
      if (q.actorJurisdiction() == null) {
        t.missing("actor jurisdiction (rule covers " + c.actorJurisdictions() + ")");
      } else {
        t.test(c.actorJurisdictions().contains(q.actorJurisdiction()),
            "actor jurisdiction " + q.actorJurisdiction() + (c.actorJurisdictions().contains(q.actorJurisdiction())
                ? " is" : " is not") + " in " + new TreeSet<>(c.actorJurisdictions()));
      }
    }
    if (!c.actorKinds().isEmpty()) {
      if (q.actorKind() == null) {
        t.missing("actor kind (rule covers " + labels(c.actorKinds()) + ")");
      } else {
        boolean ok = c.actorKinds().contains(q.actorKind());
        t.test(ok, "actor kind " + q.actorKind().label() + (ok ? " is" : " is not") + " in " + labels(c.actorKinds()));
      }
    }
    List<OwnershipPath> paths = List.of();
    if (!c.counterparty().isAny()) {
      paths = counterparty(r, s, t);
    }
    if (!c.instruments().isEmpty()) {
      boolean ok = c.instruments().contains(q.instrument());
      t.test(ok, "instrument " + q.instrument().label() + (ok ? " is" : " is not") + " in " + labels(c.instruments()));
    }
    if (!c.markets().isEmpty()) {
      if (q.market() == null) {
        t.missing("market (rule covers " + labels(c.markets()) + ")");
      } else {
        boolean ok = c.markets().contains(q.market());
        t.test(ok, "market " + q.market().label() + (ok ? " is" : " is not") + " in " + labels(c.markets()));
      }
    }
    dates(t, c.issueDate(), "issue date", q.issueDate());
    dates(t, c.tradeDate(), "trade date", q.tradeDate());
    if (!c.currencies().isEmpty()) {
      if (q.currency() == null) {
        t.missing("currency (rule covers " + new TreeSet<>(c.currencies()) + ")");
      } else {
        boolean ok = c.currencies().contains(q.currency());
        t.test(ok, "currency " + q.currency() + (ok ? " is" : " is not") + " in " + new TreeSet<>(c.currencies()));
      }
    }
    if (c.maturityDaysOver() != null) {
      if (q.maturityDays() == null) {
        t.missing("maturity in days (rule covers debt longer than " + c.maturityDaysOver() + " days)");
      } else {
        boolean ok = q.maturityDays() > c.maturityDaysOver();
        t.test(ok, "maturity " + q.maturityDays() + " days is" + (ok ? "" : " not") + " longer than "
            + c.maturityDaysOver() + " days");
      }
    }
    RuleEvaluation.Status st = t.failed > 0 ? RuleEvaluation.Status.NOT_MET
        : t.missing > 0 ? RuleEvaluation.Status.INDETERMINATE : RuleEvaluation.Status.FIRED;
    // the boundary flag matters only when the ambiguous date alone decides the rule
    boolean boundary = t.ambiguous && t.failed == t.ambiguousFailed && t.missing == 0;
    return new RuleEvaluation(r, st, boundary, reasons, st == RuleEvaluation.Status.FIRED ? paths : List.of());
  }

  private static void dates(Tally t, DateCondition d, String fact, LocalDate value) {
    if (d == null) {
      return;
    }
    if (value == null) {
      t.missing(fact + " (rule covers " + fact + "s " + d.describe() + ")");
      return;
    }
    DateCondition.Test r = d.test(fact, value);
    t.test(r.holds(), r.reason());
    if (r.ambiguous()) {
      t.ambiguous = true;
      if (!r.holds()) {
        t.ambiguousFailed++;
      }
    }
  }

  /** Tests the counterparty criteria; returns the 50%-rule paths when ownership brought it in. */
  private List<OwnershipPath> counterparty(Rule r, Subject s, Tally t) {
    PartySet set = r.when().counterparty();
    PartyFinding p = s.party();
    if (p.candidate() == null) {
      t.test(false, "counterparty (" + s.req().counterparty().describe() + ") matches no listed entity");
      return List.of();
    }
    Candidate c = p.candidate();
    String who = c.caption() + " (" + c.id() + ")";
    if (set.blocked()) {
      if (!p.blockingOn().isEmpty()) {
        t.test(true, who + " is listed on blocking source(s) " + p.blockingOn() + " under policy " + policy.name());
        return List.of();
      }
      if (r.ownership50() && p.ownership() != null && p.ownership().blocked()) {
        t.test(true, who + " is blocked by the 50% rule: " + p.ownership().summary());
        return p.ownership().paths();
      }
      t.test(false, who + " is not on a blocking source of policy " + policy.name()
          + (p.ownership() != null && p.ownership().blockedShare() > 0 ? " and " + p.ownership().summary()
          : " and not owned 50% or more by blocked persons"));
      return List.of();
    }
    String direct = directMatch(set, c);
    if (direct != null) {
      t.test(true, who + " " + direct);
      return List.of();
    }
    if (r.ownership50()) {
      Set<String> seeds = ruleSeeds.computeIfAbsent(r.id(), k -> seeds(set));
      OwnershipStatus st = BlockedOwnership.compute(s.graph(), seeds).status(c.id());
      if (st.blocked()) {
        t.test(true, who + " is owned 50% or more by parties this rule covers: "
            + String.join("; ", st.paths().stream().map(OwnershipPath::toString).toList()));
        return st.paths();
      }
    }
    t.test(false, who + " is not among the parties this rule covers" + (r.ownership50() ? "" : " (no 50% rule extension)"));
    return List.of();
  }

  private Set<String> seeds(PartySet set) {
    Set<String> out = new TreeSet<>();
    for (Entity e : listings.targets()) {
      if (directMatch(set, Candidate.of(e, 1, "id", e.id())) != null) {
        out.add(e.id());
      }
    }
    return out;
  }

  /** Why the candidate is in the set by its own listing, or null. */
  private String directMatch(PartySet set, Candidate c) {
    if (set.entities().contains(c.id())) {
      return "is named by the rule";
    }
    Entity e = c.entity();
    if (e == null) {
      return null;
    }
    if (!set.identifiers().isEmpty()) {
      Set<String> wanted = new TreeSet<>();
      set.identifiers().forEach(v -> wanted.addAll(Identifiers.keys(v)));
      for (String v : Listings.identifiers(e)) {
        for (String k : Identifiers.keys(v)) {
          if (wanted.contains(k)) {
            return "carries identifier " + v + " named by the rule";
          }
        }
      }
    }
    PartySet.Listed l = set.listed();
    if (l != null) {
      Set<String> srcs = new TreeSet<>(listedSources(e));
      if (!l.sources().isEmpty()) {
        srcs.retainAll(l.sources());
        if (srcs.isEmpty()) {
          return null;
        }
      }
      if (!l.programs().isEmpty()) {
        Set<String> progs = listings.programs(e);
        if (l.programs().stream().noneMatch(x -> progs.contains(x.toUpperCase(Locale.ROOT)))) {
          return null;
        }
      }
      String phrase = null;
      if (!l.texts().isEmpty()) {
        List<String> texts = listings.listingTexts(e);
        for (String t : l.texts()) {
          Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
          if (texts.stream().anyMatch(x -> p.matcher(x).find())) {
            phrase = t;
            break;
          }
        }
        if (phrase == null) {
          return null;
        }
      }
      if (srcs.isEmpty()) {
        return null; // listed only on sources this policy does not select
      }
      return "is listed on " + srcs + (l.programs().isEmpty() ? "" : " under " + new TreeSet<>(l.programs()))
          + (phrase == null ? "" : " as \"" + phrase + "\"");
    }
    return null;
  }

  private Map<String, String> facts(TradeRequest q, LocalDate asOf, PartyFinding p) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("actor.jurisdiction", q.actorJurisdiction());
    f.put("actor.kind", q.actorKind() == null ? null : q.actorKind().label());
    f.put("counterparty.query", q.counterparty().describe());
    f.put("counterparty.entity", p.candidate() == null ? null : p.candidate().id());
    f.put("counterparty.name", p.candidate() == null ? null : p.candidate().caption());
    f.put("counterparty.score", p.candidate() == null ? null : String.format(Locale.ROOT, "%.3f", p.candidate().score()));
    f.put("counterparty.match", p.band().name().toLowerCase(Locale.ROOT));
    f.put("counterparty.listedOn", String.join(",", p.listedOn()));
    f.put("counterparty.blocked", p.candidate() == null ? "false" : String.valueOf(p.blocked()));
    f.put("instrument", q.instrument().label());
    f.put("market", q.market() == null ? null : q.market().label());
    f.put("issueDate", q.issueDate() == null ? null : q.issueDate().toString());
    f.put("tradeDate", q.tradeDate().toString());
    f.put("currency", q.currency());
    f.put("maturityDays", q.maturityDays() == null ? null : q.maturityDays().toString());
    f.put("asOf", asOf.toString());
    f.put("policy", policy.name());
    f.values().removeIf(Objects::isNull);
    return f;
  }

  private static String labels(Set<? extends Enum<?>> s) {
    return s.stream().map(Labels::label).sorted().toList().toString();
  }

  /** Counts of condition results for one rule. */
  private static final class Tally {
    final List<String> reasons;
    int failed;
    int missing;
    int ambiguousFailed;
    boolean ambiguous;

    Tally(List<String> reasons) {
      this.reasons = reasons;
    }

    void test(boolean ok, String reason) {
      reasons.add((ok ? "holds: " : "fails: ") + reason);
      if (!ok) {
        failed++;
      }
    }

    void missing(String what) {
      reasons.add("missing: " + what);
      missing++;
    }
  }
}
