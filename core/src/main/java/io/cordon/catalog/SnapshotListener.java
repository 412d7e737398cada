package io.cordon.catalog;

import java.util.Optional;

/**
 * Told when the active snapshot of a source changes (after the commit is durable), so that
 * indexes can be rebuilt and the customer book re-screened against the delta. Called on the
 * importing thread; a listener that fails does not undo the import (the snapshot is committed),
 * the failure is reported to the caller of the import.
 */
@FunctionalInterface
public interface SnapshotListener {
  void activeChanged(String source, Optional<Snapshot> previous, Snapshot active);
}
