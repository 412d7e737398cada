package io.cordon.sources;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one list format into FtM entities. One implementation per format, in a package of its own
 * under {@code io.cordon.sources}. Implementations stream the input (no whole-file DOM) and fail
 * with {@link ListFormatException} naming the file and the problem when the input is empty,
 * truncated or malformed: a half-read list must never become a snapshot.
 */
public interface ListAdapter {
  ListFormat format();

  /**
   * Reads the list at {@code path}: a file, or for multi-file formats (OFAC CSV sets) a folder or
   * the main file of the set.
   */
  ParsedList read(Path path) throws IOException, ListFormatException;
}
