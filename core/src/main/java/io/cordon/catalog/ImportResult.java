package io.cordon.catalog;

import java.time.Duration;
import java.util.List;

/**
 * What one import did.
 *
 * @param snapshot the snapshot (the already stored one when {@code outcome} is UNCHANGED)
 * @param outcome  active, history or unchanged
 * @param warnings records the adapter skipped or only partly mapped
 * @param parse    time spent reading and parsing the file
 * @param commit   time spent validating and committing to the store
 */
public record ImportResult(Snapshot snapshot, CommitOutcome outcome, List<String> warnings,
                           Duration parse, Duration commit) {
  public ImportResult {
    warnings = List.copyOf(warnings);
  }
}
