package io.cordon.index;

import io.cordon.model.Entity;
import java.util.List;
import java.util.Objects;

/**
 * The entities of one snapshot to put in an index.
 *
 * @param snapshotId the snapshot's id, recorded with every entity so results can name it
 * @param source     the snapshot's source name (e.g. {@code us_ofac_sdn}), usable as a dataset filter
 * @param entities   the snapshot's entities; link records (Sanction, Ownership...) are skipped
 */
public record IndexInput(String snapshotId, String source, List<Entity> entities) {
  public IndexInput {
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(source, "source");
    entities = List.copyOf(entities);
  }
}
