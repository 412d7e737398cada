package io.cordon.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order of a source's snapshots in time: effective date, then import instant (a newer import
 * of a list with the same date supersedes the older one), then id so the order is total.
 */
public final class SnapshotOrder {
  private SnapshotOrder() {}

  public static final Comparator<Snapshot> CHRONOLOGICAL = Comparator.comparing(Snapshot::effectiveDate)
      .thenComparing(Snapshot::imported)
      .thenComparing(Snapshot::id);

  /**
   * The snapshot in force on {@code date}: the last of {@code chronological} (sorted by
   * {@link #CHRONOLOGICAL}) whose effective date is not after it; empty when the list began later.
   */
  public static Optional<Snapshot> asOf(List<Snapshot> chronological, LocalDate date) {
    Snapshot best = null;
    for (Snapshot s : chronological) {
      if (!s.effectiveDate().isAfter(date)) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
