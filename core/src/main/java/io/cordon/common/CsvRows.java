package io.cordon.common;

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

  /**
   * The fields of one line already read (no line breaks inside fields): quotes group commas and a
   * doubled quote stands for one. A quote left open ends the line's last field, unless {@code strict},
   * where it fails with "unterminated quote" (for callers that add the file and line to the message).
   */
  public static List<String> splitLine(String line, boolean strict) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted && strict) {
      throw new IllegalArgumentException("unterminated quote");
    }
    out.add(cur.toString());
    return out;
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
