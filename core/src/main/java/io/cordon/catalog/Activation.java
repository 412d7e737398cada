package io.cordon.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a source's active snapshot, recorded in the same transaction as the change, with the
 * re-screening of the customer book it calls for. Pending until {@link CatalogStore#rescreened} marks
 * it done, so a crash between the commit and the re-screen leaves it to be run later.
 *
 * @param seq        order of the activations (store-assigned)
 * @param source     source name
 * @param snapshotId the snapshot made active
 * @param previousId the snapshot active before, empty for a new source (the whole list is screened)
 * @param reason     why: {@code import}, {@code forced} (an import that overrode a list check),
 *                   {@code restore} (the stored bytes of an earlier list imported again after a forced
 *                   one), {@code operator} ({@code cordon sources activate}) or {@code rescreen}
 *                   ({@code cordon rescreen --source}: the whole active list again)
 * @param at         when
 * @param rescreened when the re-screen finished, empty while pending
 */
public record Activation(long seq, String source, String snapshotId, Optional<String> previousId, String reason,
                         Instant at, Optional<Instant> rescreened) {
  public Activation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }

  public boolean pending() {
    return rescreened.isEmpty();
  }
}
