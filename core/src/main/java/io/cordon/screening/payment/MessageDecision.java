package io.cordon.screening.payment;

import java.util.List;
import java.util.Set;

/**
 * The answer for one message.
 *
 * @param index       position in the input (RJE batches hold several)
 * @param message     the message, or null when it could not be read
 * @param hold        true: stop the payment for review; a message that cannot be read is held
 * @param hits        every hit, in message order
 * @param reasons     one line per reason, for people
 * @param error       why the message could not be read, or null
 * @param policy      the screening policy used
 * @param snapshotIds the list versions screened against
 */
public record MessageDecision(int index, PaymentMessage message, boolean hold, List<MessageHit> hits, List<String> reasons,
                              String error, String policy, Set<String> snapshotIds) {
  public MessageDecision {
    hits = List.copyOf(hits);
    reasons = List.copyOf(reasons);
    snapshotIds = Set.copyOf(snapshotIds);
  }

  public String decision() {
    return hold ? "hold" : "pass";
  }
}
