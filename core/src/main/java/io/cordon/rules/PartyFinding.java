package io.cordon.rules;

import io.cordon.rules.ownership.OwnershipStatus;
import java.util.List;

/**
 * What the check found about the counterparty.
 *
 * @param candidate  the entity taken as the counterparty (best candidate), or null when none came close
 * @param band       certainty of that match
 * @param listedOn   sources of the policy that list it
 * @param blockingOn those of them that block
 * @param ownership  the 50%-rule finding (blocked owners, aggregate share, paths), or null without a candidate
 * @param others     further candidates above the review band, for the analyst
 */
public record PartyFinding(PartyCandidate candidate, MatchBands.Band band, List<String> listedOn,
                           List<String> blockingOn, OwnershipStatus ownership, List<PartyCandidate> others) {
  public PartyFinding {
    listedOn = List.copyOf(listedOn);
    blockingOn = List.copyOf(blockingOn);
    others = List.copyOf(others);
  }

  /** Listed on a blocking source, or owned 50% or more by blocked persons. */
  public boolean blocked() {
    return !blockingOn.isEmpty() || (ownership != null && ownership.blocked());
  }
}
