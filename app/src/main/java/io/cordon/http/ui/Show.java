package io.cordon.http.ui;

import io.cordon.cases.AlertStatus;
import io.cordon.cases.Decision;
import io.cordon.cases.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values look on the pages: labels, numbers, times (the badges and bars are templates: status.jte, score.jte, when.jte). */
final class Show {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Show() {}

  static String statusLabel(AlertStatus s) {
    return switch (s) {
      case OPEN -> "Open";
      case PENDING_APPROVAL -> "Pending approval";
      case CLOSED_TRUE_MATCH -> "True match";
      case CLOSED_FALSE_POSITIVE -> "False positive";
      case NEEDS_INFORMATION -> "Needs information";
    };
  }

  static String outcomeLabel(Outcome o) {
    return switch (o) {
      case TRUE_MATCH -> "True match";
      case FALSE_POSITIVE -> "False positive";
      case NEEDS_INFORMATION -> "Needs information";
    };
  }

  static String decisionStateLabel(Decision.State s) {
    return switch (s) {
      case PENDING -> "Pending";
      case CONFIRMED -> "Confirmed";
      case REJECTED -> "Rejected";
    };
  }

  static String number(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  static String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  /** "5 min ago", "3 h ago", "12 days ago". */
  static String age(Instant t, Instant now) {
    Duration d = Duration.between(t, now);
    if (d.isNegative() || d.toMinutes() < 1) {
      return "just now";
    }
    if (d.toHours() < 1) {
      return d.toMinutes() + " min ago";
    }
    if (d.toDays() < 2) {
      return d.toHours() + " h ago";
    }
    return d.toDays() + " days ago";
  }
}
