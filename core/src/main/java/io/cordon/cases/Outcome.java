package io.cordon.cases;

import java.util.Locale;

/** An analyst's conclusion on an alert. */
public enum Outcome {
  TRUE_MATCH, FALSE_POSITIVE, NEEDS_INFORMATION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The alert status once an approver confirms this outcome. */
  AlertStatus confirmedStatus() {
    return switch (this) {
      case TRUE_MATCH -> AlertStatus.CLOSED_TRUE_MATCH;
      case FALSE_POSITIVE -> AlertStatus.CLOSED_FALSE_POSITIVE;
      case NEEDS_INFORMATION -> AlertStatus.NEEDS_INFORMATION;
    };
  }

  public static Outcome parse(String s) {
    String k = s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return valueOf(k);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("unknown outcome '" + s + "' (expected true_match, false_positive or needs_information)");
    }
  }
}
