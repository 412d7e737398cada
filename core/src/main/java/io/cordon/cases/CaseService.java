package io.cordon.cases;

import io.cordon.index.Listing;
import io.cordon.index.PartyListings;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The case workflow: the customer book, screening runs, alerts, four-eyes decisions, the good-guy
 * list and the audit log (users and logins: {@code io.cordon.access.Access}). Every call takes the
 * acting {@link Actor}; roles are checked here, whatever interface (CLI, HTTP, UI) the call came through. Errors are typed:
 * {@link NotFoundException}, {@link ForbiddenException}, {@link ConflictException},
 * {@link BadInputException}.
 *
 * <p>Each state change and its audit row are written in one store transaction, committed before
 * the call returns: an acknowledged decision is durable.
 */
public final class CaseService {
  /** Parties per transaction on import: big enough to amortise commits, small enough to keep locks short. */
  static final int CHUNK = 500;

  private final CaseStore store;
  private final PartyScreening screening;
  private final Scorer scorer;
  private final Clock clock;
  private final double threshold;
  /** Posting length above which a name key is "frequent" in the in-memory name indexes ({@link NameIndex}). */
  static final int FREQUENT_CAP = 2000;

  private final int frequentCap;
  private final AtomicReference<NameIndex<Party>> book = new AtomicReference<>();

  /**
   * @param store     where the book and cases live
   * @param screening screens one party against the active lists (import, on demand)
   * @param scorer    scores a party against one list entry (re-screening on list change)
   * @param clock     time source of every record
   * @param threshold hits scoring at or above it raise alerts; in (0, 1]
   */
  public CaseService(CaseStore store, PartyScreening screening, Scorer scorer, Clock clock, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("case threshold must be in (0, 1], got " + threshold);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.screening = Objects.requireNonNull(screening, "screening");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.threshold = threshold;
    this.frequentCap = FREQUENT_CAP;
  }

