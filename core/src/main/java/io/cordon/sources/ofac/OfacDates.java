package io.cordon.sources.ofac;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC's date spellings as FtM partial dates: "17 Mar 1966" (1966-03-17), "Mar 1966" (1966-03),
 * "1966", "circa 1960" (1960), "04/22/2020" (the XML publish date), and ranges "1966 to 1968" or
 * "01 Jan 1960 to 31 Dec 1962", which become every year of the range (a listed person is one of
 * them; a screening match on any year counts). An unreadable spelling gives no date, never a wrong one.
 */
final class OfacDates {
  private OfacDates() {}

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Pattern ONE =
      Pattern.compile("^(?:(\\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\\d{4})$");
  private static final Pattern US = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
  private static final Pattern YEARS = Pattern.compile("^(\\d{4})\\s*-\\s*(\\d{4})$");
  private static final Pattern CIRCA = Pattern.compile("(?i)^circa\\s+");
  private static final Pattern TO = Pattern.compile("\\s+to\\s+");
  /** Longest range spelled out as years; wider ranges keep only their ends. */
  private static final int MAX_SPAN = 20;

  /** The FtM dates a value stands for; empty when it cannot be read. */
  static List<String> parse(String raw) {
    String v = CIRCA.matcher(raw.strip()).replaceFirst("");
    if (v.endsWith(".")) {
      v = v.substring(0, v.length() - 1);
    }
    List<String> out = new ArrayList<>();
    String[] range = TO.split(v);
    Matcher ym = YEARS.matcher(v);
    if (range.length == 1 && ym.matches()) {
      range = new String[] {ym.group(1), ym.group(2)};
    }
    if (range.length == 2) {
      String a = one(range[0]);
      String b = one(range[1]);
      if (a == null || b == null) {
        return out;
      }
      int ya = Integer.parseInt(a.substring(0, 4));
      int yb = Integer.parseInt(b.substring(0, 4));
      if (ya == yb || yb < ya || yb - ya > MAX_SPAN) {
        out.add(a);
        if (!b.equals(a)) {
          out.add(b);
        }
      } else {
        for (int y = ya; y <= yb; y++) {
          out.add(Integer.toString(y));
        }
      }
      return out;
    }
    String d = one(v);
    if (d != null) {
      out.add(d);
    }
    return out;
  }

  /** One date or null. */
  static String one(String raw) {
    String v = raw.strip();
    Matcher us = US.matcher(v);
    if (us.matches()) {
      return ymd(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
    }
    Matcher m = ONE.matcher(v);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(2) == null) {
      return m.group(1) == null ? String.format(Locale.ROOT, "%04d", year) : null;
    }
    int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    if (month == 0) {
      return null;
    }
    if (m.group(1) == null) {
      return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
    return ymd(year, month, Integer.parseInt(m.group(1)));
  }

  private static String ymd(int y, int m, int d) {
    try {
      return java.time.LocalDate.of(y, m, d).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
