package io.cordon.screening.batch;

/**
 * Makes a text cell safe to open in a spreadsheet: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is read as a formula by Excel, LibreOffice and
 * Google Sheets (CSV formula injection), and names come from customers and from list data alike.
 * Such a cell gets a leading apostrophe, which spreadsheets show as text and do not evaluate
 * (OWASP, "CSV Injection"). Every CSV the product writes passes its text cells through here.
 */
public final class CsvCells {
  private CsvCells() {}

  /** The cell as written: unchanged unless it would start a formula. */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        // full-width forms are folded to these by some spreadsheets
        || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    return formula ? "'" + cell : cell;
  }
}