  public double threshold() {
    return threshold;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  // ---------------------------------------------------------------- users

  /**
   * The actor for a user name without a password: for local tools that already have the store's
   * file permissions (the CLI's {@code --as}) and for API keys bound to a user. Network logins go
   * through {@code io.cordon.access.Access}. A disabled user is refused.
   */
  public Actor actor(String name) {
    User u = store.inTransaction(tx -> tx.user(name))
        .orElseThrow(() -> new NotFoundException("no user named " + name));
    if (u.disabled()) {
      throw new ForbiddenException("user " + name + " is disabled");
    }
    return u.actor();
  }

  // ---------------------------------------------------------------- book and screening

  /** Counts of one party import. */
  public record ImportResult(long runId, int read, int added, int changed, int unchanged, int alerts, int suppressed) {}

  /**
   * Imports parties into the book and screens the new and the changed ones (unchanged ones are not
   * screened again, so re-importing a file raises nothing new).
   *
   * @param subject what was imported (file name), for the run and the audit log
   */
  public ImportResult importParties(Actor actor, String subject, Iterable<Party> parties) {
    requireOperator(actor, "import parties");
    if (parties instanceof java.util.Collection<Party> all) {
      // a request is all or nothing: a duplicate in a later chunk must not leave earlier chunks imported
      Set<String> ids = new java.util.HashSet<>();
      for (Party p : all) {
        if (!ids.add(p.externalId())) {
          throw new BadInputException("party " + p.externalId() + " appears twice in " + subject);
        }
      }
    }
    long runId = store.inTransaction(tx -> tx.insertRun(
        new ScreeningRun(0, ScreeningRun.Trigger.IMPORT, actor.name(), subject, List.of(), 0, 0, 0, now())));
    int[] c = new int[6]; // read, added, changed, unchanged, alerts, suppressed
    Iterator<Party> it = parties.iterator();
    java.util.Set<String> snapshots = new java.util.TreeSet<>();
    while (it.hasNext()) {
      List<Party> chunk = new ArrayList<>(CHUNK);
      java.util.Set<String> inChunk = new java.util.HashSet<>();
      while (it.hasNext() && chunk.size() < CHUNK) {
        Party p = it.next();
        c[0]++;
        if (!inChunk.add(p.externalId())) {
          throw new BadInputException("party " + p.externalId() + " appears twice in " + subject);
        }
        chunk.add(p);
      }
      importChunk(actor, runId, chunk, c, snapshots);
    }
    ScreeningRun run = new ScreeningRun(runId, ScreeningRun.Trigger.IMPORT, actor.name(), subject,
        List.copyOf(snapshots), c[1] + c[2], c[4], c[5], now());
    store.inTransaction(tx -> {
      tx.updateRun(run);
      audit(tx, actor, "screening", "run:" + runId, "import " + subject + ": read=" + c[0] + " added=" + c[1]
          + " changed=" + c[2] + " unchanged=" + c[3] + " alerts=" + c[4] + " suppressed=" + c[5], run.at());
      return null;
    });
    return new ImportResult(runId, c[0], c[1], c[2], c[3], c[4], c[5]);
  }

  private void importChunk(Actor actor, long runId, List<Party> chunk, int[] c, Set<String> snapshots) {
    List<Party> stored = store.inTransaction(tx -> {
      List<Party> out = new ArrayList<>();
      for (Party p : chunk) {
        out.add(tx.party(p.externalId()).orElse(null));
      }
      return out;
    });
    List<Party> toScreen = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      Party p = chunk.get(i);
      Party old = stored.get(i);
      if (old != null && old.hash().equals(p.hash())) {
        c[3]++;
        continue;
      }
      c[old == null ? 1 : 2]++;
      toScreen.add(p);
    }
    // screening is the slow part and independent per party: all cores, results in input order
    List<List<Hit>> hits = toScreen.parallelStream().map(p -> above(screening.screen(p))).toList();
    hits.forEach(h -> h.forEach(x -> snapshots.addAll(x.snapshotIds())));
    if (toScreen.isEmpty()) {
      return;
    }
    store.inTransaction(tx -> {
      Instant at = now();
      for (int i = 0; i < toScreen.size(); i++) {
        Party p = toScreen.get(i);
        tx.putParty(p, at);
        for (Hit h : hits.get(i)) {
          raise(tx, actor, runId, p, h.entity(), h.score(), h.priority(), h.listings(), h.explanations(),
              h.snapshotIds(), at, c);
        }
      }
      return null;
    });
    NameIndex<Party> idx = book.get();
    if (idx != null) {
      toScreen.forEach(p -> idx.put(p.externalId(), p, p.schema(), p.names()));
    }
  }

  private List<Hit> above(List<Hit> hits) {
    return hits.stream().filter(h -> h.score() >= threshold).toList();
  }

  /** Outcome of screening one party on demand. */
  public record ScreeningOutcome(long runId, List<Hit> hits, int alerts, int suppressed) {}

  /** Screens a party of the book again now (e.g. after an analyst asked for it). */
  public ScreeningOutcome screenParty(Actor actor, String externalId) {
    requireOperator(actor, "screen parties");
    Party p = store.inTransaction(tx -> tx.party(externalId))
        .orElseThrow(() -> new NotFoundException("no party with id " + externalId));
    List<Hit> hits = above(screening.screen(p));
    return store.inTransaction(tx -> {
      Instant at = now();
      Set<String> snaps = new java.util.TreeSet<>();
      hits.forEach(h -> snaps.addAll(h.snapshotIds()));
      long runId = tx.insertRun(new ScreeningRun(0, ScreeningRun.Trigger.ON_DEMAND, actor.name(),
          "party:" + externalId, List.copyOf(snaps), 1, 0, 0, at));
      int[] c = new int[6];
      for (Hit h : hits) {
        raise(tx, actor, runId, p, h.entity(), h.score(), h.priority(), h.listings(), h.explanations(),
              h.snapshotIds(), at, c);
      }
      audit(tx, actor, "screening", "party:" + externalId, "on demand: hits=" + hits.size() + " alerts=" + c[4]
          + " suppressed=" + c[5], at);
      return new ScreeningOutcome(runId, hits, c[4], c[5]);
    });
  }

