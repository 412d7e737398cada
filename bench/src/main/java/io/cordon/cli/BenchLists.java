package io.cordon.cli;

import io.cordon.index.IndexInput;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lists and non-listed names the benchmark runs on, read from the shared data folder. */
final class BenchLists {
  private BenchLists() {}

  /** OFAC SDN 2024 + OFAC non-SDN + UN + UK HMT 2018: the load issue 3 sets its speed targets on. */
  record Spec(String folder, ListFormat format) {}

  static final List<Spec> STANDARD = List.of(
      new Spec("ofac_sdn_csv_2024-05-03", ListFormat.OFAC_SDN_CSV),
      new Spec("ofac_consolidated_nonsdn_2025-12", ListFormat.OFAC_CONS_CSV),
      new Spec("un_sc_consolidated_2026-02-27/UN_consolidated.xml", ListFormat.UN_SC_XML),
      new Spec("uk_hmt_conlist_2018-04-13/sanctionsconlist.csv", ListFormat.UK_HMT_CSV));

  static List<IndexInput> read(Path data) throws IOException, ListFormatException {
    ListAdapters adapters = ListAdapters.load();
    List<IndexInput> out = new ArrayList<>();
    for (Spec s : STANDARD) {
      Path p = data.resolve(s.folder());
      if (!Files.exists(p)) {
        throw new IOException("benchmark list missing: " + p + " (give the shared data folder with --data)");
      }
      ParsedList list = adapters.read(p, Optional.of(s.format()));
      out.add(new IndexInput("file-" + s.folder().replace('/', '-'), s.format().defaultSource(), list.entities()));
    }
    return out;
  }

  /** The full_name column of the synthetic non-listed people of the yente benchmark. */
  static List<String> negatives(Path data) throws IOException {
    Path p = data.resolve("yente_candidate_benchmark_dev/negatives_us_validation_report.csv");
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("full_name,")) {
        throw new IOException(p + ": expected a header starting with full_name");
      }
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(firstField(line));
        }
      }
    }
    return out;
  }

  /** First CSV field, unquoted. */
  static String firstField(String line) {
    if (line.startsWith("\"")) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            sb.append('"');
            i++;
          } else {
            break;
          }
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    }
    int comma = line.indexOf(',');
    return comma < 0 ? line : line.substring(0, comma);
  }
}
