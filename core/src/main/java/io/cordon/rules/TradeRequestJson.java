package io.cordon.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a trade check request from parsed JSON (for {@code POST /v1/screen/trade}), with the same
 * fields as {@code cordon check-trade}:
 *
 * <pre>
 * {"actorJurisdiction": "US", "actorKind": "financial-institution",
 *  "counterparty": "Ministry of Finance of the Russian Federation",   // or "entity": "ofac-31694", or "identifier": "CBRFRUMM"
 *  "instrument": "bond", "market": "primary", "issueDate": "2021-06-30", "tradeDate": "2021-07-01",
 *  "currency": "RUB", "maturityDays": 30, "asOf": "2021-07-01", "policy": "us", "sources": ["us_ofac_cons"],
 *  "purpose": "energy"}                                               // or a list: ["energy", "tax"]
 * </pre>
 *
 * Unknown fields and malformed values are rejected with an {@link IllegalArgumentException} naming
 * the field; {@code actorJurisdiction} defaults to US as on the command line.
 */
public final class TradeRequestJson {
  private static final Set<String> FIELDS = Set.of("actorJurisdiction", "actorKind", "counterparty", "entity",
      "identifier", "instrument", "market", "issueDate", "tradeDate", "currency", "maturityDays", "asOf", "policy",
      "sources", "purpose");

  private TradeRequestJson() {}

  /**
   * A parsed request and the policy choices that come with it.
   *
   * @param request the trade
   * @param policy  profile name, or null for the actor jurisdiction's default
   * @param sources only these sources, or empty for the whole profile
   */
  public record Input(TradeRequest request, String policy, List<String> sources) {
    public Input {
      sources = List.copyOf(sources);
    }
  }

  public static Input fromMap(Map<String, ?> m) {
    Set<String> unknown = new TreeSet<>(m.keySet());
    unknown.removeAll(FIELDS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown field(s) " + unknown + "; known: " + new TreeSet<>(FIELDS));
    }
    String jur = text(m, "actorJurisdiction");
    String kind = text(m, "actorKind");
    String inst = text(m, "instrument");
    if (inst == null) {
      throw new IllegalArgumentException("instrument: missing; one of " + Labels.known(Instrument.class));
    }
    Instrument instrument = Labels.parse(Instrument.class, inst, "instrument");
    String mkt = text(m, "market");
    Market market = mkt == null ? null : Labels.parse(Market.class, mkt, "market");
    if (market == null && (instrument == Instrument.BOND || instrument == Instrument.EQUITY)) {
      throw new IllegalArgumentException("market: required for instrument " + instrument.label() + " (primary or secondary)");
    }
    LocalDate trade = date(m, "tradeDate");
    if (trade == null) {
      throw new IllegalArgumentException("tradeDate: missing (YYYY-MM-DD)");
    }
    Object days = m.get("maturityDays");
    Integer maturity = null;
    if (days != null) {
      if (!(days instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
        throw new IllegalArgumentException("maturityDays: expected a whole number of days, got " + days);
      }
      maturity = n.intValue();
    }
    PartyQuery party;
    try {
      party = new PartyQuery(text(m, "counterparty"), text(m, "entity"), text(m, "identifier"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("give exactly one of counterparty (a name), entity (an id) or identifier");
    }
    TradeRequest req = new TradeRequest(jur == null ? "US" : jur,
        kind == null ? null : Labels.parse(ActorKind.class, kind, "actorKind"), party, instrument, market,
        date(m, "issueDate"), trade, text(m, "currency"), maturity, date(m, "asOf"), purposes(m.get("purpose")));
    List<String> sources = new ArrayList<>();
    Object s = m.get("sources");
    if (s != null) {
      if (!(s instanceof List<?> l)) {
        throw new IllegalArgumentException("sources: expected a list of source names");
      }
      for (Object o : l) {
        if (!(o instanceof String str) || str.isBlank()) {
          throw new IllegalArgumentException("sources: expected a list of source names, got " + o);
        }
        sources.add(str.strip());
      }
    }
    return new Input(req, text(m, "policy"), sources);
  }

  private static java.util.Set<Purpose> purposes(Object v) {
    java.util.Set<Purpose> out = java.util.EnumSet.noneOf(Purpose.class);
    if (v == null) {
      return out;
    }
    List<?> items = v instanceof List<?> l ? l : List.of(v);
    for (Object o : items) {
      if (!(o instanceof String s) || s.isBlank()) {
        throw new IllegalArgumentException("purpose: expected one of " + Labels.known(Purpose.class)
            + " or a list of them, got " + o);
      }
      for (String part : s.split(",")) {
        out.add(Labels.parse(Purpose.class, part, "purpose"));
      }
    }
    return out;
  }

  private static String text(Map<String, ?> m, String field) {
    Object v = m.get(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException(field + ": expected text, got " + v);
    }
    return s.isBlank() ? null : s.strip();
  }

  private static LocalDate date(Map<String, ?> m, String field) {
    String s = text(m, field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": not a date (YYYY-MM-DD): '" + s + "'");
    }
  }
}
