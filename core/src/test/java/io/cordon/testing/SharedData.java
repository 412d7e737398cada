package io.cordon.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real list files in ../shared/data, read in place (never copied into the repository).
 * A missing file fails the test with a message saying what is missing and where it was looked for.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data folder: system property cordon.shared (set by the POM) + /data. */
  public static Path root() {
    String shared = System.getProperty("cordon.shared", "../shared");
    return Path.of(shared, "data").toAbsolutePath().normalize();
  }

  /** A file or folder under ../shared/data; fails clearly when it is missing. */
  public static Path path(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      throw new AssertionError("shared test data missing: " + p
          + " (this test reads the real list files from ../shared/data beside the repository)");
    }
    return p;
  }
}
