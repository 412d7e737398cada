package io.cordon.catalog;

/**
 * What a new version of one source's list must satisfy before it replaces the one in force. A list
 * that parsed cleanly can still be a failed download (cut at a line boundary), a publisher's mistake
 * or a crafted file; each check below has a name that a rejection reports and that the
 * configuration uses ({@code import.<source>.<check>} in {@code cordon.properties}).
 *
 * @param minTargets        {@code min-targets}: fewest screenable targets a list may have
 * @param maxDropPercent    {@code max-drop-percent}: largest fall of the target count against the
 *                          snapshot it follows, in percent (100 turns the check off)
 * @param maxRemoved        {@code max-removed}: most targets of the previous version that may be gone
 * @param maxRemovedPercent {@code max-removed-percent}: most targets of the previous version that may be
 *                          gone, in percent of it; counted only from {@link #REMOVAL_FLOOR} removals on,
 *                          so that small lists can lose a few entries
 * @param endMarker         {@code end-marker}: a format's end-of-file marker must be there (OFAC's CSV
 *                          files end with the byte 0x1A; a file cut short does not)
 * @param futureDays        {@code future-days}: how many days after today a publication date may lie
 */
public record ListExpectations(int minTargets, double maxDropPercent, int maxRemoved, double maxRemovedPercent,
                               boolean endMarker, int futureDays) {

  /** Removals below this many are never refused by {@code max-removed-percent}. */
  public static final int REMOVAL_FLOOR = 50;

  /**
   * Defaults: at least one target, at most half the targets lost, at most 20% of the previous
   * targets removed, end markers required, publication dates at most two days ahead (time zones
   * and publishers that date a list for the next business day).
   */
  public static final ListExpectations DEFAULT = new ListExpectations(1, 50, Integer.MAX_VALUE, 20, true, 2);

  public ListExpectations {
    if (minTargets < 0 || maxRemoved < 0 || futureDays < 0) {
      throw new IllegalArgumentException("min-targets, max-removed and future-days must not be negative");
    }
    percent("max-drop-percent", maxDropPercent);
    percent("max-removed-percent", maxRemovedPercent);
  }

  private static void percent(String name, double v) {
    if (!(v >= 0 && v <= 100)) {
      throw new IllegalArgumentException(name + " must be a percentage from 0 to 100, got " + v);
    }
  }

  /** A copy with one setting changed by its configuration name. */
  public ListExpectations with(String check, String value) {
    String v = value.strip();
    try {
      return switch (check) {
        case "min-targets" -> new ListExpectations(Integer.parseInt(v), maxDropPercent, maxRemoved, maxRemovedPercent,
            endMarker, futureDays);
        case "max-drop-percent" -> new ListExpectations(minTargets, Double.parseDouble(v), maxRemoved, maxRemovedPercent,
            endMarker, futureDays);
        case "max-removed" -> new ListExpectations(minTargets, maxDropPercent, Integer.parseInt(v), maxRemovedPercent,
            endMarker, futureDays);
        case "max-removed-percent" -> new ListExpectations(minTargets, maxDropPercent, maxRemoved, Double.parseDouble(v),
            endMarker, futureDays);
        case "end-marker" -> new ListExpectations(minTargets, maxDropPercent, maxRemoved, maxRemovedPercent,
            bool(v), futureDays);
        case "future-days" -> new ListExpectations(minTargets, maxDropPercent, maxRemoved, maxRemovedPercent,
            endMarker, Integer.parseInt(v));
        default -> throw new IllegalArgumentException("unknown list check '" + check + "' (known: min-targets, "
            + "max-drop-percent, max-removed, max-removed-percent, end-marker, future-days)");
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(check + ": not a number: '" + value + "'", e);
    }
  }

  private static boolean bool(String v) {
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on", "required" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException("end-marker: expected true or false, got '" + v + "'");
    };
  }
}
