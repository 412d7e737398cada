package io.cordon.screening;

import io.cordon.index.Listing;
import io.cordon.index.PartyListings;
import io.cordon.match.Explanation;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One ranked result: one listed party, with every listing of it across the screened lists.
 *
 * @param entity       the listed entity that scored best for the party
 * @param snapshotId   the list version it comes from
 * @param score        in [0, 1]
 * @param match        score at or above the query's threshold
 * @param matchedName  the entity name that gave the best name score
 * @param explanations per-feature contributions, as the scorer gave them
 * @param listings     every listing of the party ({@code entity}'s first) and the evidence grouping them
 * @param priority     how specific the match is, in [0, 1], for ordering alerts (see {@link AlertPriority}):
 *                     rare names and agreeing birth date, nationality or identifiers raise it
 */
public record ScreeningResult(Entity entity, String snapshotId, double score, boolean match, String matchedName,
                              List<Explanation> explanations, PartyListings listings, double priority) {
  public ScreeningResult {
    explanations = List.copyOf(explanations);
    if (listings == null) {
      listings = own(entity);
    }
  }

  /**
   * True when this result is the party listed under {@code entityId}: its own entity, or another
   * listing of the same party (one person on the OFAC and UN lists comes back as one result).
   */
  public boolean hasListing(String entityId) {
    if (entity.id().equals(entityId)) {
      return true;
    }
    for (Listing l : listings.listings()) {
      if (l.entityId().equals(entityId)) {
        return true;
      }
    }
    return false;
  }

  /** A result for an entity listed once (no grouping known). */
  public ScreeningResult(Entity entity, String snapshotId, double score, boolean match, String matchedName,
                         List<Explanation> explanations) {
    this(entity, snapshotId, score, match, matchedName, explanations, null, score);
  }

  private static PartyListings own(Entity e) {
    String dataset = e.datasets().isEmpty() ? "" : e.datasets().iterator().next();
    return PartyListings.single(new Listing(e.id(), dataset, e.get(Prop.PROGRAM), "", ""));
  }

  /** The datasets the party is listed in: the entity's own, then those of its other listings. */
  public Set<String> datasets() {
    Set<String> out = new LinkedHashSet<>(entity.datasets());
    out.addAll(listings.datasets());
    return out;
  }
}
