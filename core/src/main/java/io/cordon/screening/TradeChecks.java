package io.cordon.screening;

import io.cordon.rules.ListingsResolver;
import io.cordon.rules.Listings;
import io.cordon.rules.MatchBands;
import io.cordon.rules.PartyResolver;
import io.cordon.rules.RuleBook;
import io.cordon.rules.TradeChecker;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.rules.policy.ScreeningPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The trade-check use case wired once, for {@code cordon check-trade}, {@code POST /v1/screen/trade}
 * and the trade rules of payment screening: which policy a request is checked under, and a
 * {@link TradeChecker} with the standard match bands ({@link MatchBands#DEFAULT}).
 */
public final class TradeChecks {
  private TradeChecks() {}

  /**
   * The policy a request is checked under: the one named, else the actor jurisdiction's; narrowed
   * to {@code sources} when any are given.
   */
  public static ScreeningPolicy policy(PolicyBook book, String named, String actorJurisdiction,
                                       Collection<String> sources) {
    ScreeningPolicy p = named == null ? book.forJurisdiction(actorJurisdiction) : book.get(named);
    return sources == null || sources.isEmpty() ? p : p.onlySources(sources);
  }

  /**
   * A checker resolving counterparty names through the screener (the screening index and scorer,
   * limited to {@code datasets} and the lists in force on {@code asOf}); entity ids and identifiers
   * stay exact lookups in {@code listings}.
   */
  public static TradeChecker screened(RuleBook rules, Listings listings, Set<String> datasets, Screener screener,
                                      ScreeningPolicy policy, LocalDate asOf, Clock clock) {
    return checker(rules, listings, new ScreenerPartyResolver(screener, listings, datasets, asOf), policy, clock);
  }

  /** A checker resolving names against {@code listings} alone (entity files, the demo list, payments). */
  public static TradeChecker listed(RuleBook rules, Listings listings, ScreeningPolicy policy, Clock clock) {
    return checker(rules, listings, new ListingsResolver(listings), policy, clock);
  }

  private static TradeChecker checker(RuleBook rules, Listings listings, PartyResolver resolver,
                                      ScreeningPolicy policy, Clock clock) {
    return new TradeChecker(rules, listings, resolver, policy, MatchBands.DEFAULT, clock);
  }
}