  /** Counts of one re-screening after a list change. */
  public record RescreenResult(long runId, int entities, long candidates, int hits, int alerts, int suppressed) {}

  /**
   * A new snapshot became active: screens only its added and changed entries against an index of the
   * book, raising alerts for newly matching parties. Hits already alerted with the same data, and
   * cleared hits whose party and entry are unchanged, raise nothing. A pair sharing a single name
   * word that more than 2,000 parties of the book have ("trading", "ali") is not scored: see
   * {@link NameIndex}.
   */
  public RescreenResult onSnapshotActivated(Actor actor, ListChange change) {
    NameIndex<Party> idx = bookIndex();
    List<Entity> targets = change.upserted().stream().filter(IndexedScreening::screenable).toList();
    List<Found> found = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicLong candidates = new java.util.concurrent.atomic.AtomicLong();
    targets.parallelStream().forEach(e -> {
      List<Party> cands = idx.candidates(e.schema(), e.names());
      candidates.addAndGet(cands.size());
      PartyListings listings = null; // the same for every party: looked up once, at the entry's first hit
      boolean looked = false;
      for (Party p : cands) {
        MatchResult r = scorer.score(p.toQuery(), e);
        if (r.score() >= threshold) {
          if (!looked) {
            listings = screening.listings(e);
            looked = true;
          }
          found.add(new Found(p, e, r, screening.priority(p, e, r), listings));
        }
      }
    });
    found.sort(java.util.Comparator.comparing((Found f) -> f.party().externalId()).thenComparing(f -> f.entity().id()));
    int[] c = new int[6];
    long runId = store.inTransaction(tx -> tx.insertRun(new ScreeningRun(0, ScreeningRun.Trigger.LIST_CHANGE,
        actor.name(), change.snapshotId(), List.of(change.snapshotId()), 0, 0, 0, now())));
    for (int from = 0; from < found.size(); from += CHUNK) {
      List<Found> part = found.subList(from, Math.min(found.size(), from + CHUNK));
      store.inTransaction(tx -> {
        Instant at = now();
        for (Found f : part) {
          raise(tx, actor, runId, f.party(), f.entity(), f.result().score(), f.priority(), f.listings(),
              f.result().explanations(),
              List.of(change.snapshotId()), at, c);
        }
        return null;
      });
    }
    int refreshed = refreshUndecidedListings(actor, runId);
    ScreeningRun run = new ScreeningRun(runId, ScreeningRun.Trigger.LIST_CHANGE, actor.name(), change.snapshotId(),
        List.of(change.snapshotId()), idx.size(), c[4], c[5], now());
    store.inTransaction(tx -> {
      tx.updateRun(run);
      audit(tx, actor, "screening", "snapshot:" + change.snapshotId(), "list change " + change.source()
          + ": entries=" + targets.size() + " removed=" + change.removedIds().size() + " candidates="
          + candidates.get() + " hits=" + found.size() + " alerts=" + c[4] + " suppressed=" + c[5]
          + " listings refreshed=" + refreshed, run.at());
      return null;
    });
    return new RescreenResult(runId, targets.size(), candidates.get(), found.size(), c[4], c[5]);
  }

