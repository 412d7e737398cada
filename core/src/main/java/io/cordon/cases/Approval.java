package io.cordon.cases;

import java.time.Instant;

/**
 * An approver's verdict on a decision.
 *
 * @param decisionId the decision
 * @param approver   who approved or rejected (never the decision's analyst)
 * @param confirmed  true: the decision takes effect; false: the alert goes back to the analysts
 * @param comment    optional comment
 * @param at         when
 */
public record Approval(long decisionId, String approver, boolean confirmed, String comment, Instant at) {
  public Approval {
    comment = comment == null ? "" : comment;
  }
}
