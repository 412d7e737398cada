package io.cordon.catalog;

import io.cordon.sources.ListFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One list to import.
 *
 * @param path      a list file, or a folder holding an OFAC CSV set
 * @param source    the source name; default: the format's default (e.g. {@code us_ofac_sdn})
 * @param format    the format; default: detected from the content
 * @param published publication date for a file that carries none (OFAC CSV); the file's own date wins
 * @param force     import even when the target count collapsed
 */
public record ImportRequest(Path path, Optional<String> source, Optional<ListFormat> format,
                            Optional<LocalDate> published, boolean force) {
  public ImportRequest {
    Objects.requireNonNull(path, "path");
    source.ifPresent(ImportRequest::checkSource);
  }

  public static ImportRequest of(Path path) {
    return new ImportRequest(path, Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  public ImportRequest withSource(String s) {
    return new ImportRequest(path, Optional.of(s), format, published, force);
  }

  public ImportRequest withPublished(LocalDate d) {
    return new ImportRequest(path, source, format, Optional.of(d), force);
  }

  public ImportRequest withFormat(ListFormat f) {
    return new ImportRequest(path, source, Optional.of(f), published, force);
  }

  public ImportRequest withForce(boolean f) {
    return new ImportRequest(path, source, format, published, f);
  }

  /** Source names become part of snapshot ids and entity datasets: keep them to FtM-safe characters. */
  static void checkSource(String s) {
    if (!s.matches("[a-z0-9][a-z0-9_]{0,79}")) {
      throw new IllegalArgumentException("invalid source name '" + s
          + "': use lower-case letters, digits and underscores (e.g. us_ofac_sdn)");
    }
  }
}
