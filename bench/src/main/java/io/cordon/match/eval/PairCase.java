package io.cordon.match.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One labelled name pair of the nomenklatura format
 * ({@code case_group,schema,name1,name2,is_match,quality,category,notes}).
 */
public record PairCase(int line, String caseGroup, String schema, String name1, String name2, boolean isMatch,
                       String quality, String category, String notes) {

  private static final List<String> HEADER =
      List.of("case_group", "schema", "name1", "name2", "is_match", "quality", "category", "notes");

  /** Reads a pair file; a bad header or row fails naming the file, line and field. */
  public static List<PairCase> read(Path file) throws IOException {
    List<List<String>> rows = Csv.read(file);
    if (rows.isEmpty() || !rows.get(0).subList(0, Math.min(5, rows.get(0).size())).equals(HEADER.subList(0, 5))) {
      throw new IOException(file + ": header must start with " + String.join(",", HEADER.subList(0, 5))
          + ", was " + (rows.isEmpty() ? "empty file" : String.join(",", rows.get(0))));
    }
    List<PairCase> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      int line = i + 1;
      if (r.size() < 5) {
        throw new IOException(file + ": line " + line + " has " + r.size() + " fields, at least 5 expected");
      }
      String m = r.get(4).strip().toLowerCase(Locale.ROOT);
      if (!m.equals("true") && !m.equals("false")) {
        throw new IOException(file + ": line " + line + ": is_match must be true or false, was '" + r.get(4) + "'");
      }
      if (r.get(2).isBlank() || r.get(3).isBlank()) {
        throw new IOException(file + ": line " + line + ": name1 and name2 must not be empty");
      }
      out.add(new PairCase(line, r.get(0), r.get(1).isBlank() ? "LegalEntity" : r.get(1).strip(), r.get(2),
          r.get(3), m.equals("true"), r.size() > 5 ? r.get(5) : "", r.size() > 6 ? r.get(6) : "",
          r.size() > 7 ? r.get(7) : ""));
    }
    return out;
  }
}
