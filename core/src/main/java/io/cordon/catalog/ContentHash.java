package io.cordon.catalog;

import io.cordon.common.Sha256;
import io.cordon.sources.ListFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SHA-256 of what an import read: the bytes of the file, or of all files of an OFAC CSV set
 * concatenated in file-name order, so that {@code cat add.csv alt.csv sdn.csv sdn_comments.csv |
 * sha256sum} gives the same value.
 */
final class ContentHash {
  private ContentHash() {}

  /** The files of each multi-file format, as the OFAC adapters read them next to the main file. */
  private static final Map<ListFormat, List<String>> SETS = Map.of(
      ListFormat.OFAC_SDN_CSV, List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"),
      ListFormat.OFAC_CONS_CSV, List.of("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"));

  /** The files an import of {@code path} in {@code format} reads, in name order. */
  static List<Path> files(Path path, ListFormat format) throws IOException {
    List<String> set = SETS.get(format);
    List<Path> out = new ArrayList<>();
    if (set != null) {
      Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
      for (String name : set) {
        Path f = dir.resolve(name);
        if (Files.isRegularFile(f)) {
          out.add(f);
        }
      }
      if (!Files.isDirectory(path) && !out.contains(dir.resolve(path.getFileName()))) {
        out.add(path); // a set file under another name (e.g. sdn-2024.csv) read on its own
      }
    } else if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        s.filter(Files::isRegularFile).forEach(out::add);
      }
    } else {
      out.add(path);
    }
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return out;
  }

  /** Lower-case hex SHA-256 of the files' bytes, concatenated in the given order. */
  static String sha256(List<Path> files) throws IOException {
    return Sha256.hexOfFiles(files);
  }

  static String sha256Unchecked(List<Path> files) {
    try {
      return sha256(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
