package io.cordon.screening.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cordon.common.Json;
import io.cordon.match.Scores;
import io.cordon.screening.ScreeningJson;
import io.cordon.screening.ScreeningResult;
import io.cordon.screening.input.InputRow;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch output file with resume support. After each flush the writer records, in
 * {@code <output>.checkpoint}, the last input line fully written and the byte offset where that
 * output ends. A resumed run truncates the file to that offset (dropping a half-written tail) and
 * continues after that line, so nothing is duplicated or lost.
 */
public final class BatchOutput implements OutcomeWriter {

  /** Output formats: CSV for people (one row per hit and one per no-hit row), JSON lines for machines. */
  public enum Format { CSV, JSONL }

  /** Where a previous run stopped. */
  public record Checkpoint(long line, long offset) {}

  private static final ObjectWriter JSON = Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final List<String> CSV_COLUMNS = List.of("input_line", "input_id", "input_name", "input_schema",
      "input_birth_date", "input_countries", "input_identifiers", "status", "rank", "entity_id", "caption", "schema",
      "score", "priority", "match", "datasets", "listings", "matched_name", "names", "explanation", "message");

  private final Format format;
  private final Path file;
  private final CountingOutputStream out;
  private final com.fasterxml.jackson.databind.SequenceWriter csv;

  private BatchOutput(Format format, Path file, CountingOutputStream out, boolean writeHeader) throws IOException {
    this.format = format;
    this.file = file;
    this.out = out;
    if (format == Format.CSV) {
      CsvSchema.Builder b = CsvSchema.builder();
      CSV_COLUMNS.forEach(b::addColumn);
      CsvSchema schema = b.build().withUseHeader(writeHeader);
      CsvMapper mapper = new CsvMapper();
      mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      mapper.getFactory().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
      this.csv = mapper.writer(schema).writeValues(out);
    } else {
      this.csv = null;
    }
  }

  /** Opens a new output (replacing any file there) or, with {@code resume}, continues one. */
  public static BatchOutput open(Path file, Format format, boolean resume) throws IOException {
    Checkpoint cp = resume ? readCheckpoint(file) : null;
    long offset = 0;
    if (cp != null && Files.exists(file)) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        if (ch.size() < cp.offset()) {
          throw new IOException(file + " is shorter than its checkpoint says (" + ch.size() + " < " + cp.offset()
              + " bytes): it was changed since; start again without --resume");
        }
        ch.truncate(cp.offset());
      }
      offset = cp.offset();
    } else {
      Files.deleteIfExists(checkpointFile(file));
    }
    OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        offset > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    return new BatchOutput(format, file, new CountingOutputStream(new BufferedOutputStream(raw, 1 << 16), offset),
        offset == 0);
  }

  /** The checkpoint of a previous run on this output, or null when there is none. */
  public static Checkpoint readCheckpoint(Path output) throws IOException {
    Path cp = checkpointFile(output);
    if (!Files.exists(cp)) {
      return null;
    }
    String[] f = Files.readString(cp, StandardCharsets.UTF_8).strip().split("\\s+");
    if (f.length != 2) {
      throw new IOException(cp + " is not a checkpoint ('line offset'); delete it or start without --resume");
    }
    return new Checkpoint(Long.parseLong(f[0]), Long.parseLong(f[1]));
  }

  static Path checkpointFile(Path output) {
    return output.resolveSibling(output.getFileName() + ".checkpoint");
  }

  /** Records that everything up to {@code line} is in the file; call after {@link #flush()}. */
  public void checkpoint(long line) {
    try {
      Path cp = checkpointFile(file);
      Path tmp = cp.resolveSibling(cp.getFileName() + ".tmp");
      Files.writeString(tmp, line + " " + out.count() + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, cp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write checkpoint for " + file, e);
    }
  }

  @Override
  public void write(RowOutcome o) throws IOException {
    if (format == Format.JSONL) {
      JSON.writeValue(out, jsonFields(o));
      out.write('\n');
    } else {
      for (Map<String, Object> row : csvRows(o)) {
        // names come from customers and from list data: neither may start a spreadsheet formula
        row.replaceAll((k, v) -> v instanceof String t ? CsvCells.safe(t) : v);
        csv.write(row);
      }
    }
  }

  /** The JSON line of one outcome (without the newline), as {@code --format jsonl} writes it. */
  public static String jsonLine(RowOutcome o) {
    try {
      return JSON.writeValueAsString(jsonFields(o));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a batch result as JSON", e);
    }
  }

  private static Map<String, Object> jsonFields(RowOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("line", o.row().line());
    if (o.row() instanceof InputRow.Party p) {
      m.put("id", p.id());
      // Ordered maps only: the same input gives the same bytes in every JVM (resumed files, jobs).
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("schema", p.query().schema());
      q.put("names", p.query().names());
      q.put("birthDates", p.query().birthDates());
      q.put("countries", p.query().countries());
      q.put("identifiers", p.query().identifiers());
      m.put("query", q);
      if (!p.warnings().isEmpty()) {
        m.put("warnings", p.warnings());
      }
    }
    m.put("input", o.row().raw());
    if (o.screened()) {
      m.put("status", o.hit() ? "hit" : "no-hit");
      List<Object> results = new ArrayList<>();
      for (ScreeningResult r : o.response().results()) {
        results.add(ScreeningJson.compact(r));
      }
      m.put("results", results);
      m.put("snapshots", o.response().snapshotIds());
    } else {
      m.put("status", "error");
      m.put("error", o.error());
    }
    return m;
  }

  private static List<Map<String, Object>> csvRows(RowOutcome o) {
    Map<String, Object> base = new LinkedHashMap<>();
    for (String c : CSV_COLUMNS) {
      base.put(c, "");
    }
    base.put("input_line", o.row().line());
    if (o.row() instanceof InputRow.Party p) {
      base.put("input_id", p.id());
      base.put("input_name", String.join(" | ", p.query().names()));
      base.put("input_schema", p.query().schema());
      base.put("input_birth_date", String.join(" | ", p.query().birthDates()));
      base.put("input_countries", String.join(" | ", p.query().countries()));
      base.put("input_identifiers", String.join(" | ", p.query().identifiers()));
      base.put("message", String.join("; ", p.warnings()));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    if (!o.screened()) {
      base.put("status", "error");
      base.put("message", o.error());
      rows.add(base);
      return rows;
    }
    List<ScreeningResult> results = o.response().results();
    if (results.isEmpty()) {
      base.put("status", "no-hit");
      rows.add(base);
      return rows;
    }
    int rank = 0;
    for (ScreeningResult r : results) {
      Map<String, Object> row = new LinkedHashMap<>(base);
      row.put("status", r.match() ? "hit" : "below-threshold");
      row.put("rank", ++rank);
      row.put("entity_id", r.entity().id());
      row.put("caption", r.entity().caption());
      row.put("schema", r.entity().schema());
      row.put("score", Scores.round(r.score()));
      row.put("priority", Scores.round(r.priority()));
      row.put("match", r.match());
      row.put("datasets", String.join(" | ", r.datasets()));
      row.put("listings", ResultFields.listingText(r.listings()));
      row.put("matched_name", r.matchedName());
      row.put("names", String.join(" | ", r.entity().names()));
      row.put("explanation", ResultFields.explanationText(r.explanations()));
      rows.add(row);
    }
    return rows;
  }

  @Override
  public void flush() throws IOException {
    if (csv != null) {
      csv.flush();
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    if (csv != null) {
      csv.close();
    }
    out.close();
  }
}