  /**
   * After a list change, gives every undecided alert that records listings its party's listings as
   * the lists group them now: a listing added on another list (grouped by a UN reference or an
   * identifier, whatever the name), changed (programmes, date) or removed. Alerts whose entry the
   * current lists no longer hold keep theirs. Returns how many changed.
   */
  private int refreshUndecidedListings(Actor actor, long runId) {
    List<Alert> undecided = store.inTransaction(tx -> {
      List<Alert> out = new ArrayList<>(tx.alerts(Optional.of(AlertStatus.OPEN), Optional.empty(), 0));
      out.addAll(tx.alerts(Optional.of(AlertStatus.NEEDS_INFORMATION), Optional.empty(), 0));
      return out;
    });
    Map<String, Optional<PartyListings>> now = new java.util.concurrent.ConcurrentHashMap<>();
    List<Alert> stale = undecided.parallelStream().filter(a -> a.listings() != null).filter(a -> {
      Optional<PartyListings> l = now.computeIfAbsent(a.entityId(), id -> Optional.ofNullable(screening.listings(a.entity())));
      return l.isPresent() && !l.get().equals(a.listings());
    }).toList();
    for (int from = 0; from < stale.size(); from += CHUNK) {
      List<Alert> part = stale.subList(from, Math.min(stale.size(), from + CHUNK));
      store.inTransaction(tx -> {
        Instant at = now();
        for (Alert a : part) {
          // read again inside the transaction: a decision may have been taken meanwhile
          tx.alert(a.id()).ifPresent(fresh -> refreshListings(tx, actor, fresh, now.get(a.entityId()).get(), runId, at));
        }
        return null;
      });
    }
    return stale.size();
  }

  /** A hit of the re-screening, before the suppression rules. */
  private record Found(Party party, Entity entity, MatchResult result, Double priority, PartyListings listings) {}

  /** The in-memory index of the book's names, built on first use and kept current by imports. */
  private NameIndex<Party> bookIndex() {
    NameIndex<Party> idx = book.get();
    if (idx != null) {
      return idx;
    }
    NameIndex<Party> built = new NameIndex<>(BlockingKeys.ANALYZED, frequentCap);
    List<Party> all = new ArrayList<>();
    store.inTransaction(tx -> {
      tx.forEachParty(all::add);
      return null;
    });
    // Name analysis dominates the build and runs outside the index's write lock: use every core.
    all.parallelStream().forEach(p -> built.put(p.externalId(), p, p.schema(), p.names()));
    return book.compareAndExchange(null, built) == null ? built : book.get();
  }

  /**
   * Raises an alert for a hit unless a good-guy entry with the same data suppresses it or an alert
   * with the same party and entry data exists already. Counts into c[4] (alerts) and c[5] (suppressed).
   * The party's listings (OFAC and UN, say) travel with the alert and are kept current while it is
   * undecided: an existing alert with the same data, or an undecided alert of the same party on
   * another listing of the same listed party, takes the new listings instead of a second alert.
   */
  private void raise(CaseTx tx, Actor actor, long runId, Party party, Entity entity, double score, Double priority,
                     PartyListings listings, List<io.cordon.match.Explanation> explanations, List<String> snapshotIds,
                     Instant at, int[] c) {
    String pHash = party.hash();
    String eHash = Hashing.entityHash(entity);
    Optional<GoodGuy> gg = tx.goodGuy(party.externalId(), entity.id());
    if (gg.isPresent() && gg.get().suppresses(pHash, eHash)) {
      c[5]++;
      return;
    }
    List<Alert> prior = tx.alertsFor(party.externalId(), entity.id());
    for (Alert a : prior) {
      if (a.partyHash().equals(pHash) && a.entityHash().equals(eHash)) {
        refreshListings(tx, actor, a, listings, runId, at);
        return;
      }
    }
    if (listings != null && listings.grouped()) {
      for (Alert a : tx.alerts(Optional.empty(), Optional.of(party.externalId()), 0)) {
        if (undecided(a) && a.partyHash().equals(pHash) && !a.entityId().equals(entity.id())
            && listed(listings, a.entityId())) {
          refreshListings(tx, actor, a, listings.representedBy(a.entityId()), runId, at);
          return;
        }
      }
    }
    String changes = "";
    Optional<Alert> before = gg.flatMap(g -> tx.alert(g.alertId()));
    if (before.isEmpty() && !prior.isEmpty()) {
      before = Optional.of(prior.get(prior.size() - 1));
    }
    if (before.isPresent()) {
      changes = Changes.describe(before.get(), party, entity);
    }
    Alert alert = new Alert(0, runId, party, entity, score, priority, listings, explanations, snapshotIds,
        AlertStatus.OPEN, at, changes);
    long id = tx.insertAlert(alert);
    c[4]++;
    audit(tx, actor, "alert", "alert:" + id, "party=" + party.externalId() + " entity=" + entity.id()
        + " score=" + String.format(java.util.Locale.ROOT, "%.3f", score)
        + (listings != null && listings.grouped() ? " listings=" + ids(listings) : "")
        + (changes.isEmpty() ? "" : " " + changes), at);
  }

