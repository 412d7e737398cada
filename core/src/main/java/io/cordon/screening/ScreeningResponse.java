package io.cordon.screening;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The answer to one {@link ScreeningQuery}.
 *
 * @param query       the query as validated
 * @param results     best first; ties broken by entity id
 * @param candidates  how many entities the index proposed and the scorer scored
 * @param threshold   the threshold the match flags used
 * @param algorithm   the scorer's name
 * @param snapshotIds the list versions screened against (what an auditor needs to replay it)
 * @param screenedAt  when, from the screener's clock
 */
public record ScreeningResponse(ScreeningQuery query, List<ScreeningResult> results, int candidates,
                                double threshold, String algorithm, Set<String> snapshotIds, Instant screenedAt) {
  public ScreeningResponse {
    results = List.copyOf(results);
    snapshotIds = Set.copyOf(snapshotIds);
  }

  /** True when at least one result is a match. */
  public boolean alert() {
    return results.stream().anyMatch(ScreeningResult::match);
  }
}
