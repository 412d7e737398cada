package io.cordon.catalog;

import io.cordon.model.Entity;
import java.util.List;

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
  CommitOutcome commit(Snapshot snapshot, List<Entity> entities);
}
