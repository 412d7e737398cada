package io.cordon.match;

import java.util.List;
import java.util.Optional;

/**
 * How much one party may carry into a screen. Every interface (HTTP, batch, case import, UI) checks
 * a query against these before any work is done, so an oversized party is a clear per-request or
 * per-row error and never an index failure, a stalled server or a half-done import.
 *
 * <p>The figures leave room above real data: ControlTest screens every name of the real list files
 * (a listed name must always find itself), and the longest of them has 56 words; the longest OFAC
 * SDN name of 2024-05-03 has 165 characters (docs/reliability.md, "Limits").
 */
public final class QueryLimits {
  /** Names (including aliases) per party. */
  public static final int MAX_NAMES = 100;
  /** Characters per name. */
  public static final int MAX_NAME_CHARS = 1000;
  /** Words per name: runs of letters and digits, as the index splits them ("a-b" is two). */
  public static final int MAX_WORDS = 100;
  /** Birth dates, countries or identifiers per party, each. */
  public static final int MAX_VALUES = 100;
  /** Characters per identifier, date or country value. */
  public static final int MAX_VALUE_CHARS = 200;

  private QueryLimits() {}

  /** A limit the query breaks, as "field: problem", or empty. */
  public static Optional<Violation> check(List<String> names, List<String> birthDates, List<String> countries,
                                          List<String> identifiers) {
    if (names.size() > MAX_NAMES) {
      return Optional.of(new Violation("name", names.size() + " names given, at most " + MAX_NAMES + " are accepted"));
    }
    for (String n : names) {
      if (n.length() > MAX_NAME_CHARS) {
        return Optional.of(new Violation("name", "a name of " + n.length() + " characters, at most "
            + MAX_NAME_CHARS + " are accepted"));
      }
      int words = words(n);
      if (words > MAX_WORDS) {
        return Optional.of(new Violation("name", "a name of " + words + " words, at most " + MAX_WORDS
            + " are accepted"));
      }
    }
    for (var field : List.of(new Field("birthDate", birthDates), new Field("country", countries),
        new Field("identifier", identifiers))) {
      if (field.values().size() > MAX_VALUES) {
        return Optional.of(new Violation(field.name(), field.values().size() + " values given, at most "
            + MAX_VALUES + " are accepted"));
      }
      for (String v : field.values()) {
        if (v.length() > MAX_VALUE_CHARS) {
          return Optional.of(new Violation(field.name(), "a value of " + v.length() + " characters, at most "
              + MAX_VALUE_CHARS + " are accepted"));
        }
      }
    }
    return Optional.empty();
  }

  /** {@link #check(List, List, List, List)} on a match query. */
  public static Optional<Violation> check(MatchQuery q) {
    return check(q.names(), q.birthDates(), q.countries(), q.identifiers());
  }

  /** A broken limit: the field and what is wrong with it. */
  public record Violation(String field, String problem) {
    @Override
    public String toString() {
      return field + ": " + problem;
    }
  }

  private record Field(String name, List<String> values) {}

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      // combining marks (Devanagari vowel signs, Arabic harakat) belong to the word they follow
      boolean letter = Character.isLetterOrDigit(c) || (in && (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }
}
