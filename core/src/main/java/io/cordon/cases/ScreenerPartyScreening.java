package io.cordon.cases;

import io.cordon.index.PartyListings;
import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.model.Entity;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The case workflow's screening port served by the engine's {@link Screener}, so that parties are
 * screened by the same index and scorer as every other screen, against whatever lists are active
 * at that moment (a long-running server sees new imports).
 */
final class ScreenerPartyScreening implements PartyScreening {
  private final Screener screener;
  private final double floor;

  /** @param floor lowest score returned (the case service applies its own threshold above it) */
  ScreenerPartyScreening(Screener screener, double floor) {
    this.screener = screener;
    this.floor = floor;
  }

  @Override
  public List<Hit> screen(Party p) {
    ScreeningResponse r = screener.screen(ScreeningQuery.of(query(p)).withThreshold(floor).withLimit(20));
    List<Hit> hits = new ArrayList<>();
    for (ScreeningResult x : r.results()) {
      List<String> snaps = new ArrayList<>();
      snaps.add(x.snapshotId());
      r.snapshotIds().stream().filter(s -> !s.equals(x.snapshotId())).sorted().forEach(snaps::add);
      hits.add(new Hit(x.entity(), x.score(), x.explanations(), snaps, x.priority(), x.listings()));
    }
    return hits;
  }

  @Override
  public Double priority(Party party, Entity entity, MatchResult result) {
    try {
      return screener.priority(query(party), entity, result);
    } catch (io.cordon.screening.NoListsException e) {
      return null; // no index to count words in: the alert is raised without a priority
    }
  }

  @Override
  public PartyListings listings(Entity entity) {
    try {
      return screener.listings(entity);
    } catch (io.cordon.screening.NoListsException e) {
      return null; // no index: the alert is raised without listings
    }
  }

  private static MatchQuery query(Party p) {
    return new MatchQuery(p.schema(), p.names(), p.birthDates(), p.countries(), p.identifiers(), p.gender());
  }
}
