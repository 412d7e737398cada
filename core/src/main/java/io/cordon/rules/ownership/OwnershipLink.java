package io.cordon.rules.ownership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ownership edge: {@code owner} holds {@code percentage} of {@code asset}.
 *
 * @param owner      entity id of the owner
 * @param asset      entity id of the owned entity
 * @param percentage share in percent (0..100); null when the source gives none ("subsidiary of")
 * @param start      first day the holding is known to exist, null when unknown
 * @param end        last day the holding is known to exist, null when open
 * @param source     where the edge comes from (FtM Ownership id or dataset, CSV file and line)
 */
public record OwnershipLink(String owner, String asset, Double percentage, LocalDate start, LocalDate end,
                            String source) {
  public OwnershipLink {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(asset, "asset");
    if (percentage != null && (percentage.isNaN() || percentage < 0 || percentage > 100)) {
      throw new IllegalArgumentException("ownership percentage out of range 0..100: " + percentage
          + " (" + owner + " -> " + asset + ", " + source + ")");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("ownership ends before it starts: " + start + " .. " + end
          + " (" + source + ")");
    }
  }

  /** True when the holding existed on {@code date} (open ends count as existing). */
  public boolean activeOn(LocalDate date) {
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }
}
