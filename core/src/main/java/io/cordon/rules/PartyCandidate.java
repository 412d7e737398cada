package io.cordon.rules;

import io.cordon.model.Entity;
import java.util.Objects;

/**
 * One entity the counterparty may be.
 *
 * @param id        entity id
 * @param caption   display name
 * @param entity    the listed entity; null for a party known only from ownership data (a user's CSV)
 * @param score     match confidence in [0, 1]; 1 for an exact id or identifier
 * @param matchedBy how it was found: {@code id}, {@code identifier}, {@code name}
 * @param matched   the value that matched (the listed name, the identifier)
 */
public record PartyCandidate(String id, String caption, Entity entity, double score, String matchedBy, String matched) {
  public PartyCandidate {
    Objects.requireNonNull(id, "id");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("candidate score out of [0, 1]: " + score);
    }
  }

  public static PartyCandidate of(Entity e, double score, String matchedBy, String matched) {
    return new PartyCandidate(e.id(), e.caption(), e, score, matchedBy, matched);
  }
}
