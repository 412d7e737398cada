package io.cordon.sources.support;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 CSV reader: quoted fields with doubled quotes and line breaks, CRLF or LF.
 * One record at a time; {@link #line()} is the line where the last record started, for messages.
 */
public final class CsvRows {
  private final Reader in;
  private int lineNo = 1;
  private int recordLine;
  private int peeked = -2;
  // Own buffer: Reader.read() per character takes a lock each time.
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int len;

  public CsvRows(Reader in) {
    this.in = in;
  }

  /** The line number (1-based) where the record last returned began. */
  public int line() {
    return recordLine;
  }

  /**
   * The next record's fields, or null at the end of input.
   *
   * @throws IOException also when the input ends inside a quoted field (a truncated file)
   */
  public List<String> next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    recordLine = lineNo;
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new IOException("input ends inside a quoted field that began on line " + recordLine);
        }
        if (c == '"') {
          int n = read();
          if (n == '"') {
            f.append('"');
          } else {
            quoted = false;
            c = n;
            continue;
          }
        } else {
          if (c == '\n') {
            lineNo++;
          }
          f.append((char) c);
        }
      } else if (c == '"' && f.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        if (c != -1) {
          lineNo++;
        }
        fields.add(f.toString());
        return fields;
      } else {
        f.append((char) c);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int p = peeked;
      peeked = -2;
      return p;
    }
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  private void unread(int c) {
    peeked = c;
  }
}
