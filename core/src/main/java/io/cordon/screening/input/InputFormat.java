package io.cordon.screening.input;

import java.nio.file.Path;
import java.util.Locale;

/** Party file formats. */
public enum InputFormat {
  CSV, TSV, JSONL;

  /** The format from the file name: .tsv/.tab → TSV, .jsonl/.json/.ndjson → JSONL, else CSV. */
  public static InputFormat forFile(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".tsv") || n.endsWith(".tab")) {
      return TSV;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    return CSV;
  }

  public static InputFormat parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown input format '" + s + "'; use csv, tsv or jsonl");
    }
  }
}