  /** Open or waiting for information: nobody has decided it, so it may show what the lists say now. */
  private static boolean undecided(Alert a) {
    return a.status() == AlertStatus.OPEN || a.status() == AlertStatus.NEEDS_INFORMATION;
  }

  private static boolean listed(PartyListings l, String entityId) {
    return l.listings().stream().anyMatch(x -> x.entityId().equals(entityId));
  }

  private static String ids(PartyListings l) {
    return String.join(",", l.listings().stream().map(Listing::entityId).toList());
  }

  /**
   * Gives an undecided alert the party's current listings when they differ from its own (a list
   * change added or changed another listing of the same party). A decided alert keeps the listings
   * it was decided on.
   */
  private void refreshListings(CaseTx tx, Actor actor, Alert a, PartyListings listings, long runId, Instant at) {
    if (listings == null || !undecided(a) || listings.equals(a.listings())) {
      return;
    }
    tx.updateAlertListings(a.id(), listings);
    audit(tx, actor, "alert-listings", "alert:" + a.id(), "run=" + runId + " listings=" + ids(listings)
        + (listings.evidence().isEmpty() ? "" : " evidence: " + String.join("; ", listings.evidence())), at);
  }

  // ---------------------------------------------------------------- reading

  public Alert alert(Actor actor, long id) {
    requireReader(actor);
    return store.inTransaction(tx -> tx.alert(id)).orElseThrow(() -> new NotFoundException("no alert " + id));
  }

  /** Alerts, newest first. limit &lt;= 0: all. */
  public List<Alert> alerts(Actor actor, Optional<AlertStatus> status, Optional<String> partyId, int limit) {
    requireReader(actor);
    return store.inTransaction(tx -> tx.alerts(status, partyId, limit));
  }

  /** An alert with its decisions and their approvals, oldest first. */
  public record AlertHistory(Alert alert, List<Decision> decisions, List<Approval> approvals) {}

  public AlertHistory history(Actor actor, long alertId) {
    requireReader(actor);
    return store.inTransaction(tx -> {
      Alert a = tx.alert(alertId).orElseThrow(() -> new NotFoundException("no alert " + alertId));
      List<Decision> ds = tx.decisions(alertId);
      List<Approval> as = new ArrayList<>();
      ds.forEach(d -> as.addAll(tx.approvals(d.id())));
      return new AlertHistory(a, ds, as);
    });
  }

  public Party party(Actor actor, String externalId) {
    requireReader(actor);
    return store.inTransaction(tx -> tx.party(externalId))
        .orElseThrow(() -> new NotFoundException("no party with id " + externalId));
  }

  public long partyCount(Actor actor) {
    requireReader(actor);
    return store.inTransaction(CaseTx::partyCount);
  }

  public List<ScreeningRun> runs(Actor actor, int limit) {
    requireReader(actor);
    return store.inTransaction(tx -> tx.runs(limit));
  }

  // ---------------------------------------------------------------- four eyes

