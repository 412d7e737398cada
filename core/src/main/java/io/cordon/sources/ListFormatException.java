package io.cordon.sources;

import java.nio.file.Path;

/** A list file that cannot be read as a whole: empty, truncated, malformed or of another format. */
public final class ListFormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Path file;

  public ListFormatException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public ListFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
