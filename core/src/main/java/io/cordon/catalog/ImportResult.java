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
 * @param forced   the list checks a forced import overrode, as "check: what was found" (empty otherwise)
 * @param restored true when the stored bytes of an earlier list were imported again and made active
 *                 in place of a list that had been forced in
 */
public record ImportResult(Snapshot snapshot, CommitOutcome outcome, List<String> warnings,
                           Duration parse, Duration commit, List<String> forced, boolean restored) {
  public ImportResult {
    warnings = List.copyOf(warnings);
    forced = List.copyOf(forced);
  }
}