  /** An analyst decides an open (or needs-information) alert; it waits for an approver. */
  public Decision decide(Actor actor, long alertId, Outcome outcome, String reason) {
    actor.require(Role.ANALYST, "decide alerts");
    Objects.requireNonNull(outcome, "outcome");
    if (reason == null || reason.isBlank()) {
      throw new BadInputException("a decision needs a reason");
    }
    return store.inTransaction(tx -> {
      Alert a = tx.alert(alertId).orElseThrow(() -> new NotFoundException("no alert " + alertId));
      if (a.status() != AlertStatus.OPEN && a.status() != AlertStatus.NEEDS_INFORMATION) {
        throw new ConflictException("alert " + alertId + " is " + a.status().label() + "; only open or "
            + "needs-information alerts can be decided");
      }
      Instant at = now();
      Decision d = new Decision(0, alertId, actor.name(), outcome, reason.strip(), at, Decision.State.PENDING);
      long id = tx.insertDecision(d);
      if (!tx.updateAlertStatus(alertId, a.status(), AlertStatus.PENDING_APPROVAL)) {
        throw new ConflictException("alert " + alertId + " changed meanwhile; try again");
      }
      Decision stored = d.withId(id);
      audit(tx, actor, "decision", "alert:" + alertId, "decision=" + id + " row=" + stored.contentHash()
          + " outcome=" + outcome.label() + " reason=" + reason.strip(), at);
      return stored;
    });
  }

  /**
   * An approver confirms or rejects the pending decision on an alert. Confirmation applies the
   * outcome (a false positive goes on the good-guy list); rejection sends the alert back to open.
   * The decision's own analyst may not approve it.
   */
  public Approval approve(Actor actor, long alertId, boolean confirm, String comment) {
    actor.require(Role.APPROVER, "approve decisions");
    return store.inTransaction(tx -> {
      Alert a = tx.alert(alertId).orElseThrow(() -> new NotFoundException("no alert " + alertId));
      if (a.status() != AlertStatus.PENDING_APPROVAL) {
        throw new ConflictException("alert " + alertId + " is " + a.status().label() + "; nothing to approve");
      }
      Decision d = tx.decisions(alertId).stream().filter(x -> x.state() == Decision.State.PENDING)
          .reduce((x, y) -> y)
          .orElseThrow(() -> new ConflictException("alert " + alertId + " has no pending decision"));
      if (d.analyst().equals(actor.name())) {
        throw new ForbiddenException(actor.name() + " may not approve their own decision (four eyes)");
      }
      // nor through an account of their making: an admin who creates an analyst (or was created by
      // the analyst) is not a second pair of eyes on that analyst's decisions
      Optional<User> analyst = tx.user(d.analyst());
      Optional<User> approver = tx.user(actor.name());
      if (analyst.map(u -> u.createdBy().equals(actor.name())).orElse(false)
          || approver.map(u -> u.createdBy().equals(d.analyst())).orElse(false)) {
        throw new ForbiddenException(actor.name() + " may not approve a decision of " + d.analyst()
            + ": one created the other's account (four eyes)");
      }
      Instant at = now();
      Decision.State state = confirm ? Decision.State.CONFIRMED : Decision.State.REJECTED;
      if (!tx.updateDecisionState(d.id(), Decision.State.PENDING, state)) {
        throw new ConflictException("decision " + d.id() + " changed meanwhile; try again");
      }
      Approval ap = new Approval(d.id(), actor.name(), confirm, comment, at);
      tx.insertApproval(ap);
      AlertStatus next = confirm ? d.outcome().confirmedStatus() : AlertStatus.OPEN;
      if (!tx.updateAlertStatus(alertId, AlertStatus.PENDING_APPROVAL, next)) {
        throw new ConflictException("alert " + alertId + " changed meanwhile; try again");
      }
      if (confirm && d.outcome() == Outcome.FALSE_POSITIVE) {
        tx.putGoodGuy(new GoodGuy(a.partyId(), a.entityId(), a.partyHash(), a.entityHash(), alertId, d.id(), at));
      }
      audit(tx, actor, "approval", "alert:" + alertId, "decision=" + d.id() + " row=" + ap.contentHash()
          + (confirm ? " confirmed" : " rejected")
          + " status=" + next.label() + (ap.comment().isEmpty() ? "" : " comment=" + ap.comment()), at);
      return ap;
    });
  }

  // ---------------------------------------------------------------- audit

