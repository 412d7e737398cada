package io.cordon.catalog;

import io.cordon.model.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The write side of a {@link Catalog}: commits one snapshot with its entities. Implementations: in
 * memory ({@link InMemoryCatalog}) and JDBC (store module).
 */
public interface CatalogStore extends Catalog {

  /**
   * Stores {@code snapshot} and its entities in one transaction and, when its effective date is the
   * latest of its source (ties: the newer import wins), makes it the active snapshot in that same
   * transaction. Readers see either nothing of it or all of it. A snapshot whose id is already
   * stored is left as it is and reported {@link CommitOutcome#UNCHANGED}.
   */
  default CommitOutcome commit(Snapshot snapshot, List<Entity> entities) {
    return commit(snapshot, entities, "import");
  }

  /**
   * {@link #commit(Snapshot, List)}; when the snapshot becomes active, an {@link Activation} with
   * {@code reason} is recorded in the same transaction, pending its re-screen.
   */
  CommitOutcome commit(Snapshot snapshot, List<Entity> entities, String reason);

  /**
   * Makes a stored snapshot the active one of its source (an operator's choice, or the restore of a
   * list after a forced import), recording a pending {@link Activation} in the same transaction.
   *
   * @return the activation, empty when the snapshot was already active
   * @throws java.util.NoSuchElementException when no snapshot has that id
   */
  Optional<Activation> activate(String snapshotId, String reason, Instant at);

  /** Records a pending re-screen of the whole active snapshot of {@code source} (as for a new source). */
  Activation requestRescreen(String source, Instant at);

  /** Activations whose re-screen has not finished, oldest first. */
  List<Activation> pendingRescreens();

  /** The latest activation of a source, if any was recorded. */
  Optional<Activation> lastActivation(String source);

  /** Marks the re-screen of activation {@code seq} done. */
  void rescreened(long seq, Instant at);
}
