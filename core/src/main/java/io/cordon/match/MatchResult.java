package io.cordon.match;

import java.util.List;

/**
 * The score of one candidate entity against a query.
 *
 * @param score        in [0, 1]; 1.0 only for exact names (or an exact strong identifier)
 * @param match        score at or above the threshold in force
 * @param matchedName  the entity name that gave the best name score
 * @param explanations every feature that contributed, in order of contribution
 */
public record MatchResult(double score, boolean match, String matchedName, List<Explanation> explanations) {
  public MatchResult {
    explanations = List.copyOf(explanations);
  }
}
