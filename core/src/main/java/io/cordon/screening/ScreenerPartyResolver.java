package io.cordon.screening;

import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.rules.PartyCandidate;
import io.cordon.rules.Listings;
import io.cordon.rules.ListingsResolver;
import io.cordon.rules.PartyQuery;
import io.cordon.rules.PartyResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves trade counterparties (io.cordon.rules) with the {@link Screener}: names go through the
 * candidate index and the full scorer (transliteration, reordering, legal forms...); entity ids and
 * identifiers are resolved exactly against the {@link Listings} the check runs on. Candidates are
 * returned as the listings' entities, so the rules see the same (merged) entity the screening found.
 */
public final class ScreenerPartyResolver implements PartyResolver {
  private final Screener screener;
  private final Listings listings;
  private final ListingsResolver exact;
  private final Set<String> datasets;
  private final LocalDate asOf;

  /**
   * @param datasets the sources the screening policy selects (empty = all)
   * @param asOf     screen against the snapshots in force on this date, or null for the current ones
   */
  public ScreenerPartyResolver(Screener screener, Listings listings, Set<String> datasets, LocalDate asOf) {
    this.screener = Objects.requireNonNull(screener, "screener");
    this.listings = Objects.requireNonNull(listings, "listings");
    this.exact = new ListingsResolver(listings);
    this.datasets = Set.copyOf(datasets);
    this.asOf = asOf;
  }

  @Override
  public List<PartyCandidate> resolve(PartyQuery q, int limit) {
    if (q.name() == null) {
      return exact.resolve(q, limit);
    }
    ScreeningQuery sq = ScreeningQuery.of(MatchQuery.ofName(q.name())).withLimit(limit).withDatasets(datasets);
    ScreeningResponse r = screener.screen(asOf == null ? sq : sq.withAsOf(asOf));
    List<PartyCandidate> out = new ArrayList<>();
    for (ScreeningResult x : r.results()) {
      Entity e = listings.entity(x.entity().id()).orElse(x.entity());
      out.add(PartyCandidate.of(e, Math.max(0, Math.min(1, x.score())), "name:" + r.algorithm(), x.matchedName()));
    }
    return out;
  }
}
