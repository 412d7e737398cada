package io.cordon.rules.ownership;

import java.util.List;

/**
 * The 50%-rule finding for one entity.
 *
 * @param entity          entity id
 * @param directlyBlocked listed itself (the seed of the computation)
 * @param blocked         directly blocked, or owned {@code >=} the threshold in aggregate by blocked persons
 * @param blockedShare    aggregate share held by blocked owners (direct edges only; 0 when none)
 * @param blockedOwners   the direct holdings by blocked owners that make up {@code blockedShare}
 * @param paths           chains from directly blocked persons to this entity (empty when directly blocked)
 * @param unknownShares   blocked owners whose share is not stated: the finding may understate the share
 * @param round           fixpoint round in which the entity became blocked (0 = listed), -1 when not blocked
 */
public record OwnershipStatus(String entity, boolean directlyBlocked, boolean blocked, double blockedShare,
                              List<OwnershipStep> blockedOwners, List<OwnershipPath> paths,
                              List<String> unknownShares, int round) {
  public OwnershipStatus {
    blockedOwners = List.copyOf(blockedOwners);
    paths = List.copyOf(paths);
    unknownShares = List.copyOf(unknownShares);
  }

  /** Blocked only through ownership (the 50% rule), not by a listing of its own. */
  public boolean blockedByOwnership() {
    return blocked && !directlyBlocked;
  }

  /** One line for people: "blocked: 50% held by blocked owners (X -[50%]-> A -[25%]-> C; ...)". */
  public String summary() {
    if (directlyBlocked) {
      return entity + " is listed (blocked directly)";
    }
    String share = Percent.format(blockedShare) + "% held by blocked owners";
    if (blocked) {
      return entity + " is blocked by ownership: " + share + " (" + OwnershipPath.describe(paths) + ")";
    }
    return entity + " is not blocked by ownership: " + share
        + (unknownShares.isEmpty() ? "" : "; shares not stated for blocked owners " + unknownShares);
  }
}
