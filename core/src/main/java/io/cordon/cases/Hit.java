package io.cordon.cases;

import io.cordon.index.PartyListings;
import io.cordon.match.Explanation;
import io.cordon.model.Entity;
import java.util.List;

/**
 * One list entry that matched a party.
 *
 * @param entity       the listed entity as it is in the snapshot screened against
 * @param score        the scorer's score in [0, 1]
 * @param explanations how the score came about
 * @param snapshotIds  the snapshots the screening used (the entity's own first)
 * @param priority     how specific the match is, in [0, 1] (the screener's alert priority), or null
 *                     when the screening that found it cannot say
 * @param listings     every listing of the matched party across the screened lists ({@code entity}'s
 *                     first) with the evidence grouping them, or null when the screening cannot say
 */
public record Hit(Entity entity, double score, List<Explanation> explanations, List<String> snapshotIds,
                  Double priority, PartyListings listings) {
  public Hit {
    explanations = List.copyOf(explanations);
    snapshotIds = List.copyOf(snapshotIds);
  }

  /** A hit without a priority or listings. */
  public Hit(Entity entity, double score, List<Explanation> explanations, List<String> snapshotIds) {
    this(entity, score, explanations, snapshotIds, null, null);
  }

  /** A hit without listings. */
  public Hit(Entity entity, double score, List<Explanation> explanations, List<String> snapshotIds, Double priority) {
    this(entity, score, explanations, snapshotIds, priority, null);
  }
}
