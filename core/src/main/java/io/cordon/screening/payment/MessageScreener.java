package io.cordon.screening.payment;

import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import io.cordon.screening.text.Mention;
import io.cordon.screening.text.TextScanner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens every element of a payment message and decides pass or hold: names through the
 * {@link Screener} (schema from the role), BICs and IMO numbers against the listed identifiers,
 * countries, regions and towns against the policy's embargoes, free text through the
 * {@link TextScanner}, and the transaction rules for every listed party found. A message that could
 * not be read is held with the error. Thread-safe.
 */
public final class MessageScreener {
  private static final Pattern IMO = Pattern.compile("\\bIMO\\s*(?:NO\\.?|NUMBER|NR\\.?|:|#)?\\s*(\\d{7})\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * What the screener checks against.
   *
   * @param policy     the screening policy's name (selects the embargo entries)
   * @param datasets   the sources the policy selects (empty: all)
   * @param blocking   whether a listed entity blocks under the policy
   * @param ids        the listed BICs and IMO numbers of the selected sources
   * @param embargoes  comprehensively sanctioned countries and regions
   * @param rules      transaction rules for listed parties found
   */
  public record Setup(String policy, Set<String> datasets, Predicate<Entity> blocking, ListedIdentifiers ids,
                      Embargoes embargoes, PartyRules rules) {
    public Setup {
      Objects.requireNonNull(policy, "policy");
      datasets = Set.copyOf(datasets);
      Objects.requireNonNull(blocking, "blocking");
      Objects.requireNonNull(ids, "ids");
      Objects.requireNonNull(embargoes, "embargoes");
      Objects.requireNonNull(rules, "rules");
    }
  }

  private final Screener screener;
  private final TextScanner scanner;
  private final Setup setup;
  private final Clock clock;

  public MessageScreener(Screener screener, TextScanner scanner, Setup setup, Clock clock) {
    this.screener = Objects.requireNonNull(screener, "screener");
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.setup = Objects.requireNonNull(setup, "setup");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param asOf screen against the lists in force on this date (and use it as the date of a message
   *             without a value date), or empty for the current lists
   */
  public MessageDecision screen(ReadMessage read, Optional<LocalDate> asOf) {
    Set<String> snapshots = new LinkedHashSet<>();
    if (read.message() == null) {
      return new MessageDecision(read.index(), null, true, List.of(),
          List.of("cannot be read, held: " + read.error()), read.error(), setup.policy(), snapshots);
    }
    PaymentMessage m = read.message();
    LocalDate date = m.valueDate() != null ? m.valueDate() : asOf.orElse(LocalDate.now(clock));
    List<MessageHit> hits = new ArrayList<>();
    // listed entities found, with the element that found them first (for the rules)
    Map<String, Element> found = new LinkedHashMap<>();
    Map<String, Entity> entities = new LinkedHashMap<>();
    // a value repeated in the message (the same debtor in every payment of a pain.001) is screened once
    Map<String, ScreeningResponse> screened = new HashMap<>();
    for (Element e : m.elements()) {
      switch (e.kind()) {
        case NAME -> {
          names(e, asOf, screened, snapshots, hits, found, entities);
          imo(e, hits, found, entities);
        }
        case BIC -> bic(e, hits, found, entities);
        case COUNTRY, TOWN, SUBDIVISION -> place(e, date, hits);
        case ADDRESS -> {
          place(e, date, hits);
          imo(e, hits, found, entities);
        }
        case TEXT -> {
          text(e, asOf, hits, found, entities);
          imo(e, hits, found, entities);
        }
        default -> { }
      }
    }
    for (Map.Entry<String, Element> f : found.entrySet()) {
      Entity ent = entities.get(f.getKey());
      for (PartyRules.Finding r : setup.rules().check(ent, date, m.currency())) {
        hits.add(new MessageHit(f.getValue(), ent, 1.0, MessageHit.Kind.RULE, r.rule() + ": " + r.text()
            + (r.prohibited() ? "" : " (needs review)") + " on " + date, r.rule(), -1, -1));
      }
    }
    List<String> reasons = new ArrayList<>();
    for (MessageHit h : hits) {
      reasons.add(h.element().path() + " (" + h.element().role().label() + "): " + h.kind().label() + " hit: "
          + h.explanation());
    }
    if (hits.isEmpty()) {
      reasons.add("no element matches a listed party, a sanctioned country or region, or a rule under policy "
          + setup.policy());
    }
    return new MessageDecision(read.index(), m, !hits.isEmpty(), hits, reasons, null, setup.policy(), snapshots);
  }

  private void names(Element e, Optional<LocalDate> asOf, Map<String, ScreeningResponse> screened,
                     Set<String> snapshots, List<MessageHit> hits, Map<String, Element> found, Map<String, Entity> entities) {
    String schema = e.role().schema();
    ScreeningResponse r = screened.computeIfAbsent(schema + '\n' + e.value(), k -> screener.screen(new ScreeningQuery(
        new MatchQuery(schema, List.of(e.value()), List.of(), List.of(), List.of(), null),
        java.util.OptionalDouble.empty(), 3, setup.datasets(), asOf)));
    snapshots.addAll(r.snapshotIds());
    Set<String> seen = new LinkedHashSet<>();
    for (ScreeningResult res : r.results()) {
      if (!seen.add(res.entity().id())) {
        continue; // the same entry on two lists (SDN and non-SDN) is one hit
      }
      // an organisation hits only on its whole name (a score alone lets "Bank A" reach "BM BANK JSC")
      if (!res.match() || !res.entity().isA("Person") && !scanner.coversListedName(e.value(), res)) {
        continue;
      }
      note(e, res.entity(), found, entities);
      if (setup.blocking().test(res.entity())) {
        MessageHit.Kind kind = res.entity().isA("Vessel") ? MessageHit.Kind.VESSEL : MessageHit.Kind.NAME;
        hits.add(new MessageHit(e, res.entity(), res.score(), kind, "'" + e.value() + "' matches " + describe(res.entity())
            + String.format(Locale.ROOT, ", score %.2f", res.score()) + " (matched name '" + res.matchedName() + "')",
            null, -1, -1));
      }
    }
  }

  private void bic(Element e, List<MessageHit> hits, Map<String, Element> found, Map<String, Entity> entities) {
    Set<String> seen = new LinkedHashSet<>();
    for (ListedIdentifiers.Listed l : setup.ids().byBic(e.value())) {
      if (!seen.add(l.entity().id())) {
        continue;
      }
      note(e, l.entity(), found, entities);
      if (setup.blocking().test(l.entity())) {
        String v = e.value().toUpperCase(Locale.ROOT);
        String how = v.equals(l.bic()) || (v + "XXX").equals(l.bic()) || v.equals(l.bic() + "XXX")
            ? "the same BIC" : "the same institution (first 8 characters), branch code differs";
        hits.add(new MessageHit(e, l.entity(), 1.0, MessageHit.Kind.BIC, "BIC " + e.value() + " is " + how + " as listed BIC "
            + l.bic() + " of " + describe(l.entity()), null, -1, -1));
      }
    }
  }

  private void place(Element e, LocalDate date, List<MessageHit> hits) {
    setup.embargoes().check(setup.policy(), e, date).ifPresent(mt -> hits.add(new MessageHit(e, null, 1.0, MessageHit.Kind.COUNTRY,
        "'" + e.value() + "' is in " + mt.entry().label() + ", comprehensively sanctioned under policy "
            + setup.policy() + " on " + date + ": " + mt.entry().source() + " <" + mt.entry().url() + ">",
        mt.entry().id(), -1, -1)));
  }

  private void text(Element e, Optional<LocalDate> asOf, List<MessageHit> hits, Map<String, Element> found,
                    Map<String, Entity> entities) {
    for (Mention mn : scanner.scan(e.value(), setup.datasets(), asOf)) {
      if (!mn.match()) {
        continue;
      }
      Entity ent = mn.result().entity();
      note(e, ent, found, entities);
      if (setup.blocking().test(ent)) {
        hits.add(new MessageHit(e, ent, mn.score(), ent.isA("Vessel") ? MessageHit.Kind.VESSEL : MessageHit.Kind.TEXT,
            "'" + mn.text() + "' at " + mn.start() + ".." + mn.end() + " matches " + describe(ent)
                + String.format(Locale.ROOT, ", score %.2f; ", mn.score()) + mn.explanation(), null, mn.start(), mn.end()));
      }
    }
  }

  private void imo(Element e, List<MessageHit> hits, Map<String, Element> found, Map<String, Entity> entities) {
    Matcher m = IMO.matcher(e.value());
    while (m.find()) {
      for (Entity v : setup.ids().byImo(m.group(1))) {
        note(e, v, found, entities);
        if (setup.blocking().test(v)) {
          hits.add(new MessageHit(e, v, 1.0, MessageHit.Kind.VESSEL, "IMO " + m.group(1) + " is the IMO number of " + describe(v),
              null, m.start(), m.end()));
        }
      }
    }
  }

  private static void note(Element e, Entity ent, Map<String, Element> found, Map<String, Entity> entities) {
    found.putIfAbsent(ent.id(), e);
    entities.putIfAbsent(ent.id(), ent);
  }

  private static String describe(Entity e) {
    return e.caption() + " (" + e.id() + ", " + e.schema() + ", " + String.join(",", e.datasets()) + ")";
  }
}
