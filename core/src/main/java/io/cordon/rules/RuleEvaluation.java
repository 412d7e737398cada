package io.cordon.rules;

import io.cordon.rules.ownership.OwnershipPath;
import java.util.List;

/**
 * How one rule came out for one check.
 *
 * @param rule      the rule
 * @param status    fired, authorised (fired, but a general licence that fired authorises it), not
 *                  met, indeterminate (a fact is missing), not in force, not yet published
 * @param boundary  the answer turns on a boundary day the source texts leave open
 * @param reasons   each condition tested, in words ("issue date 2021-06-30 is after 2021-06-14")
 * @param ownership paths through which the 50% rule brought the counterparty under the rule
 * @param open      why a prohibition that fired cannot be taken as certain (a general licence may
 *                  authorise it but a fact it needs is missing), or null
 */
public record RuleEvaluation(Rule rule, Status status, boolean boundary, List<String> reasons,
                             List<OwnershipPath> ownership, String open) {
  public RuleEvaluation {
    reasons = List.copyOf(reasons);
    ownership = List.copyOf(ownership);
  }

  public RuleEvaluation(Rule rule, Status status, boolean boundary, List<String> reasons, List<OwnershipPath> ownership) {
    this(rule, status, boundary, reasons, ownership, null);
  }

  /** Outcome classes of one rule. */
  public enum Status {
    /** every condition holds */
    FIRED,
    /** every condition holds, but a general licence in force authorises the transaction */
    AUTHORIZED,
    /** no condition fails but a fact the rule needs is missing */
    INDETERMINATE,
    /** some condition does not hold */
    NOT_MET,
    /** the trade date is outside the rule's effective dates */
    NOT_IN_FORCE,
    /** the rule was published after the as-of date */
    NOT_PUBLISHED;

    public String label() {
      return Labels.label(this);
    }
  }
}
