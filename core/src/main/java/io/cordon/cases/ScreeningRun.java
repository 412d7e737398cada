package io.cordon.cases;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One screening pass: a party import, an on-demand screening, a re-screening after a list update,
 * or a payment message queued for review.
 *
 * @param id          store-assigned id
 * @param trigger     why it ran
 * @param actor       who started it
 * @param subject     the file, party or snapshot it was about
 * @param snapshotIds snapshots used
 * @param parties     parties screened
 * @param alerts      alerts raised
 * @param suppressed  hits suppressed by good-guy entries
 * @param at          when it ended
 */
public record ScreeningRun(long id, Trigger trigger, String actor, String subject, List<String> snapshotIds,
                           int parties, int alerts, int suppressed, Instant at) {
  public ScreeningRun {
    snapshotIds = List.copyOf(snapshotIds);
  }

  public enum Trigger {
    IMPORT, ON_DEMAND, LIST_CHANGE, MESSAGE;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  ScreeningRun withId(long newId) {
    return new ScreeningRun(newId, trigger, actor, subject, snapshotIds, parties, alerts, suppressed, at);
  }
}
