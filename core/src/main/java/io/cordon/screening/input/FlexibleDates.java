package io.cordon.screening.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as customer files write them, to FtM dates (YYYY, YYYY-MM, YYYY-MM-DD). Ambiguous
 * slash forms are read day first (DD/MM/YYYY) as in most of the world; ISO forms are preferred.
 */
final class FlexibleDates {
  private FlexibleDates() {}

  private static final Pattern ISO_PARTIAL = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$");
  private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})$");
  private static final List<DateTimeFormatter> TEXT = List.of(
      pattern("d MMM uuuu"), pattern("d MMMM uuuu"), pattern("MMM d, uuuu"), pattern("MMMM d, uuuu"));

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
  }

  /** The FtM date, or an IllegalArgumentException naming the value. */
  static String parse(String value) {
    String v = value.strip();
    if (v.length() >= 10 && v.charAt(4) == '-' && v.contains("T")) {
      v = v.substring(0, 10);
    }
    Matcher m = ISO_PARTIAL.matcher(v);
    if (m.matches()) {
      return check(m.group(1), m.group(2), m.group(3), value);
    }
    m = DMY.matcher(v);
    if (m.matches()) {
      return check(m.group(3), m.group(2), m.group(1), value);
    }
    for (DateTimeFormatter f : TEXT) {
      try {
        return LocalDate.parse(v, f).toString();
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    throw new IllegalArgumentException("unreadable date '" + value + "' (use YYYY-MM-DD, YYYY-MM or YYYY)");
  }

  private static String check(String y, String mo, String d, String original) {
    try {
      if (mo == null) {
        return y;
      }
      int month = Integer.parseInt(mo);
      if (d == null) {
        if (month < 1 || month > 12) {
          throw new IllegalArgumentException("bad month");
        }
        return String.format(Locale.ROOT, "%s-%02d", y, month);
      }
      return LocalDate.of(Integer.parseInt(y), month, Integer.parseInt(d)).toString();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("invalid date '" + original + "'");
    }
  }
}
