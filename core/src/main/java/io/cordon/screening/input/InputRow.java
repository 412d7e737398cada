package io.cordon.screening.input;

import io.cordon.match.MatchQuery;
import java.util.Map;

/** One row of a party file: either a party to screen or a row that could not be read. */
public sealed interface InputRow {
  /** 1-based line number of the row in the file (for CSV, the line where the record starts). */
  long line();

  /** The row as read, column to value, in file order (empty when the row was unreadable). */
  Map<String, String> raw();

  /**
   * A party to screen.
   *
   * @param id    the external id (the id column, else the line number)
   * @param query what to screen
   * @param warnings values that were ignored (an unknown country, an unreadable date), screened without them
   */
  record Party(long line, String id, MatchQuery query, Map<String, String> raw, java.util.List<String> warnings)
      implements InputRow {
    public Party {
      warnings = java.util.List.copyOf(warnings);
    }
  }

  /** A row that could not be read, with the reason. */
  record Bad(long line, String message, Map<String, String> raw) implements InputRow {}
}
