package io.cordon.sources.ofac;

import io.cordon.common.Bom;
import io.cordon.sources.ListFormatException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of one OFAC legacy CSV file: no header, fields either quoted ({@code "..."},
 * {@code ""} for a quote) or bare, {@code -0-} (often followed by a space) meaning empty, CRLF line
 * ends, and usually a DOS end-of-file byte (0x1A) after the last row. Every row must have exactly
 * the expected number of fields; a file that ends inside a quoted field or in the middle of a row
 * is reported as truncated, naming the file and the line.
 */
final class OfacCsvReader implements Closeable {
  private static final int EOF_MARK = 0x1A;

  private final Path file;
  private final int columns;
  private final BufferedReader in;
  private int line = 1;
  private int rows;
  private boolean done;
  private final StringBuilder field = new StringBuilder(256);

  /** One data row: its first line number in the file and its fields ({@code -0-} already empty). */
  record Row(int line, String[] fields) {}

  OfacCsvReader(Path file, int columns) throws IOException {
    this.file = file;
    this.columns = columns;
    // Current OFAC files are UTF-8 (mostly ASCII); undecodable bytes become U+FFFD rather than
    // failing the whole list on one odd character.
    this.in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  Path file() {
    return file;
  }

  /** Rows read so far. */
  int rows() {
    return rows;
  }

  /** The next row, or null at the end of the file. */
  Row next() throws IOException, ListFormatException {
    if (done) {
      return null;
    }
    int c = in.read();
    // Skip blank lines between rows; stop at end of file or at the 0x1A end marker.
    while (c == '\r' || c == '\n') {
      if (c == '\n') {
        line++;
      }
      c = in.read();
    }
    if (c == -1 || c == EOF_MARK) {
      done = true;
      return null;
    }
    if (rows == 0 && c == Bom.MARK) {
      c = in.read();
    }
    int start = line;
    List<String> out = new ArrayList<>(columns);
    while (true) {
      field.setLength(0);
      boolean quoted = false;
      // skip spaces before a field
      while (c == ' ' || c == '\t') {
        c = in.read();
      }
      if (c == '"') {
        quoted = true;
        while (true) {
          c = in.read();
          if (c == -1 || c == EOF_MARK) {
            throw new ListFormatException(file, "truncated: file ends inside a quoted field of the row"
                + " starting at line " + start);
          }
          if (c == '"') {
            c = in.read();
            if (c == '"') {
              field.append('"');
              continue;
            }
            break;
          }
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
        while (c == ' ' || c == '\t') {
          c = in.read();
        }
      } else {
        while (c != ',' && c != '\r' && c != '\n' && c != -1 && c != EOF_MARK) {
          if (c == '"') {
            throw new ListFormatException(file, "line " + line + ": stray quote in an unquoted field");
          }
          field.append((char) c);
          c = in.read();
        }
      }
      out.add(value(quoted));
      if (c == ',') {
        c = in.read();
        continue;
      }
      if (c == '\r') {
        c = in.read();
      }
      if (c == '\n') {
        line++;
      } else if (c == -1 || c == EOF_MARK) {
        // Some published sets (2019) end without a line break, and the 2019 add.csv even ends in
        // "-0" (its last byte lost upstream). Every OFAC file's last column is quoted text or "-0-":
        // a bare last value that is not (a start of) "-0-" means the row was cut short.
        String bare = field.toString().strip();
        boolean complete = quoted || !bare.isEmpty() && "-0-".startsWith(bare);
        if (out.size() != columns || !complete) {
          throw new ListFormatException(file, "truncated: the last row (line " + start + ") ends after "
              + out.size() + " of " + columns + " fields" + (complete ? "" : ", inside a field"));
        }
        done = c == EOF_MARK || done;
      } else {
        throw new ListFormatException(file, "line " + line + ": unexpected character '" + (char) c
            + "' after a quoted field");
      }
      break;
    }
    if (out.size() != columns) {
      throw new ListFormatException(file, "line " + start + ": " + out.size() + " fields, expected "
          + columns + " (not an OFAC " + file.getFileName() + " row, or the file is damaged)");
    }
    rows++;
    return new Row(start, out.toArray(new String[0]));
  }

  /** Bare values are padded ("-0- "): stripped. Quoted text is kept as written, so that a remark
   * cut at OFAC's column limit keeps its length (the mapper strips what it uses). */
  private String value(boolean quoted) {
    if (quoted) {
      return field.toString();
    }
    String v = field.toString().strip();
    return v.equals("-0-") || v.equals("-0") ? "" : v;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
