package io.cordon.screening.batch;

import java.io.IOException;

/** Writes outcomes, in input order, to one output. */
public interface OutcomeWriter extends AutoCloseable {
  void write(RowOutcome outcome) throws IOException;

  /** Pushes buffered output to the file (before a checkpoint is recorded). */
  void flush() throws IOException;

  @Override
  void close() throws IOException;
}
