package io.cordon.rules;

import io.cordon.rules.ownership.OwnershipPath;
import java.util.List;

/**
 * How one rule came out for one check.
 *
 * @param rule      the rule
 * @param status    fired, not met, indeterminate (a fact is missing), not in force, not yet published
 * @param boundary  the answer turns on a boundary day the source texts word differently
 * @param reasons   each condition tested, in words ("issue date 2021-06-30 is after 2021-06-14")
 * @param ownership paths through which the 50% rule brought the counterparty under the rule
 */
public record RuleEvaluation(Rule rule, Status status, boolean boundary, List<String> reasons,
                             List<OwnershipPath> ownership) {
  public RuleEvaluation {
    reasons = List.copyOf(reasons);
    ownership = List.copyOf(ownership);
  }

  /** Outcome classes of one rule. */
  public enum Status {
    /** every condition holds */
    FIRED,
    /** some condition does not hold */
    NOT_MET,
    /** no condition fails but a fact the rule needs is missing */
    INDETERMINATE,
    /** the trade date is outside the rule's effective dates */
    NOT_IN_FORCE,
    /** the rule was published after the as-of date */
    NOT_PUBLISHED;

    public String label() {
      return Labels.label(this);
    }
  }
}
