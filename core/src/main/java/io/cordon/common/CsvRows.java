package io.cordon.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

/**
 * The one CSV reader of main code, on jackson-dataformat-csv: RFC 4180 records (quoted fields with
 * doubled quotes and line breaks, CRLF, LF or CR), every field a string, one record at a time.
 * {@link #line()} is the line where the last record started, for messages. A blank line is a
 * record of one empty field (callers skip it). Text after a closing quote ({@code "ab"c}) is an
 * error, as RFC 4180 has it.
 */
public final class CsvRows {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  /** A record that cannot be read (an open quote at the end of the input, text after a quote). */
  public static final class MalformedCsvException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedCsvException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final MappingIterator<List<String>> rows;
  private int recordLine;

  /** Comma-separated records. */
  public CsvRows(Reader in) throws IOException {
    this(in, ',');
  }

  /** Records separated by {@code separator} (',' for CSV, '\t' for TSV). */
  public CsvRows(Reader in, char separator) throws IOException {
    ObjectReader reader = MAPPER.readerForListOf(String.class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator));
    this.rows = reader.readValues(in);
  }

  /** The line number (1-based) where the record last returned began. */
  public int line() {
    return recordLine;
  }

  /**
   * The next record's fields, or null at the end of input.
   *
   * @throws MalformedCsvException when the record cannot be read; "input ends inside a quoted
   *     field" when the input ends in an open quote (a truncated file). Nothing after it is read.
   */
  public List<String> next() throws IOException {
    try {
      if (!rows.hasNextValue()) {
        return null;
      }
      recordLine = rows.getParser().currentLocation().getLineNr();
      return rows.nextValue();
    } catch (JsonProcessingException | RuntimeException e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      if (msg.startsWith("Missing closing quote")) {
        throw new MalformedCsvException("input ends inside a quoted field that began on line " + recordLine, e);
      }
      throw new MalformedCsvException("line " + recordLine + ": " + msg, e);
    }
  }

  /**
   * The fields of one line already read (no line breaks inside fields): quotes group commas and a
   * doubled quote stands for one. A quote left open ends the line's last field, unless {@code strict},
   * where it fails with "unterminated quote" (for callers that add the file and line to the message).
   *
   * @throws IllegalArgumentException when the line is not a CSV record
   */
  public static List<String> splitLine(String line, boolean strict) {
    try {
      return first(line);
    } catch (MalformedCsvException e) {
      boolean open = e.getMessage().startsWith("input ends inside a quoted field");
      if (open && !strict) {
        try {
          return first(line + '"');
        } catch (IOException again) {
          throw new IllegalArgumentException(again.getMessage(), again);
        }
      }
      throw new IllegalArgumentException(open ? "unterminated quote" : e.getMessage().replaceFirst("^line 1: ", ""), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string", e);
    }
  }

  private static List<String> first(String line) throws IOException {
    List<String> fields = new CsvRows(new StringReader(line)).next();
    return fields == null ? List.of("") : fields;
  }
}
