package io.cordon.rules.ownership;

import io.cordon.common.Bom;
import io.cordon.common.CsvRows;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads ownership links that users supply, as CSV with a header row:
 *
 * <pre>
 * owner,asset,percentage,source[,start_date,end_date]
 * ofac-31291,acme-holding,30,registry extract 2024-03-01
 * </pre>
 *
 * {@code owner} and {@code asset} are entity ids (list ids such as {@code ofac-31291}, or the user's
 * own ids for parties that are on no list); {@code percentage} is 0..100 (a trailing % is allowed);
 * dates are ISO (YYYY-MM-DD) and may be empty. Any bad row fails the whole file with an error naming
 * the file, line and column: a half-read ownership file would understate blocking.
 */
public final class OwnershipCsv {
  private static final List<String> REQUIRED = List.of("owner", "asset", "percentage", "source");
  private static final Set<String> KNOWN = Set.of("owner", "asset", "percentage", "source", "start_date", "end_date");

  private OwnershipCsv() {}

  public static List<OwnershipLink> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  public static List<OwnershipLink> read(Reader reader, String name) throws IOException {
    CsvRows in = new CsvRows(reader);
    List<String> header = next(in, name);
    if (header == null || header.size() == 1 && Bom.strip(header.get(0)).isBlank()) {
      throw new IllegalArgumentException(name + ": empty ownership CSV; expected header "
          + String.join(",", REQUIRED));
    }
    header = new ArrayList<>(header);
    header.set(0, Bom.strip(header.get(0)));
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!KNOWN.contains(h)) {
        throw new IllegalArgumentException(name + ":1: unknown column '" + header.get(i) + "'; known: "
            + "owner, asset, percentage, source, start_date, end_date");
      }
      if (col.put(h, i) != null) {
        throw new IllegalArgumentException(name + ":1: duplicate column '" + h + "'");
      }
    }
    for (String r : REQUIRED) {
      if (!col.containsKey(r)) {
        throw new IllegalArgumentException(name + ":1: missing column '" + r + "'");
      }
    }
    List<OwnershipLink> out = new ArrayList<>();
    for (List<String> f; (f = next(in, name)) != null; ) {
      int no = in.line();
      if (f.size() == 1 && f.get(0).isBlank()) {
        continue;
      }
      if (f.size() != header.size()) {
        throw new IllegalArgumentException(name + ":" + no + ": " + f.size() + " fields, header has " + header.size());
      }
      String where = name + ":" + no;
      String owner = required(f, col, "owner", where);
      String asset = required(f, col, "asset", where);
      String pct = required(f, col, "percentage", where);
      String source = required(f, col, "source", where);
      if (owner.equals(asset)) {
        throw new IllegalArgumentException(where + ": owner and asset are the same ('" + owner + "')");
      }
      Double p = OwnershipGraph.percentage(pct, where + " column percentage");
      try {
        out.add(new OwnershipLink(owner, asset, p, date(f, col, "start_date", where), date(f, col, "end_date", where),
            source + " (" + where + ")"));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
      }
    }
    return out;
  }

  private static String required(List<String> f, Map<String, Integer> col, String c, String where) {
    String v = f.get(col.get(c)).strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException(where + ": column " + c + " is empty");
    }
    return v;
  }

  private static LocalDate date(List<String> f, Map<String, Integer> col, String c, String where) {
    Integer i = col.get(c);
    if (i == null || f.get(i).isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(f.get(i).strip());
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException(where + ": column " + c + " is not a date (YYYY-MM-DD): '" + f.get(i) + "'");
    }
  }

  /** The next record; a malformed one fails the file with its line. */
  private static List<String> next(CsvRows in, String name) throws IOException {
    try {
      return in.next();
    } catch (CsvRows.MalformedCsvException e) {
      throw new IllegalArgumentException(name + ":" + in.line() + ": " + e.getMessage(), e);
    }
  }
}
