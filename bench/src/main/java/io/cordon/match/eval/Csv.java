package io.cordon.match.eval;

import io.cordon.common.Bom;
import io.cordon.common.CsvRows;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rows of an evaluation file (core's {@link CsvRows}), blank lines and a byte order mark left out. */
final class Csv {
  private Csv() {}

  static List<List<String>> read(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvRows csv = new CsvRows(in);
      for (List<String> row; (row = csv.next()) != null; ) {
        if (rows.isEmpty() && !row.isEmpty()) {
          row = new ArrayList<>(row);
          row.set(0, Bom.strip(row.get(0)));
        }
        if (row.size() > 1 || !row.get(0).isEmpty()) {
          rows.add(row);
        }
      }
    } catch (CsvRows.MalformedCsvException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
