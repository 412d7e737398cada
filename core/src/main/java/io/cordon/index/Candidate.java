package io.cordon.index;

import io.cordon.model.Entity;
import java.util.Objects;

/**
 * One entity the index proposes for full scoring.
 *
 * @param entity     the listed entity
 * @param snapshotId the snapshot it was read from
 * @param retrieval  the index's own relevance (key overlap weighted by rarity); it only orders
 *                   candidates before the cap and is never shown as a match score
 * @param ordinal    the entity's position in its index (for {@link CandidateIndex#derived})
 */
public record Candidate(Entity entity, String snapshotId, float retrieval, int ordinal) {
  public Candidate {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(snapshotId, "snapshotId");
  }
}
