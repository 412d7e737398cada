package io.cordon.cases;

import io.cordon.index.PartyListings;
import io.cordon.match.Explanation;
import io.cordon.model.Entity;
import java.time.Instant;
import java.util.List;

/**
 * One hit of one party against one list entry, to be decided. Keeps the party and the entity as
 * they were when screened, so the decision can be reviewed later against exactly that data.
 *
 * @param id           store-assigned id (0 before it is stored)
 * @param runId        the screening run that raised it
 * @param party        the party as screened
 * @param entity       the list entry as screened
 * @param score        the score
 * @param priority     how specific the match is, in [0, 1], for ordering the queue; null when the
 *                     screening gave none (payment messages, alerts stored before it existed)
 * @param listings     every listing of the listed party ({@code entity}'s first: OFAC and UN, say) with
 *                     the evidence that they are one party; null when not recorded (payment messages,
 *                     alerts stored before it existed). Kept current while the alert is open.
 * @param explanations the score's features
 * @param snapshotIds  snapshot ids the screening used
 * @param status       workflow state
 * @param created      when it was raised
 * @param changes      why it alerts again after a cleared hit ("party: ... ; list entry: ..."), or empty
 */
public record Alert(long id, long runId, Party party, Entity entity, double score, Double priority,
                    PartyListings listings, List<Explanation> explanations,
                    List<String> snapshotIds, AlertStatus status, Instant created, String changes) {
  public Alert {
    explanations = List.copyOf(explanations);
    snapshotIds = List.copyOf(snapshotIds);
    changes = changes == null ? "" : changes;
  }

  public String partyId() {
    return party.externalId();
  }

  public String entityId() {
    return entity.id();
  }

  public String partyHash() {
    return party.hash();
  }

  public String entityHash() {
    return Hashing.entityHash(entity);
  }

  Alert withId(long newId) {
    return new Alert(newId, runId, party, entity, score, priority, listings, explanations, snapshotIds, status, created, changes);
  }

  Alert withListings(PartyListings l) {
    return new Alert(id, runId, party, entity, score, priority, l, explanations, snapshotIds, status, created, changes);
  }

  Alert withStatus(AlertStatus s) {
    return new Alert(id, runId, party, entity, score, priority, listings, explanations, snapshotIds, s, created, changes);
  }
}
