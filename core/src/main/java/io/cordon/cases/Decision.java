package io.cordon.cases;

import java.time.Instant;
import java.util.Locale;

/**
 * An analyst's decision on an alert. It takes effect only when another user with the approver role
 * confirms it (four eyes).
 *
 * @param id      store-assigned id (0 before it is stored)
 * @param alertId the alert decided
 * @param analyst who decided
 * @param outcome true match, false positive or needs information
 * @param reason  why, in the analyst's words
 * @param at      when
 * @param state   pending until approved or rejected
 */
public record Decision(long id, long alertId, String analyst, Outcome outcome, String reason, Instant at, State state) {

  public enum State {
    PENDING, CONFIRMED, REJECTED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * SHA-256 of what the decision said (everything but its state, which approvals change), written
   * into its audit row so that an edit of the stored decision fails {@code audit verify}.
   */
  public String contentHash() {
    StringBuilder b = new StringBuilder("decision|").append(id).append('|').append(alertId).append('|');
    Hashing.escape(b, analyst);
    b.append('|').append(outcome.name()).append('|');
    Hashing.escape(b, reason);
    b.append('|').append(at.toEpochMilli());
    return Hashing.sha256Hex(b.toString());
  }

  Decision withId(long newId) {
    return new Decision(newId, alertId, analyst, outcome, reason, at, state);
  }
}
