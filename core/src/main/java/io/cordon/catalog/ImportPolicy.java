package io.cordon.catalog;

import java.util.Optional;

/**
 * When a list that parsed cleanly is still refused. A source whose target count falls by more than
 * {@code maxDropPercent} against the snapshot it follows is almost always a failed download or a
 * publisher's mistake, not a mass delisting; such a file is rejected unless forced.
 *
 * @param maxDropPercent largest accepted fall of the target count, in percent (0 to 100; 100 turns
 *                       the check off)
 */
public record ImportPolicy(double maxDropPercent) {

  /** Default: a list may lose at most half of its targets from one version to the next. */
  public static final ImportPolicy DEFAULT = new ImportPolicy(50);

  public ImportPolicy {
    if (!(maxDropPercent >= 0 && maxDropPercent <= 100)) {
      throw new IllegalArgumentException("collapse limit must be a percentage from 0 to 100, got " + maxDropPercent);
    }
  }

  /**
   * The problem with importing {@code targets} targets after {@code predecessor}, if any.
   *
   * @param predecessor the snapshot the new one follows in time (the active one for a new list)
   */
  Optional<String> collapse(Optional<Snapshot> predecessor, int targets) {
    if (predecessor.isEmpty() || predecessor.get().targets() == 0) {
      return Optional.empty();
    }
    Snapshot prev = predecessor.get();
    double drop = 100.0 * (prev.targets() - targets) / prev.targets();
    if (drop > maxDropPercent) {
      return Optional.of(String.format(java.util.Locale.ROOT,
          "target count collapsed from %d (snapshot %s) to %d, a fall of %.1f%% (limit %s%%); "
              + "use --force if this is a real change", prev.targets(), prev.id(), targets, drop,
          stripZeros(maxDropPercent)));
    }
    return Optional.empty();
  }

  private static String stripZeros(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
