package io.cordon.cases;

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
 */
public record Hit(Entity entity, double score, List<Explanation> explanations, List<String> snapshotIds) {
  public Hit {
    explanations = List.copyOf(explanations);
    snapshotIds = List.copyOf(snapshotIds);
  }
}
