package io.cordon.match.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One row of ofac_fixtures.csv: a query, a name OFAC's search listed for it, and OFAC's score (0-100). */
public record OfacFixture(int line, String query, String resultName, int ofacScore) {

  public static List<OfacFixture> read(Path file) throws IOException {
    List<List<String>> rows = Csv.read(file);
    if (rows.isEmpty() || rows.get(0).size() < 3 || !rows.get(0).get(0).equals("query_name")) {
      throw new IOException(file + ": header must be query_name,result_name,ofac_score");
    }
    List<OfacFixture> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      int line = i + 1;
      if (r.size() < 3) {
        throw new IOException(file + ": line " + line + " has " + r.size() + " fields, 3 expected");
      }
      int score;
      try {
        score = Integer.parseInt(r.get(2).strip());
      } catch (NumberFormatException e) {
        throw new IOException(file + ": line " + line + ": ofac_score must be a whole number, was '" + r.get(2) + "'");
      }
      out.add(new OfacFixture(line, r.get(0), r.get(1), score));
    }
    return out;
  }
}
