package io.cordon.screening;

import io.cordon.match.Explanation;
import io.cordon.model.Entity;
import java.util.List;
import java.util.Set;

/**
 * One ranked result.
 *
 * @param entity       the listed entity
 * @param snapshotId   the list version it comes from
 * @param score        in [0, 1]
 * @param match        score at or above the query's threshold
 * @param matchedName  the entity name that gave the best name score
 * @param explanations per-feature contributions, as the scorer gave them
 */
public record ScreeningResult(Entity entity, String snapshotId, double score, boolean match, String matchedName,
                              List<Explanation> explanations) {
  public ScreeningResult {
    explanations = List.copyOf(explanations);
  }

  /** The datasets the entity is listed in. */
  public Set<String> datasets() {
    return entity.datasets();
  }
}
