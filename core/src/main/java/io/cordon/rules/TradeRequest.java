package io.cordon.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A transaction to check.
 *
 * @param actorJurisdiction country code of the actor whose compliance is checked (e.g. US), or null
 * @param actorKind         kind of actor, or null when unknown (rules limited to a kind then need review)
 * @param counterparty      the counterparty or issuer
 * @param instrument        what is traded or lent
 * @param market            primary or secondary; null for instruments where it does not apply (loans)
 * @param issueDate         the security's issue date (or a loan's start), or null
 * @param tradeDate         the trade date: decides which rules are in force
 * @param currency          ISO 4217 code, or null
 * @param maturityDays      the debt's maturity in days (for the EO 13662 directives), or null
 * @param asOf              answer with rules and lists known on this date; null = today (the injected clock)
 * @param purposes          what the transaction is for (general licences and EO 13662 Directive 4 turn on it);
 *                          empty when not given: rules and licences that need it then answer "review"
 */
public record TradeRequest(String actorJurisdiction, ActorKind actorKind, PartyQuery counterparty,
                           Instrument instrument, Market market, LocalDate issueDate, LocalDate tradeDate,
                           String currency, Integer maturityDays, LocalDate asOf, Set<Purpose> purposes) {
  /** A request without a stated purpose. */
  public TradeRequest(String actorJurisdiction, ActorKind actorKind, PartyQuery counterparty, Instrument instrument,
                      Market market, LocalDate issueDate, LocalDate tradeDate, String currency, Integer maturityDays,
                      LocalDate asOf) {
    this(actorJurisdiction, actorKind, counterparty, instrument, market, issueDate, tradeDate, currency, maturityDays,
        asOf, Set.of());
  }

  /** This request with the given purposes. */
  public TradeRequest withPurposes(Set<Purpose> p) {
    return new TradeRequest(actorJurisdiction, actorKind, counterparty, instrument, market, issueDate, tradeDate,
        currency, maturityDays, asOf, p);
  }

  public TradeRequest {
    purposes = purposes == null || purposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(purposes));
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(tradeDate, "trade date");
    if (actorJurisdiction != null) {
      actorJurisdiction = actorJurisdiction.strip().toUpperCase(Locale.ROOT);
      if (!actorJurisdiction.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("actor jurisdiction must be a two-letter code such as US, got '"
            + actorJurisdiction + "'");
      }
    }
    if (currency != null) {
      currency = currency.strip().toUpperCase(Locale.ROOT);
      if (!currency.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("currency must be an ISO 4217 code such as RUB, got '" + currency + "'");
      }
    }
    if (maturityDays != null && maturityDays < 0) {
      throw new IllegalArgumentException("maturity days must be >= 0, got " + maturityDays);
    }
  }
}
