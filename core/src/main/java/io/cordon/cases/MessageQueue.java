package io.cordon.cases;

import io.cordon.match.Explanation;
import io.cordon.model.Entity;
import io.cordon.screening.payment.Element;
import io.cordon.screening.payment.MessageHit;
import io.cordon.screening.payment.MessageDecision;
import io.cordon.screening.payment.RawPlaces;
import io.cordon.screening.payment.ReadMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Held payment messages in the case queue. Each hit of a held message becomes an ordinary alert
 * (decided under four eyes like a party's), one per matched value and listed entity. The "party"
 * of such an alert is the matched value itself ({@code msg:name:<hash of the value>}), so the good-guy
 * list works as for customers: once a hit is confirmed a false positive, the same value hitting the
 * same (unchanged) entity in a later message is cleared without an alert, and a message whose every
 * hit is cleared passes. A message that could not be read is always queued, with its error, and
 * never cleared. Every queued message, alert and clearance is in the audit log.
 */
public final class MessageQueue {
  /** Raw text kept per message, in characters (an MT103 has at most 10,000; MX inputs are at most 4 MB). */
  public static final int MAX_RAW = 1_000_000;

  /** Datasets of the pseudo-entities for hits that are not list entries. */
  static final String EMBARGOES = "cordon_embargoes";
  static final String UNREADABLE = "cordon_messages";
  private static final Pattern REGION = Pattern.compile("' is in (.+?), comprehensively sanctioned");

  private final CaseStore store;
  private final Clock clock;

  public MessageQueue(CaseStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What queuing did.
   *
   * @param messageId the stored message, or 0 when it passed without hits (nothing is stored)
   * @param hold      the decision after the good-guy list
   * @param alertIds  alerts raised
   * @param cleared   hits cleared by the good-guy list
   */
  public record Queued(long messageId, boolean hold, List<Long> alertIds, int cleared) {
    public Queued {
      alertIds = List.copyOf(alertIds);
    }

    public String decision() {
      return hold ? "hold" : "pass";
    }
  }

  /**
   * Stores a screened message whose decision is hold and raises its alerts. A message that passed
   * is not stored. {@code read} gives the raw text; {@code d} is the screener's decision on it.
   *
   * @param source where it came from (file name, route), for the message and the audit log
   */
  public Queued queue(Actor actor, String source, ReadMessage read, MessageDecision d) {
    requireOperator(actor);
    if (!d.hold()) {
      return new Queued(0, false, List.of(), 0);
    }
    String raw = read.raw() == null ? "" : read.raw();
    raw = raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
    List<Pending> pending = d.message() == null ? List.of(unreadable(raw, d.error())) : pending(raw, d);
    String text = raw;
    return store.inTransaction(tx -> {
      Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      List<String> snapshots = List.copyOf(new java.util.TreeSet<>(d.snapshotIds()));
      String subject = source + " #" + (d.index() + 1);
      long runId = tx.insertRun(new ScreeningRun(0, ScreeningRun.Trigger.MESSAGE, actor.name(), subject, snapshots,
          1, 0, 0, at));
      // one alert per matched value and entity; its hits share it
      Map<String, long[]> outcome = new LinkedHashMap<>(); // key -> {alertId, clearedBy}
      List<Long> alertIds = new ArrayList<>();
      int cleared = 0;
      for (Pending p : pending) {
        String key = p.party().externalId() + "|" + p.entity().id();
        if (outcome.containsKey(key)) {
          continue;
        }
        Optional<GoodGuy> gg = p.unreadable() ? Optional.empty() : tx.goodGuy(p.party().externalId(), p.entity().id());
        if (gg.isPresent() && gg.get().suppresses(p.party().hash(), Hashing.entityHash(p.entity()))) {
          outcome.put(key, new long[] {0, gg.get().alertId()});
          continue;
        }
        List<Pending> same = pending.stream()
            .filter(q -> (q.party().externalId() + "|" + q.entity().id()).equals(key)).toList();
        double score = same.stream().mapToDouble(q -> q.hit().score()).max().orElse(0);
        List<Explanation> why = same.stream().map(q -> new Explanation(q.hit().kind(), q.hit().score(), 1.0,
            q.hit().path() + ": " + q.hit().explanation())).toList();
        Alert alert = new Alert(0, runId, p.party(), p.entity(), score, null, null, why, snapshots, AlertStatus.OPEN, at, "");
        long id = tx.insertAlert(alert);
        alertIds.add(id);
        outcome.put(key, new long[] {id, 0});
        AuditLog.append(tx, actor, "alert", "alert:" + id, "message " + subject + " value=" + p.hit().matched()
            + " entity=" + p.entity().id() + " score=" + String.format(Locale.ROOT, "%.3f", score), at);
      }
      List<QueuedHit> hits = new ArrayList<>();
      for (Pending p : pending) {
        long[] o = outcome.get(p.party().externalId() + "|" + p.entity().id());
        QueuedHit h = p.hit();
        if (o[1] != 0) {
          cleared++;
        }
        hits.add(new QueuedHit(h.field(), h.path(), h.role(), h.value(), h.matched(), h.kind(), h.rule(), h.entityId(),
            h.entityCaption(), h.score(), h.explanation(), h.start(), h.end(), o[0], o[1]));
      }
      boolean hold = !alertIds.isEmpty();
      MessageCase m = new MessageCase(0, runId, source, d.index(), d.message() == null ? null : d.message().type(),
          d.message() == null ? null : d.message().reference(), hold ? "hold" : "pass", d.error(), d.policy(), text,
          hits, snapshots, at);
      long messageId = tx.insertMessage(m);
      for (long a : alertIds) {
        tx.linkMessageAlert(a, messageId);
      }
      tx.updateRun(new ScreeningRun(runId, ScreeningRun.Trigger.MESSAGE, actor.name(), subject, snapshots, 1,
          alertIds.size(), cleared, at));
      AuditLog.append(tx, actor, "message", "message:" + messageId, subject + " type=" + m.type() + " reference="
          + m.reference() + " decision=" + m.decision() + " hits=" + hits.size() + " alerts=" + alertIds
          + " cleared=" + cleared + (m.error() == null ? "" : " error=" + m.error()), at);
      return new Queued(messageId, hold, alertIds, cleared);
    });
  }

  /** A hit waiting to be stored: the alert's party and entity, and the hit row (ids not yet known). */
  private record Pending(Party party, Entity entity, QueuedHit hit, boolean unreadable) {}

  private static List<Pending> pending(String raw, MessageDecision d) {
    List<Element> elements = d.message().elements();
    List<RawPlaces.Place> places = RawPlaces.locate(raw, elements);
    Map<Element, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      index.put(elements.get(i), i);
    }
    List<Pending> out = new ArrayList<>();
    for (MessageHit h : d.hits()) {
      Element e = h.element();
      Integer i = index.get(e);
      if (i == null) {
        i = elements.indexOf(e);
      }
      RawPlaces.Place place = i < 0 ? null : places.get(i);
      int[] span = place == null ? new int[] {-1, -1} : place.span(h.start(), h.end());
      boolean part = h.start() >= 0 && h.end() > h.start() && h.end() <= e.value().length();
      String matched = part ? e.value().substring(h.start(), h.end()) : e.value();
      Entity entity = h.entity() != null ? h.entity() : embargo(h);
      Party party = new Party(partyId(h.kind().label(), matched), schema(h), List.of(cut(matched)), List.of(),
          List.of(), List.of(), null);
      out.add(new Pending(party, entity, new QueuedHit(e.field(), e.path(), e.role().label(), e.value(), matched,
          h.kind().label(), h.rule(), entity.id(), entity.caption(), h.score(), h.explanation(), span[0], span[1], 0,
          0), false));
    }
    return out;
  }

  private static Pending unreadable(String raw, String error) {
    Entity entity = Entity.builder("cordon-unreadable-message", "Document").add("name", "unreadable payment message")
        .add("summary", "a message that cannot be read is held, never passed").dataset(UNREADABLE).build();
    Party party = new Party("msg:unreadable:" + Hashing.sha256Hex(raw).substring(0, 16), "Document",
        List.of("unreadable message"), List.of(), List.of(), List.of(), null);
    return new Pending(party, entity, new QueuedHit("", "", "", "", "", "unreadable", null, entity.id(),
        entity.caption(), 1.0, "cannot be read, held: " + error, -1, -1, 0, 0), true);
  }

  /** The programme of a country or region hit, as a pseudo-entity the alert and the good-guy list can name. */
  private static Entity embargo(MessageHit h) {
    String rule = h.rule() == null ? "embargo" : h.rule();
    Matcher m = REGION.matcher(h.explanation());
    String label = m.find() ? m.group(1) : rule;
    return Entity.builder("embargo-" + rule, "Address").add("name", label + " (" + rule + ")")
        .add("summary", "comprehensively sanctioned country or region").dataset(EMBARGOES).build();
  }

  private static String schema(MessageHit h) {
    return switch (h.kind()) {
      case BIC -> "Organization";
      case VESSEL -> "Vessel";
      case COUNTRY -> "Address";
      case RULE -> h.element().kind() == Element.Kind.BIC ? "Organization" : "LegalEntity";
      default -> "LegalEntity";
    };
  }

  /** {@code msg:<kind>:<hash>}: the same value (any case, any spacing) is the same "party" for the good-guy list. */
  static String partyId(String kind, String value) {
    String norm = value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    return "msg:" + kind + ":" + Hashing.sha256Hex(norm).substring(0, 24);
  }

  /** The alert's "party name": the value in one spelling (capitals, single spaces), so the good-guy hash ignores both. */
  private static String cut(String s) {
    String one = s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    return one.length() > 900 ? one.substring(0, 900) : one;
  }

  // ---------------------------------------------------------------- reading

  public MessageCase message(Actor actor, long id) {
    requireReader(actor);
    return store.inTransaction(tx -> tx.message(id)).orElseThrow(() -> new NotFoundException("no message " + id));
  }

  /** The message an alert was raised for, if it was raised for one. */
  public Optional<MessageCase> ofAlert(Actor actor, long alertId) {
    requireReader(actor);
    return store.inTransaction(tx -> tx.messageOfAlert(alertId).flatMap(tx::message));
  }

  /** Messages, newest first; limit &lt;= 0: all. */
  public List<MessageCase> messages(Actor actor, int limit) {
    requireReader(actor);
    return store.inTransaction(tx -> tx.messages(limit));
  }

  /** For each of these alerts raised for a message: the message id. */
  public Map<Long, Long> messageIds(Actor actor, Collection<Long> alertIds) {
    requireReader(actor);
    return store.inTransaction(tx -> {
      Map<Long, Long> out = new LinkedHashMap<>();
      for (long a : alertIds) {
        tx.messageOfAlert(a).ifPresent(m -> out.put(a, m));
      }
      return out;
    });
  }

  /**
   * Where a message stands: {@code held} while any of its alerts is undecided, {@code blocked} once
   * one is confirmed a true match, {@code released} when all were confirmed false positives,
   * {@code passed} when the good-guy list cleared every hit on arrival.
   */
  public String status(Actor actor, MessageCase m) {
    requireReader(actor);
    if (!m.held()) {
      return "passed";
    }
    return store.inTransaction(tx -> {
      boolean open = false;
      for (QueuedHit h : m.hits()) {
        if (h.alertId() == 0) {
          continue;
        }
        AlertStatus s = tx.alert(h.alertId()).map(Alert::status).orElse(AlertStatus.OPEN);
        if (s == AlertStatus.CLOSED_TRUE_MATCH) {
          return "blocked";
        }
        open |= s != AlertStatus.CLOSED_FALSE_POSITIVE;
      }
      return open ? "held" : "released";
    });
  }

  private static void requireReader(Actor actor) {
    if (!actor.equals(Actor.SYSTEM) && actor.roles().isEmpty()) {
      throw new ForbiddenException(actor.name() + " has no role");
    }
  }

  /** Queuing: the system (the screening API, the CLI), analysts and admins. */
  private static void requireOperator(Actor actor) {
    if (!actor.equals(Actor.SYSTEM) && !actor.has(Role.ANALYST) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException(actor.name() + " may not queue messages: needs the analyst or admin role");
    }
  }
}
