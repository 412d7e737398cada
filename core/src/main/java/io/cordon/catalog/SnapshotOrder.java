package io.cordon.catalog;

import java.util.Comparator;

/**
 * The order of a source's snapshots in time: effective date, then import instant (a newer import
 * of a list with the same date supersedes the older one), then id so the order is total.
 */
public final class SnapshotOrder {
  private SnapshotOrder() {}

  public static final Comparator<Snapshot> CHRONOLOGICAL = Comparator.comparing(Snapshot::effectiveDate)
      .thenComparing(Snapshot::imported)
      .thenComparing(Snapshot::id);
}
