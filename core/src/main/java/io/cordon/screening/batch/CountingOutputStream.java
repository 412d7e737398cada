package io.cordon.screening.batch;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts bytes written, so a checkpoint can record exactly where complete output ends. */
final class CountingOutputStream extends FilterOutputStream {
  private long count;

  CountingOutputStream(OutputStream out, long start) {
    super(out);
    this.count = start;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    count += len;
  }

  long count() {
    return count;
  }
}
