package io.cordon.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bounds on one date fact (issue date, trade date). Each bound is optional; all given bounds must
 * hold. {@code onOrAfterPartyDate} adds the covered party's own date (see {@link PartyDates}) as a
 * lower bound. {@code ambiguousOn} names boundary days the source texts leave open ("issued after
 * 1 March" in a directive, "issued on or after the effective date" in the list remarks; a directive
 * "effective immediately" on the day of its issue): on those days the rule answers with the text it
 * {@linkplain Rule#follows() follows}, but the check is flagged for review.
 */
public record DateCondition(LocalDate after, LocalDate onOrAfter, LocalDate before, LocalDate onOrBefore,
                            boolean onOrAfterPartyDate, Set<LocalDate> ambiguousOn, String ambiguity) {
  public DateCondition {
    ambiguousOn = Set.copyOf(ambiguousOn);
  }

  /** The result of testing one date. */
  record Test(boolean holds, boolean ambiguous, String reason) {}

  /**
   * Tests {@code d}; {@code partyDate} is the party's own date (null when the condition does not
   * use one, or when it is unknown: then the caller reports it missing).
   */
  Test test(String fact, LocalDate d, LocalDate partyDate, String partyLabel) {
    List<String> failed = new ArrayList<>();
    List<String> held = new ArrayList<>();
    check(after == null || d.isAfter(after), "after " + after, held, failed, after);
    check(onOrAfter == null || !d.isBefore(onOrAfter), "on or after " + onOrAfter, held, failed, onOrAfter);
    check(before == null || d.isBefore(before), "before " + before, held, failed, before);
    check(onOrBefore == null || !d.isAfter(onOrBefore), "on or before " + onOrBefore, held, failed, onOrBefore);
    if (onOrAfterPartyDate && partyDate != null) {
      check(!d.isBefore(partyDate), "on or after " + partyDate + " (" + partyLabel + ")", held, failed, partyDate);
    }
    boolean amb = ambiguousOn.contains(d);
    if (!failed.isEmpty()) {
      return new Test(false, amb, fact + " " + d + " is not " + String.join(" and ", failed)
          + (amb ? " (boundary day: " + ambiguity + ")" : ""));
    }
    return new Test(true, amb, fact + " " + d + " is " + (held.isEmpty() ? "in range" : String.join(" and ", held))
        + (amb ? " (boundary day: " + ambiguity + ")" : ""));
  }

  private static void check(boolean ok, String text, List<String> held, List<String> failed, LocalDate bound) {
    if (bound != null) {
      (ok ? held : failed).add(text);
    }
  }

  /** Human-readable bounds, e.g. "after 2021-06-14". */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (after != null) {
      parts.add("after " + after);
    }
    if (onOrAfter != null) {
      parts.add("on or after " + onOrAfter);
    }
    if (onOrAfterPartyDate) {
      parts.add("on or after the party's own date");
    }
    if (before != null) {
      parts.add("before " + before);
    }
    if (onOrBefore != null) {
      parts.add("on or before " + onOrBefore);
    }
    return String.join(" and ", parts);
  }

  /** Every fixed date the condition turns on (for boundary tests). */
  public Set<LocalDate> bounds() {
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate d : new LocalDate[] {after, onOrAfter, before, onOrBefore}) {
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  Set<LocalDate> ambiguousDays() {
    return new TreeSet<>(ambiguousOn);
  }
}
