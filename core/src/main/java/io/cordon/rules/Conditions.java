package io.cordon.rules;

import java.util.Set;

/**
 * When a rule applies. Every given condition must hold; an empty set or null means "any".
 *
 * @param actorJurisdictions country codes of the actor, upper case (e.g. US)
 * @param actorKinds         kinds of actor (e.g. financial institutions only)
 * @param counterparty       which counterparties or issuers are covered
 * @param instruments        instruments covered
 * @param markets            markets covered (primary, secondary)
 * @param issueDate          bounds on the security's issue date (or a loan's start), or null
 * @param tradeDate          extra bounds on the trade date beyond the rule's effective dates, or null
 * @param currencies         ISO currency codes covered, upper case
 * @param maturityDaysOver   covers only debt with a maturity longer than this many days, or null
 */
public record Conditions(Set<String> actorJurisdictions, Set<ActorKind> actorKinds, PartySet counterparty,
                         Set<Instrument> instruments, Set<Market> markets, DateCondition issueDate,
                         DateCondition tradeDate, Set<String> currencies, Integer maturityDaysOver) {
  public Conditions {
    actorJurisdictions = Set.copyOf(actorJurisdictions);
    actorKinds = Set.copyOf(actorKinds);
    counterparty = counterparty == null ? PartySet.ANY : counterparty;
    instruments = Set.copyOf(instruments);
    markets = Set.copyOf(markets);
    currencies = Set.copyOf(currencies);
  }
}
