package io.cordon.http.ui;

import io.cordon.cases.AlertStatus;
import io.cordon.cases.Decision;
import io.cordon.cases.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values look on the pages: status badges, scores, times. All output goes through {@link Html}. */
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

  static Html status(AlertStatus s) {
    return new Html().raw("<span class=\"badge st-").raw(s.label()).raw("\">").text(statusLabel(s)).raw("</span>");
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

  static Html decisionState(Decision.State s) {
    return new Html().raw("<span class=\"badge ds-").raw(s.label()).raw("\">").text(decisionStateLabel(s)).raw("</span>");
  }

  /** The score as a number with a bar; the colour band says how strong it is at a glance. */
  static Html score(double score) {
    String band = score >= 0.9 ? "hi" : score >= 0.8 ? "mid" : "lo";
    // Width by class in steps of 5%: the page's CSP allows no inline styles.
    int step = (int) Math.round(Math.max(0, Math.min(1, score)) * 20) * 5;
    return new Html().raw("<span class=\"score score-").raw(band).raw("\"><span class=\"bar\"><span class=\"w")
        .raw(Integer.toString(step)).raw("\"></span></span><span class=\"num\">").text(number(score)).raw("</span></span>");
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

  /** A time with its age, the exact time in a tooltip. */
  static Html when(Instant t, Instant now) {
    return new Html().raw("<span title=\"").text(time(t)).raw("\">").text(age(t, now)).raw("</span>");
  }
}
