package io.cordon.screening.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.PlainKeys;
import io.cordon.index.TokenScorer;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.model.Entity;
import io.cordon.screening.IndexSource;
import io.cordon.screening.Screener;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.InputRow;
import io.cordon.screening.input.PartyInputReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScreeningTest {
  @TempDir Path dir;
  Screener screener;
  Path input;

  @BeforeEach
  void setUp() throws IOException {
    List<Entity> listed = List.of(
        Entity.builder("ofac-31455", "Company").add("name", "POSITIVE TECHNOLOGIES").dataset("us_ofac_sdn").build(),
        Entity.builder("ofac-31291", "Person").add("name", "Konstantin KILIMNIK").dataset("us_ofac_sdn").build());
    IndexHolder holder = new IndexHolder(LuceneIndexes.inMemory(
        List.of(new IndexInput("s1", "us_ofac_sdn", listed)), new PlainKeys()));
    screener = new Screener(IndexSource.of(holder), new TokenScorer(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
    StringBuilder csv = new StringBuilder("id,name,country\n");
    for (int i = 1; i <= 2500; i++) {
      String name = switch (i % 5) {
        case 0 -> "Positive Technologies";
        case 1 -> "Konstantin Kilimnik";
        case 2 -> "";
        default -> "Jane Doe " + i;
      };
      csv.append("p").append(i).append(',').append(name).append(",ru\n");
    }
    input = dir.resolve("book.csv");
    Files.writeString(input, csv);
  }

  private BatchSummary run(Path out, BatchOutput.Format format, boolean resume, int threads, long stopAfter)
      throws IOException {
    long skip = 0;
    if (resume) {
      BatchOutput.Checkpoint cp = BatchOutput.readCheckpoint(out);
      skip = cp == null ? 0 : cp.line();
    }
    try (PartyInputReader rows = PartyInputReader.open(input, InputFormat.CSV, ColumnMapping.byHeaders());
         BatchOutput w = BatchOutput.open(out, format, resume)) {
      Iterator<InputRow> limited = stopAfter <= 0 ? rows : new Iterator<>() {
        long n;

        @Override
        public boolean hasNext() {
          return n < stopAfter && rows.hasNext();
        }

        @Override
        public InputRow next() {
          n++;
          return rows.next();
        }
      };
      return new BatchScreening(screener, q -> q.withLimit(3), threads, Clock.systemUTC())
          .run(limited, skip, w, w::checkpoint, null);
    }
  }

  @Test
  void jsonLinesInInputOrderWithHitsAndErrors() throws IOException {
    Path out = dir.resolve("out.jsonl");
    BatchSummary s = run(out, BatchOutput.Format.JSONL, false, 2, 0);
    assertThat(s.rows()).isEqualTo(2500);
    assertThat(s.errors()).isEqualTo(500);
    assertThat(s.hits()).isEqualTo(1000);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2500);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode n = json.readTree(lines.get(i));
      assertThat(n.get("line").asLong()).isEqualTo(i + 2);
    }
    JsonNode hit = json.readTree(lines.get(4));
    assertThat(hit.get("id").asText()).isEqualTo("p5");
    assertThat(hit.get("status").asText()).isEqualTo("hit");
    assertThat(hit.at("/results/0/id").asText()).isEqualTo("ofac-31455");
    assertThat(hit.at("/results/0/explanations").size()).isGreaterThan(0);
    JsonNode err = json.readTree(lines.get(1));
    assertThat(err.get("status").asText()).isEqualTo("error");
    assertThat(err.get("error").asText()).contains("no name");
  }

  @Test
  void resumeAfterAnInterruptionDuplicatesNothing() throws IOException {
    Path full = dir.resolve("full.csv");
    run(full, BatchOutput.Format.CSV, false, 2, 0);

    Path out = dir.resolve("resumed.csv");
    run(out, BatchOutput.Format.CSV, false, 2, 1234);
    // A crash leaves a half-written tail after the last checkpoint: the resume must drop it.
    Files.writeString(out, "\"garbage-from-a-crash", java.nio.file.StandardOpenOption.APPEND);
    BatchSummary second = run(out, BatchOutput.Format.CSV, true, 2, 0);
    assertThat(second.skipped()).isGreaterThan(0);
    assertThat(Files.readString(out)).isEqualTo(Files.readString(full));
  }

  @Test
  void csvHasOneRowPerHitAndOnePerNoHitRow() throws IOException {
    Path out = dir.resolve("out.csv");
    run(out, BatchOutput.Format.CSV, false, 1, 10);
    List<String> lines = new ArrayList<>(Files.readAllLines(out));
    assertThat(lines.get(0)).startsWith("\"input_line\",\"input_id\"");
    assertThat(lines).anyMatch(l -> l.contains("\"p5\"") && l.contains("\"hit\"") && l.contains("ofac-31455"));
    assertThat(lines).anyMatch(l -> l.contains("\"p3\"") && l.contains("\"no-hit\""));
    assertThat(lines).anyMatch(l -> l.contains("\"error\"") && l.contains("no name"));
  }
}
