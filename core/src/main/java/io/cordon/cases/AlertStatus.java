package io.cordon.cases;

import java.util.Locale;

/** Where an alert is in the four-eyes workflow. */
public enum AlertStatus {
  /** Raised, waiting for an analyst. */
  OPEN,
  /** An analyst decided; waiting for an approver. */
  PENDING_APPROVAL,
  /** Confirmed: the party is the listed entity. */
  CLOSED_TRUE_MATCH,
  /** Confirmed: not the listed entity; the pair goes on the good-guy list. */
  CLOSED_FALSE_POSITIVE,
  /** Confirmed: more information about the party is needed; an analyst decides again later. */
  NEEDS_INFORMATION;

  /** The label used on the command line and in JSON: {@code open}, {@code pending-approval}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean closed() {
    return this == CLOSED_TRUE_MATCH || this == CLOSED_FALSE_POSITIVE;
  }

  public static AlertStatus parse(String s) {
    String k = s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (k.equals("DECIDED_PENDING_APPROVAL") || k.equals("PENDING")) {
      return PENDING_APPROVAL;
    }
    try {
      return valueOf(k);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("unknown alert status '" + s
          + "' (expected open, pending-approval, closed-true-match, closed-false-positive, needs-information)");
    }
  }
}
