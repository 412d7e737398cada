package io.cordon.catalog;

import io.cordon.sources.ListFormat;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * End-of-file markers of list formats that have one. OFAC ends each file of its CSV sets with the
 * byte 0x1A (SUB, the old DOS end-of-file); a download cut at a line boundary parses cleanly but
 * lacks it. Only the main file of a set is checked: it holds the list entries.
 */
final class EndMarker {
  private EndMarker() {}

  private static final Map<ListFormat, String> MAIN_FILE = Map.of(
      ListFormat.OFAC_SDN_CSV, "sdn.csv",
      ListFormat.OFAC_CONS_CSV, "cons_prim.csv");

  /** The file that should end with the format's marker and does not, if any. */
  static Optional<Path> missing(Path path, ListFormat format) throws IOException {
    String main = MAIN_FILE.get(format);
    if (main == null) {
      return Optional.empty();
    }
    Path f = Files.isDirectory(path) ? path.resolve(main) : path;
    if (!Files.isRegularFile(f) || Files.size(f) == 0) {
      return Optional.empty(); // a missing or empty main file is refused by the adapter already
    }
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r")) {
      raf.seek(raf.length() - 1);
      return raf.read() == 0x1A ? Optional.empty() : Optional.of(f);
    }
  }
}
