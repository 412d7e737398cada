package io.cordon.sources.support;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date spellings of the lists into FtM partial dates (YYYY, YYYY-MM, YYYY-MM-DD).
 * Unknown parts ("00", "dd", "mm") shorten the date instead of inventing a day; a day that does
 * not exist in its month (31/02) keeps the month only. Empty when nothing usable is left.
 */
public final class Dates {
  private Dates() {}

  private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T ].*|Z|[+-]\\d{2}:?\\d{2})?$");
  private static final Pattern DMY = Pattern.compile("^(\\d{1,2}|dd|DD|-)[/.](\\d{1,2}|mm|MM|-)[/.](\\d{4})$");

  /** ISO forms, date-times included ("2026-02-27T00:00:09.554Z" becomes "2026-02-27"). */
  public static Optional<String> iso(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return of(m.group(1), m.group(2), m.group(3));
  }

  /** Day/month/year as UK and others write it, with 00 or dd/mm for unknown parts; a bare year too. */
  public static Optional<String> dmy(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String v = s.strip();
    if (v.matches("\\d{4}")) {
      return of(v, null, null);
    }
    Matcher m = DMY.matcher(v);
    if (!m.matches()) {
      return iso(v);
    }
    return of(m.group(3), m.group(2), m.group(1));
  }

  /** From separate parts, any of which may be null, blank, zero or a placeholder. */
  public static Optional<String> of(String year, String month, String day) {
    int y = num(year);
    if (y < 1000 || y > 2999) {
      return Optional.empty();
    }
    int mo = num(month);
    if (mo < 1 || mo > 12) {
      return Optional.of(String.format("%04d", y));
    }
    int d = num(day);
    if (d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
      return Optional.of(String.format("%04d-%02d", y, mo));
    }
    return Optional.of(String.format("%04d-%02d-%02d", y, mo, d));
  }

  private static int num(String s) {
    if (s == null) {
      return -1;
    }
    String v = s.strip();
    if (v.isEmpty() || v.length() > 4 || !v.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(v);
  }

  /**
   * A full calendar date ("2026-02-27"), or empty for anything else: a year alone, a month alone or
   * an impossible day ("2026-02-31") in a list header means "no publication date", never a crash
   * (found by fuzzing the UN adapter with dateGenerated="2026 ...").
   */
  public static Optional<java.time.LocalDate> localDate(String iso) {
    if (iso == null || iso.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.LocalDate.parse(iso));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
