package io.cordon.catalog;

import io.cordon.model.Entity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every imported version of every source. Snapshots are immutable; each source has one active
 * snapshot (the one with the latest effective date), which changes atomically when a newer one is
 * committed. Implementations: in memory (tests) and JDBC (store module).
 */
public interface Catalog {

  /** Names of all sources that have at least one snapshot. */
  List<String> sources();

  /** The active snapshot of a source. */
  Optional<Snapshot> active(String source);

  /** All snapshots of a source, oldest effective date first. */
  List<Snapshot> snapshots(String source);

  Optional<Snapshot> snapshot(String snapshotId);

  /** The snapshot in force on {@code date}: the latest whose effective date is on or before it. */
  Optional<Snapshot> asOf(String source, LocalDate date);

  /**
   * All entities of a snapshot, in the order they were imported.
   *
   * @throws java.util.NoSuchElementException when no snapshot has that id
   */
  List<Entity> entities(String snapshotId);

  /** The snapshot just before {@code snapshot} in its source's history (by effective date), if any. */
  default Optional<Snapshot> previous(Snapshot snapshot) {
    Snapshot prev = null;
    for (Snapshot s : snapshots(snapshot.source())) {
      if (s.id().equals(snapshot.id())) {
        return Optional.ofNullable(prev);
      }
      prev = s;
    }
    return Optional.empty();
  }
}
