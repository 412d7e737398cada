package io.cordon.cases;

import java.time.Instant;

/**
 * A confirmed false positive: the hit of this party on this list entry is suppressed as long as
 * both still have the content they had when it was cleared.
 *
 * @param partyId    party external id
 * @param entityId   list entry id
 * @param partyHash  {@link Party#hash()} when cleared
 * @param entityHash {@link Hashing#entityHash} when cleared
 * @param alertId    the alert that was cleared (its data shows what changed later)
 * @param decisionId the confirmed decision
 * @param at         when confirmed
 */
public record GoodGuy(String partyId, String entityId, String partyHash, String entityHash, long alertId,
                      long decisionId, Instant at) {

  boolean suppresses(String pHash, String eHash) {
    return partyHash.equals(pHash) && entityHash.equals(eHash);
  }
}
