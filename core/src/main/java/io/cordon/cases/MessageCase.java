package io.cordon.cases;

import java.time.Instant;
import java.util.List;

/**
 * A payment message the case queue keeps: one that was held, or whose every hit a good-guy entry
 * cleared. Its alerts are in the ordinary alert queue; this keeps the raw text and where each hit is.
 *
 * @param id          store-assigned id (0 before it is stored)
 * @param runId       the screening run (trigger message)
 * @param source      where it came from: a file name, or {@code POST /v1/screen/message}
 * @param index       position in that input (RJE batches hold several)
 * @param type        MT103, pacs.008.001.08..., or null when it could not be read
 * @param reference   the sender's reference, or null
 * @param decision    {@code hold} or {@code pass} after the good-guy list
 * @param error       why it could not be read, or null
 * @param policy      the screening policy
 * @param raw         the message text as received (cut at {@link MessageQueue#MAX_RAW} characters)
 * @param hits        every hit, in message order
 * @param snapshotIds the list versions screened against
 * @param received    when it was queued
 */
public record MessageCase(long id, long runId, String source, int index, String type, String reference,
                          String decision, String error, String policy, String raw, List<QueuedHit> hits,
                          List<String> snapshotIds, Instant received) {
  public MessageCase {
    hits = List.copyOf(hits);
    snapshotIds = List.copyOf(snapshotIds);
  }

  public boolean held() {
    return decision.equals("hold");
  }

  MessageCase withId(long newId) {
    return new MessageCase(newId, runId, source, index, type, reference, decision, error, policy, raw, hits,
        snapshotIds, received);
  }
}