  /**
   * Appends an audit row for an action outside the case workflow: a list import, an API key use,
   * a configuration change.
   */
  public void recordAudit(Actor actor, String action, String subject, String detail) {
    if (action == null || action.isBlank()) {
      throw new BadInputException("audit action is empty");
    }
    store.inTransaction(tx -> {
      audit(tx, actor, action, subject, detail, now());
      return null;
    });
  }

  /** Recomputes the hash chain over the whole log. */
  public AuditReport verifyAudit() {
    return verifyAudit(Optional.empty());
  }

  /**
   * Recomputes the hash chain over the whole log and requires it to pass through {@code checkpoint},
   * the signed record of an earlier head kept outside the database (see {@link AuditSeal}).
   */
  public AuditReport verifyAudit(Optional<AuditSeal.Checkpoint> checkpoint) {
    return store.inTransaction(tx -> {
      AuditHead head = tx.auditHeadForUpdate();
      AuditReport.Verifier v = new AuditReport.Verifier(checkpoint.orElse(null));
      Map<String, Long> bound = new HashMap<>();
      Set<String> legacy = new HashSet<>();
      tx.forEachAudit(e -> {
        v.accept(e);
        if (e.action().equals("decision") || e.action().equals("approval")) {
          Matcher m = BOUND_ROW.matcher(e.detail());
          if (m.lookingAt()) {
            bound.put(e.action() + "|" + m.group(2), e.seq());
          } else {
            Matcher old = LEGACY_ROW.matcher(e.detail());
            if (old.lookingAt()) { // written before rows were bound: nothing to compare with
              legacy.add(e.action() + "|" + old.group(1));
            }
          }
        }
      });
      AuditReport chain = v.result(head);
      if (!chain.intact()) {
        return chain;
      }
      // Decisions and approvals are rows of their own tables: each must be the one its audit row hashed.
      AuditReport[] broken = {null};
      tx.forEachDecision(d -> {
        if (broken[0] == null && !bound.containsKey("decision|" + d.contentHash())
            && !legacy.contains("decision|" + d.id())) {
          broken[0] = new AuditReport(false, chain.rows(), 0, "decision " + d.id() + " on alert " + d.alertId()
              + " is not the decision its audit row records (edited or added outside the workflow)");
        }
      });
      tx.forEachApproval(a -> {
        if (broken[0] == null && !bound.containsKey("approval|" + a.contentHash())
            && !legacy.contains("approval|" + a.decisionId())) {
          broken[0] = new AuditReport(false, chain.rows(), 0, "the approval of decision " + a.decisionId() + " by "
              + a.approver() + " is not the approval its audit row records (edited or added outside the workflow)");
        }
      });
      return broken[0] != null ? broken[0] : chain;
    });
  }

  /** "decision=ID row=HASH" at the start of a decision's or approval's audit detail. */
  private static final Pattern BOUND_ROW = Pattern.compile("decision=(\\d+) row=([0-9a-f]{64})");
  private static final Pattern LEGACY_ROW = Pattern.compile("decision=(\\d+) (?!row=)");

  public List<AuditEntry> auditTail(Actor actor, int limit) {
    requireReader(actor);
    return store.inTransaction(tx -> tx.auditTail(limit));
  }

  private static void audit(CaseTx tx, Actor actor, String action, String subject, String detail, Instant at) {
    AuditLog.append(tx, actor, action, subject, detail, at);
  }

  // ---------------------------------------------------------------- roles

  /** Reading cases: any role, or the system. */
  private static void requireReader(Actor actor) {
    if (!actor.equals(Actor.SYSTEM) && actor.roles().isEmpty()) {
      throw new ForbiddenException(actor.name() + " has no role");
    }
  }

  /** Importing and screening: the system, analysts and admins. */
  private static void requireOperator(Actor actor, String what) {
    if (!actor.equals(Actor.SYSTEM) && !actor.has(Role.ANALYST) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException(actor.name() + " may not " + what + ": needs the analyst or admin role");
    }
  }
}
