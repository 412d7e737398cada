package io.cordon.rules;

import io.cordon.model.Entity;
import io.cordon.model.Identifiers;
import io.cordon.rules.ownership.BlockedOwnership;
import io.cordon.rules.ownership.OwnershipGraph;
import io.cordon.rules.ownership.OwnershipPath;
import io.cordon.rules.ownership.OwnershipStatus;
import io.cordon.rules.policy.ScreeningPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
  /** Seeds of every rule with the 50% extension, computed in one pass over the listings on first need. */
  private volatile Map<String, Set<String>> bookSeeds;
  private final Map<PartySet, CompiledPartySet> compiledSets = new ConcurrentHashMap<>();

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

    Map<String, RuleEvaluation> byId = new LinkedHashMap<>();
    for (Rule r : rules.rules()) {
      byId.put(r.id(), evaluate(r, subject));
    }
    List<RuleEvaluation> evals = new ArrayList<>();
    for (RuleEvaluation e : byId.values()) {
      evals.add(licensed(e, byId));
    }
    evals.sort(Comparator.comparing((RuleEvaluation e) -> e.status().ordinal())
        .thenComparing(e -> e.rule().outcome().ordinal()));

    List<String> reasons = new ArrayList<>();
    Verdict decision = decide(req, party, evals, reasons);
    return new TradeDecision(decision, reasons, req, asOf, policy.name(), rules.version(), party, evals,
        facts(req, asOf, party));
  }

  /**
   * A prohibition that fired, seen through the general licences that name it: authorised when one
   * of them fired on an ordinary day; open (review) when one of them cannot be decided (e.g. the
   * purpose of the transaction was not given) or turns on a boundary day.
   */
  private RuleEvaluation licensed(RuleEvaluation e, Map<String, RuleEvaluation> all) {
    if (e.rule().outcome() != RuleEffect.PROHIBITED || e.status() != RuleEvaluation.Status.FIRED) {
      return e;
    }
    List<String> open = new ArrayList<>();
    for (RuleEvaluation l : all.values()) {
      if (!l.rule().authorizes().contains(e.rule().id())) {
        continue;
      }
      if (l.status() == RuleEvaluation.Status.FIRED && !l.boundary() && l.rule().proviso() != null) {
        open.add(l.rule().id() + " (" + l.rule().title() + ") authorises it only if: " + l.rule().proviso());
        continue;
      }
      if (l.status() == RuleEvaluation.Status.FIRED && !l.boundary()) {
        List<String> reasons = new ArrayList<>(e.reasons());
        reasons.add("authorised by " + l.rule().id() + ": " + l.rule().title());
        return new RuleEvaluation(e.rule(), RuleEvaluation.Status.AUTHORIZED, e.boundary(), reasons, e.ownership(), null);
      }
      if (l.status() == RuleEvaluation.Status.INDETERMINATE || (l.status() == RuleEvaluation.Status.FIRED && l.boundary())) {
        open.add(l.rule().id() + " (" + l.rule().title() + ") authorises it "
            + (l.boundary() ? "on one side of a boundary day: " + l.rule().follows()
            : "if " + String.join("; ", l.reasons().stream().filter(r -> r.startsWith("missing")).toList())));
      }
    }
    if (open.isEmpty()) {
      return e;
    }
    List<String> reasons = new ArrayList<>(e.reasons());
    String why = "prohibited unless a general licence applies: " + String.join("; ", open);
    reasons.add("open: " + why);
    return new RuleEvaluation(e.rule(), e.status(), e.boundary(), reasons, e.ownership(), why);
  }

  private Verdict decide(TradeRequest req, PartyFinding party, List<RuleEvaluation> evals, List<String> reasons) {
    boolean certainParty = party.band() == MatchBands.Band.MATCH;
    List<RuleEvaluation> fired = evals.stream()
        .filter(e -> e.rule().outcome() == RuleEffect.PROHIBITED && e.status() == RuleEvaluation.Status.FIRED).toList();
    List<RuleEvaluation> certain = fired.stream().filter(e -> !e.boundary() && e.open() == null).toList();
    if (!certain.isEmpty() && certainParty) {
      for (RuleEvaluation e : certain) {
        reasons.add(e.rule().id() + ": " + e.rule().title());
      }
      return Verdict.PROHIBITED;
    }
    List<String> open = new ArrayList<>();
    if (party.candidate() != null && !certainParty) {
      open.add("uncertain counterparty match (score " + score(party) + " below " + bands.matchAt()
          + "): an analyst must confirm whether " + party.candidate().caption() + " is the counterparty");
    }
    if (party.candidate() == null && req.counterparty().identifier() != null) {
      open.add("missing: who the counterparty is: identifier " + req.counterparty().identifier()
          + " resolves to no entity of the selected lists (a security's ISIN does not name its issuer here);"
          + " give the issuer's name, entity id, LEI or BIC");
    }
    for (RuleEvaluation e : certain) {
      reasons.add(e.rule().id() + ": " + e.rule().title());
    }
    for (RuleEvaluation e : evals) {
      if (e.rule().outcome() != RuleEffect.PROHIBITED) {
        continue;
      }
      if (e.open() != null) {
        open.add(e.rule().id() + ": " + e.open());
      } else if (e.boundary() && (e.status() == RuleEvaluation.Status.FIRED || e.status() == RuleEvaluation.Status.NOT_MET)) {
        open.add(e.rule().id() + ": boundary day; " + e.rule().follows());
      } else if (e.status() == RuleEvaluation.Status.INDETERMINATE) {
        open.add(e.rule().id() + ": cannot be decided: "
            + String.join("; ", e.reasons().stream().filter(r -> r.startsWith("missing")).toList()));
      }
    }
    if (!open.isEmpty()) {
      reasons.addAll(0, open);
      return Verdict.REVIEW;
    }
    evals.stream().filter(e -> e.status() == RuleEvaluation.Status.AUTHORIZED)
        .forEach(e -> reasons.add(e.rule().id() + ": " + e.reasons().get(e.reasons().size() - 1)));
    evals.stream().filter(e -> e.rule().outcome() == RuleEffect.ALLOWED && e.status() == RuleEvaluation.Status.FIRED
            && !e.rule().isLicence())
        .forEach(e -> reasons.add(e.rule().id() + ": " + e.rule().title()));
    if (party.candidate() == null) {
      reasons.add("the counterparty matches no entry of the selected lists");
    } else if (reasons.isEmpty()) {
      reasons.add("no rule in force prohibits this transaction with " + party.candidate().caption());
    }
    return Verdict.ALLOWED;
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
    List<PartyCandidate> cands = resolver.resolve(query, CANDIDATES).stream()
        .filter(c -> bands.band(c.score()) != MatchBands.Band.NONE).toList();
    if (cands.isEmpty()) {
      return new PartyFinding(null, MatchBands.Band.NONE, List.of(), List.of(), null, List.of());
    }
    PartyCandidate best = cands.get(0);
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
    Coverage cov = Coverage.NONE;
    if (!c.counterparty().isAny()) {
      cov = counterparty(r, s, t);
    }
    List<OwnershipPath> paths = cov.paths();
    PartyDate pd = c.usesPartyDate() && cov.covered() ? partyDate(r.partyDates(), cov) : null;
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
    dates(t, c.issueDate(), "issue date", q.issueDate(), pd, r.partyDates(), cov);
    dates(t, c.tradeDate(), "trade date", q.tradeDate(), pd, r.partyDates(), cov);
    if (!c.currenciesExcept().isEmpty()) {
      if (q.currency() == null) {
        t.missing("currency (rule covers currencies other than " + new TreeSet<>(c.currenciesExcept()) + ")");
      } else {
        boolean ok = !c.currenciesExcept().contains(q.currency());
        t.test(ok, "currency " + q.currency() + (ok ? " is not " : " is ") + "excluded by the rule ("
            + new TreeSet<>(c.currenciesExcept()) + ")");
      }
    }
    if (!c.purposes().isEmpty()) {
      if (q.purposes().isEmpty()) {
        t.missing("purpose of the transaction (rule covers " + labels(c.purposes()) + "; give --purpose)");
      } else {
        boolean ok = q.purposes().stream().anyMatch(c.purposes()::contains);
        t.test(ok, "purpose " + labels(q.purposes()) + (ok ? " is" : " is not") + " among " + labels(c.purposes()));
      }
    }
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

  private static void dates(Tally t, DateCondition d, String fact, LocalDate value, PartyDate pd, PartyDates spec,
                            Coverage cov) {
    if (d == null) {
      return;
    }
    if (value == null) {
      t.missing(fact + " (rule covers " + fact + "s " + d.describe() + ")");
      return;
    }
    boolean needParty = d.onOrAfterPartyDate() && cov.covered();
    DateCondition.Test r = d.test(fact, value, needParty && pd != null ? pd.date() : null,
        pd == null ? null : pd.source());
    if (needParty && pd == null && r.holds()) {
      t.missing(spec.label() + " of " + String.join(", ", cov.ids()) + ": not in the list data nor in the rule data ("
          + spec.name() + "); " + fact + " " + value + " can only be judged against it");
      return;
    }
    t.test(r.holds(), r.reason());
    if (r.ambiguous()) {
      t.ambiguous = true;
      if (!r.holds()) {
        t.ambiguousFailed++;
      }
    }
  }

  /** The party's own date and where it was found. */
  private record PartyDate(LocalDate date, String source) {}

  /** Which ids a rule's counterparty criteria covered (the party itself, or its covered owners). */
  private record Coverage(boolean covered, List<String> ids, List<OwnershipPath> paths) {
    static final Coverage NONE = new Coverage(false, List.of(), List.of());
  }

  /**
   * The covered party's own date: from its listing where the list carries it, else from the rule
   * data; through the 50% rule, the earliest known date of the covered owners (the answer that
   * prohibits more, said in the reason).
   */
  private PartyDate partyDate(PartyDates spec, Coverage cov) {
    PartyDate best = null;
    for (String id : cov.ids()) {
      PartyDate d = null;
      Entity e = listings.entity(id).orElse(null);
      if (e != null) {
        for (String phrase : spec.listed()) {
          LocalDate v = dateAfter(listings.listingTexts(e), phrase);
          if (v != null) {
            d = new PartyDate(v, spec.label() + " of " + id + ", from the list data");
            break;
          }
        }
      }
      if (d == null && spec.table().containsKey(id)) {
        d = new PartyDate(spec.table().get(id), spec.label() + " of " + id + ", from the rule data (" + spec.name() + ")");
      }
      if (d != null && (best == null || d.date().isBefore(best.date()))) {
        best = d;
      }
    }
    if (best != null && !cov.paths().isEmpty() && cov.ids().size() > 1) {
      best = new PartyDate(best.date(), best.source() + "; the earliest date of the covered owners");
    }
    return best;
  }

  private static final java.time.format.DateTimeFormatter DMY = new java.time.format.DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH);

  /** The date written right after {@code phrase} in one of the texts (ISO, or OFAC's "26 Mar 2022"). */
  static LocalDate dateAfter(List<String> texts, String phrase) {
    Pattern p = Pattern.compile(Pattern.quote(phrase) + "\\)?:?\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{1,2} [A-Za-z]{3} \\d{4})",
        Pattern.CASE_INSENSITIVE);
    for (String t : texts) {
      java.util.regex.Matcher m = p.matcher(t);
      if (m.find()) {
        String v = m.group(1);
        try {
          return v.contains("-") ? LocalDate.parse(v) : LocalDate.parse(v, DMY);
        } catch (java.time.format.DateTimeParseException ex) {
          return null;
        }
      }
    }
    return null;
  }

  /** Tests the counterparty criteria; returns which ids brought the party under the rule. */
  private Coverage counterparty(Rule r, Subject s, Tally t) {
    PartySet set = r.when().counterparty();
    PartyFinding p = s.party();
    if (p.candidate() == null) {
      if (s.req().counterparty().identifier() != null) {
        t.missing("counterparty: identifier " + s.req().counterparty().identifier()
            + " resolves to no entity of the selected lists");
      } else {
        t.test(false, "counterparty (" + s.req().counterparty().describe() + ") matches no listed entity");
      }
      return Coverage.NONE;
    }
    PartyCandidate c = p.candidate();
    String who = c.caption() + " (" + c.id() + ")";
    if (set.blocked()) {
      if (!p.blockingOn().isEmpty()) {
        t.test(true, who + " is listed on blocking source(s) " + p.blockingOn() + " under policy " + policy.name());
        return new Coverage(true, List.of(c.id()), List.of());
      }
      if (r.ownership50() && p.ownership() != null && p.ownership().blocked()) {
        t.test(true, who + " is blocked by the 50% rule: " + p.ownership().summary());
        return new Coverage(true, roots(p.ownership().paths()), p.ownership().paths());
      }
      t.test(false, who + " is not on a blocking source of policy " + policy.name()
          + (p.ownership() != null && p.ownership().blockedShare() > 0 ? " and " + p.ownership().summary()
          : " and not owned 50% or more by blocked persons"));
      return Coverage.NONE;
    }
    CompiledPartySet compiled = compiledSets.computeIfAbsent(set, CompiledPartySet::of);
    String direct = directMatch(compiled, c.id(), c.entity() == null ? null : new EntityFacts(c.entity()));
    if (direct != null) {
      t.test(true, who + " " + direct);
      return new Coverage(true, List.of(c.id()), List.of());
    }
    if (r.ownership50()) {
      Set<String> seeds = bookSeeds().get(r.id());
      if (seeds == null) { // a rule from outside the book
        seeds = ruleSeeds.computeIfAbsent(r.id(), k -> seeds(compiled));
      }
      OwnershipStatus st = BlockedOwnership.compute(s.graph(), seeds).status(c.id());
      if (st.blocked()) {
        t.test(true, who + " is owned 50% or more by parties this rule covers: "
            + String.join("; ", st.paths().stream().map(OwnershipPath::toString).toList()));
        return new Coverage(true, roots(st.paths()), st.paths());
      }
    }
    t.test(false, who + " is not among the parties this rule covers" + (r.ownership50() ? "" : " (no 50% rule extension)"));
    return Coverage.NONE;
  }

  private static List<String> roots(List<OwnershipPath> paths) {
    return paths.stream().map(OwnershipPath::root).distinct().toList();
  }

  private Set<String> seeds(CompiledPartySet set) {
    Set<String> out = new TreeSet<>();
    for (Entity e : listings.targets()) {
      if (directMatch(set, e.id(), new EntityFacts(e)) != null) {
        out.add(e.id());
      }
    }
    return out;
  }

  /**
   * The parties each rule with the 50% extension covers by their own listing (the seeds its ownership
   * search starts from): one pass over the listed entities for all such rules, each entity's sources,
   * programs and listing texts read once. Computed on first need; {@link #warmUp} computes it ahead.
   */
  private Map<String, Set<String>> bookSeeds() {
    Map<String, Set<String>> done = bookSeeds;
    if (done != null) {
      return done;
    }
    synchronized (this) {
      if (bookSeeds == null) {
        Map<String, CompiledPartySet> sets = new LinkedHashMap<>();
        for (Rule r : rules.rules()) {
          PartySet set = r.when().counterparty();
          if (r.ownership50() && !set.blocked()) {
            sets.put(r.id(), compiledSets.computeIfAbsent(set, CompiledPartySet::of));
          }
        }
        Map<String, Set<String>> out = new HashMap<>();
        sets.keySet().forEach(id -> out.put(id, new TreeSet<>()));
        for (Entity e : listings.targets()) {
          EntityFacts facts = new EntityFacts(e);
          sets.forEach((id, set) -> {
            if (directMatch(set, e.id(), facts) != null) {
              out.get(id).add(e.id());
            }
          });
        }
        bookSeeds = Map.copyOf(out);
      }
      return bookSeeds;
    }
  }

  /**
   * Does ahead of time the one-time work of the first check that involves a rule with the 50%
   * extension (seconds with large lists), e.g. on a background thread right after construction.
   */
  public void warmUp() {
    bookSeeds();
  }

  /** What the rule criteria read of one entity, each part read once when first asked for. */
  private final class EntityFacts {
    private final Entity entity;
    private List<String> sources;
    private Set<String> programs;
    private List<String> texts;

    EntityFacts(Entity entity) {
      this.entity = entity;
    }

    List<String> sources() {
      if (sources == null) {
        sources = listedSources(entity);
      }
      return sources;
    }

    Set<String> programs() {
      if (programs == null) {
        programs = listings.programs(entity);
      }
      return programs;
    }

    List<String> texts() {
      if (texts == null) {
        texts = listings.listingTexts(entity);
      }
      return texts;
    }
  }

  /** Why the candidate is in the set by its own listing, or null. */
  private String directMatch(CompiledPartySet compiled, String id, EntityFacts facts) {
    PartySet set = compiled.set();
    if (set.entities().contains(id)) {
      return "is named by the rule";
    }
    if (facts == null) {
      return null;
    }
    Entity e = facts.entity;
    if (!set.identifiers().isEmpty()) {
      Set<String> wanted = compiled.identifierKeys();
      for (String v : Identifiers.values(e)) {
        for (String k : Identifiers.keys(v)) {
          if (wanted.contains(k)) {
            return "carries identifier " + v + " named by the rule";
          }
        }
      }
    }
    PartySet.Listed l = set.listed();
    if (l != null) {
      Set<String> srcs = new TreeSet<>(facts.sources());
      if (!l.sources().isEmpty()) {
        srcs.retainAll(l.sources());
        if (srcs.isEmpty()) {
          return null;
        }
      }
      if (!l.programs().isEmpty()) {
        Set<String> progs = facts.programs();
        if (l.programs().stream().noneMatch(x -> progs.contains(x.toUpperCase(Locale.ROOT)))) {
          return null;
        }
      }
      String phrase = null;
      if (!l.texts().isEmpty()) {
        List<String> texts = facts.texts();
        for (CompiledPartySet.Phrase t : compiled.phrases()) {
          if (t.foundIn(texts)) {
            phrase = t.text();
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
    f.put("purpose", q.purposes().isEmpty() ? null : String.join(",", q.purposes().stream().map(Purpose::label).sorted().toList()));
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
