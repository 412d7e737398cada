package io.cordon.screening.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Bom;
import io.cordon.common.CsvRows;
import io.cordon.common.Json;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams a party file (CSV, TSV or JSON lines) row by row, in constant memory. Each row becomes a
 * {@link InputRow.Party} or, when it cannot be read, an {@link InputRow.Bad} with its line number:
 * one bad row never stops the file. Not thread-safe; close it when done.
 */
public final class PartyInputReader implements Iterator<InputRow>, Closeable {
  private static final ObjectMapper JSON = Json.MAPPER;

  private final Source source;
  private final RowMapper mapper;
  private InputRow next;
  private boolean done;

  private PartyInputReader(Source source, ColumnMapping mapping) {
    this.source = source;
    this.mapper = new RowMapper(mapping);
  }

  /** Opens a file; the format decides how rows are split, the mapping what columns mean. */
  public static PartyInputReader open(Path file, InputFormat format, ColumnMapping mapping) throws IOException {
    BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    try {
      Source source = format == InputFormat.JSONL ? new JsonLines(reader)
          : new Delimited(reader, format == InputFormat.TSV ? '\t' : ',');
      return new PartyInputReader(source, mapping);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = source.read(mapper);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public InputRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputRow r = next;
    next = null;
    return r;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }

  /**
   * One JSON lines row (a flat object, or FtM-style {@code {schema, properties: {p: [..]}}}) as
   * the batch reader reads it; the Spark job reads its JSON lines input through here too.
   */
  public static InputRow jsonRow(long line, String text, RowMapper mapper) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new InputRow.Bad(line, "invalid JSON: " + e.getOriginalMessage(), Map.of());
    }
    if (!node.isObject()) {
      return new InputRow.Bad(line, "expected a JSON object", Map.of());
    }
    return mapper.map(line, JsonLines.flatten(node));
  }

  /** One way of splitting a file into rows. Returns null at the end. */
  private interface Source extends Closeable {
    InputRow read(RowMapper mapper) throws IOException;
  }

  private static final class Delimited implements Source {
    private final BufferedReader reader;
    private final CsvRows rows;
    private final List<String> header;
    private boolean broken;

    Delimited(BufferedReader reader, char separator) throws IOException {
      this.reader = reader;
      this.rows = new CsvRows(reader, separator);
      List<String> first = rows.next();
      if (first == null) {
        throw new IOException("empty file: no header row");
      }
      List<String> h = new ArrayList<>();
      for (String s : first) {
        h.add(Bom.strip(s));
      }
      this.header = List.copyOf(h);
    }

    @Override
    public InputRow read(RowMapper mapper) throws IOException {
      if (broken) {
        return null;
      }
      try {
        for (List<String> cells; (cells = rows.next()) != null; ) {
          if (cells.size() == 1 && cells.get(0).isBlank()) {
            continue;
          }
          long line = rows.line();
          Map<String, String> raw = new LinkedHashMap<>();
          for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
            raw.put(header.get(i), cells.get(i));
          }
          if (cells.size() > header.size()) {
            return new InputRow.Bad(line, cells.size() + " columns but the header has " + header.size(), raw);
          }
          return mapper.map(line, raw);
        }
        return null;
      } catch (CsvRows.MalformedCsvException e) {
        // A syntax error (an unclosed quote) leaves no reliable row boundary: report it and stop.
        broken = true;
        return new InputRow.Bad(rows.line(), "unreadable from here on: " + e.getMessage(), Map.of());
      }
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  private static final class JsonLines implements Source {
    private final BufferedReader reader;
    private long line;

    JsonLines(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    public InputRow read(RowMapper mapper) throws IOException {
      for (String text; (text = reader.readLine()) != null; ) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        return jsonRow(line, text, mapper);
      }
      return null;
    }

    /** Flat objects as they are; FtM-style {schema, properties: {p: [..]}} by property name. */
    private static Map<String, String> flatten(JsonNode node) {
      Map<String, String> raw = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> {
        if (!"properties".equals(e.getKey())) {
          raw.put(e.getKey(), text(e.getValue()));
        }
      });
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        props.fields().forEachRemaining(e -> raw.merge(e.getKey(), text(e.getValue()), (a, b) -> a + ";" + b));
      }
      return raw;
    }

    private static String text(JsonNode v) {
      if (v.isArray()) {
        List<String> parts = new ArrayList<>();
        v.forEach(x -> parts.add(x.asText()));
        return String.join(";", parts);
      }
      return v.isNull() ? "" : v.asText();
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
