package io.cordon.cases;

import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputField;
import io.cordon.screening.input.InputRow;
import io.cordon.screening.input.PartyInputReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows of a customer file as parties of the book, shared by {@code cordon parties import} and the
 * web UI's upload. A file is imported whole or not at all, so it is read twice: {@link #check} finds
 * every bad row first; {@link #parties} then converts the rows for {@link CaseService#importParties}.
 */
public final class PartyRows {
  private PartyRows() {}

  /** A row that cannot be imported. */
  public record Problem(long line, String message) {}

  /**
   * What the first pass found.
   *
   * @param shown       the first bad rows (at most the limit given to {@link #check})
   * @param bad         the number of bad rows, always complete
   * @param noIdColumn  no column maps to the customer's id (the check stopped there)
   * @param noRows      the file holds no rows at all
   */
  public record Check(List<Problem> shown, int bad, boolean noIdColumn, boolean noRows) {
    public Check {
      shown = List.copyOf(shown);
    }

    /** True when the file can be imported. */
    public boolean ok() {
      return bad == 0 && !noIdColumn && !noRows;
    }
  }

  /** First pass: every row readable, with an id and a name; lists at most {@code shownLimit} problems. */
  public static Check check(PartyInputReader reader, ColumnMapping mapping, int shownLimit) {
    List<Problem> shown = new ArrayList<>();
    int bad = 0;
    long rows = 0;
    boolean idChecked = false;
    java.util.Set<String> ids = new java.util.HashSet<>();
    while (reader.hasNext()) {
      InputRow row = reader.next();
      rows++;
      String problem = null;
      if (row instanceof InputRow.Bad b) {
        problem = b.message();
      } else if (!idChecked) {
        idChecked = true;
        if (row.raw().keySet().stream().noneMatch(h -> mapping.fieldFor(h) == InputField.ID)) {
          return new Check(shown, bad, true, false);
        }
      }
      if (problem == null && row instanceof InputRow.Party p) {
        if (p.id() == null || p.id().isBlank()) {
          problem = "empty id";
        } else if (p.query().names().isEmpty()) {
          problem = "no name";
        } else {
          try {
            // the same checks as the import itself (limits, id length): a file is all or nothing
            if (!ids.add(toParty(p).externalId())) {
              problem = "id " + p.id().strip() + " appears twice";
            }
          } catch (BadInputException e) {
            problem = e.getMessage();
          }
        }
      }
      if (problem != null && ++bad <= shownLimit) {
        shown.add(new Problem(row.line(), problem));
      }
    }
    return new Check(shown, bad, false, rows == 0);
  }

  /** One checked row as a party of the book. */
  public static Party toParty(InputRow.Party p) {
    var q = p.query();
    return new Party(p.id(), q.schema(), q.names(), q.birthDates(), q.countries(), q.identifiers(), q.gender());
  }

  /** Second pass: the reader's rows as parties, read lazily; a row that turned bad since the check fails. */
  public static Iterable<Party> parties(PartyInputReader reader) {
    return () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public Party next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        InputRow row = reader.next();
        if (!(row instanceof InputRow.Party p)) {
          // the file changed between the check and the import
          throw new UncheckedIOException(new IOException("line " + row.line() + " became unreadable"));
        }
        return toParty(p);
      }
    };
  }
}
