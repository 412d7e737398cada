package io.cordon.rules;

import java.util.Set;

/**
 * When a rule applies. Every given condition must hold; an empty set or null means "any".
 *
 * @param actorJurisdictions country codes of the actor, upper case (e.g. US, or EU)
 * @param actorKinds         kinds of actor (e.g. financial institutions only)
 * @param counterparty       which counterparties or issuers are covered
 * @param instruments        instruments covered
 * @param markets            markets covered (primary, secondary)
 * @param issueDate          bounds on the security's issue date (or a loan's start), or null
 * @param tradeDate          extra bounds on the trade date beyond the rule's effective dates, or null
 * @param currencies         ISO currency codes covered, upper case
 * @param currenciesExcept   ISO currency codes not covered (e.g. RUB for "non-ruble denominated")
 * @param maturityDaysOver   covers only debt with a maturity longer than this many days, or null
 * @param purposes           covers only transactions for one of these purposes
 */
public record Conditions(Set<String> actorJurisdictions, Set<ActorKind> actorKinds, PartySet counterparty,
                         Set<Instrument> instruments, Set<Market> markets, DateCondition issueDate,
                         DateCondition tradeDate, Set<String> currencies, Set<String> currenciesExcept,
                         Integer maturityDaysOver, Set<Purpose> purposes) {
  public Conditions {
    actorJurisdictions = Set.copyOf(actorJurisdictions);
    actorKinds = Set.copyOf(actorKinds);
    counterparty = counterparty == null ? PartySet.ANY : counterparty;
    instruments = Set.copyOf(instruments);
    markets = Set.copyOf(markets);
    currencies = Set.copyOf(currencies);
    currenciesExcept = Set.copyOf(currenciesExcept);
    purposes = Set.copyOf(purposes);
  }

  /** True when a date condition compares with the party's own date. */
  boolean usesPartyDate() {
    return (issueDate != null && issueDate.onOrAfterPartyDate()) || (tradeDate != null && tradeDate.onOrAfterPartyDate());
  }
}
