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

  /** SHA-256 of the approval, written into its audit row (see {@link Decision#contentHash()}). */
  public String contentHash() {
    StringBuilder b = new StringBuilder("approval|").append(decisionId).append('|');
    Hashing.escape(b, approver);
    b.append('|').append(confirmed).append('|');
    Hashing.escape(b, comment == null ? "" : comment);
    b.append('|').append(at.toEpochMilli());
    return Hashing.sha256Hex(b.toString());
  }
}
