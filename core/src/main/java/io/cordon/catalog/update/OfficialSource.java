package io.cordon.catalog.update;

import io.cordon.sources.ListFormat;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A list as its publisher serves it: the source name, the format, and the file(s) to fetch. A
 * multi-file set (OFAC CSV) is fetched into one folder under the given file names, then imported
 * as a whole.
 *
 * @param name   source name, e.g. {@code us_ofac_sdn}
 * @param format list format
 * @param files  the files of the list, each with its URL and the local file name the adapter expects
 */
public record OfficialSource(String name, ListFormat format, List<RemoteFile> files) {

  /** One file of a list: where it is published and the name to save it under. */
  public record RemoteFile(URI url, String file) {
    public RemoteFile {
      Objects.requireNonNull(url, "url");
      if (!List.of("http", "https").contains(String.valueOf(url.getScheme()))) {
        throw new IllegalArgumentException("not an http(s) URL: " + url);
      }
      if (file == null || file.isBlank() || file.contains("/") || file.contains("\\") || file.startsWith(".")) {
        throw new IllegalArgumentException("invalid file name '" + file + "' for " + url);
      }
    }
  }

  public OfficialSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("source " + name + " has no files");
    }
  }
}
