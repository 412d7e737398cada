package io.cordon.catalog;

import java.nio.file.Path;

/**
 * A list file that was not imported: empty, truncated, malformed, of the wrong format, or with an
 * entity count that collapsed against the previous snapshot. Nothing of it was stored; the active
 * snapshot is unchanged. The message names the file and the problem.
 */
public final class ImportRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final String problem;
  private final String check;

  public ImportRejectedException(Path file, String problem) {
    this(file, problem, (String) null);
  }

  /** Rejected by the list check named {@code check} (see {@link ListExpectations}). */
  public ImportRejectedException(Path file, String problem, String check) {
    super(file + ": rejected: " + problem);
    this.file = file;
    this.problem = problem;
    this.check = check;
  }

  public ImportRejectedException(Path file, String problem, Throwable cause) {
    super(file + ": rejected: " + problem, cause);
    this.file = file;
    this.problem = problem;
    this.check = null;
  }

  /** The list check that failed, if a check (not a parse error) rejected the file. */
  public java.util.Optional<String> check() {
    return java.util.Optional.ofNullable(check);
  }

  public Path file() {
    return file;
  }

  public String problem() {
    return problem;
  }
}
