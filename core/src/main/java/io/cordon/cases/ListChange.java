package io.cordon.cases;

import io.cordon.model.Entity;
import java.util.List;
import java.util.Set;

/**
 * What changed in a source when a new snapshot became active: the entries to screen the book against.
 *
 * @param source     source name
 * @param snapshotId the new active snapshot
 * @param upserted   entities added or changed in it (screenable ones; link records are skipped)
 * @param removedIds ids of entities no longer listed (recorded in the audit log; no alert)
 */
public record ListChange(String source, String snapshotId, List<Entity> upserted, Set<String> removedIds) {
  public ListChange {
    upserted = List.copyOf(upserted);
    removedIds = Set.copyOf(removedIds);
  }
}
