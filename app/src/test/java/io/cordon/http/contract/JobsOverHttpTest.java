package io.cordon.http.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asynchronous jobs against {@code cordon serve} in its own JVM: a customer file submitted over
 * HTTP, the server killed ({@code kill -9}) while screening it and started again; the job finishes
 * by itself and its results equal {@code cordon batch --format jsonl} on the same file, line for
 * line (none lost, none twice). Also: per-key listing, cancelling, multipart upload, bad uploads.
 */
class JobsOverHttpTest {
  @TempDir Path dir;

  /** A customer book: listed names of the demo list among made-up people and companies, a few bad rows. */
  static Path book(Path file, int rows, long seed) throws Exception {
    String[] listed = {"Konstantin Kilimnik", "Positive Technologies", "Central Bank of the Russian Federation",
        "AO Pasit", "National Wealth Fund of the Russian Federation"};
    String[] first = {"Anna", "Peter", "Olga", "James", "Maria", "Ivan", "Chen", "Fatima", "Lukas", "Sofia"};
    String[] last = {"Miller", "Novak", "Garcia", "Schmidt", "Rossi", "Kowalski", "Dubois", "Silva", "Berg", "Moreau"};
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder("customer_id,name,country\n");
    for (int i = 1; i <= rows; i++) {
      String name = i % 500 == 0 ? "" : i % 10 == 0 ? listed[r.nextInt(listed.length)]
          : first[r.nextInt(first.length)] + " " + last[r.nextInt(last.length)] + (r.nextBoolean() ? "" : " " + i);
      b.append("c").append(i).append(',').append(name).append(',').append(i % 3 == 0 ? "ru" : "de").append('\n');
    }
    Files.writeString(file, b.toString());
    return file;
  }

  @Test
  void jobSurvivesKillAndEqualsCordonBatch() throws Exception {
    Path home = dir.resolve("home");
    int rows = Integer.getInteger("cordon.jobRows", 6_000);
    Path file = book(dir.resolve("book.csv"), rows, 7);
    ServedHome first = new ServedHome(home, "--job-threads", "1").start();
    String key = first.key();
    String id;
    long atKill;
    long t0 = System.nanoTime();
    try {
      ServedHome.Reply r = first.send(HttpRequest.newBuilder(URI.create(first.base() + "/v1/jobs"))
          .POST(HttpRequest.BodyPublishers.ofFile(file)), Map.of("Content-Type", "text/csv"));
      assertThat(r.status()).as(r.body()).isEqualTo(202);
      assertThat(r.json().get("status").asText()).isEqualTo("queued");
      id = r.json().get("id").asText();
      assertThat(r.header("Location")).isEqualTo("/v1/jobs/" + id);
      // Kill once a checkpoint or two were written, well before the end.
      long killAt = Math.max(2100, rows / 3);
      JsonNode job = waitFor(first, id, j -> j.at("/progress/rows_done").asLong() >= killAt,
          Duration.ofSeconds(Math.max(300, rows / 50)));
      assertThat(job.get("status").asText()).isEqualTo("running");
      atKill = job.at("/progress/rows_done").asLong();
      assertThat(atKill).as("killed mid-way").isLessThan(rows);
      first.kill();
    } finally {
      first.close();
    }

    ServedHome second = new ServedHome(home, "--job-threads", "1").start();
    try {
      second.key(key);
      JsonNode done = waitFor(second, id, j -> j.get("status").asText().equals("done"),
          Duration.ofSeconds(Math.max(300, rows / 25)));
      long jobNanos = System.nanoTime() - t0;
      assertThat(done.at("/progress/rows_done").asLong()).isEqualTo(rows);
      assertThat(done.at("/progress/rows_total").asLong()).isEqualTo(rows);
      assertThat(done.at("/progress/errors").asLong()).isEqualTo(rows / 500);
      ServedHome.Reply res = second.get("/v1/jobs/" + id + "/results");
      assertThat(res.status()).isEqualTo(200);
      assertThat(res.header("Content-Type")).startsWith("application/x-ndjson");
      List<String> lines = res.body().lines().toList();
      assertThat(lines).hasSize(rows);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(ServedHome.JSON.readTree(lines.get(i)).get("line").asLong()).as("no row lost or twice").isEqualTo(i + 2);
      }

      Path batch = dir.resolve("batch.jsonl");
      PrintStream err = System.err;
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      long b0 = System.nanoTime();
      try {
        assertThat(Main.run("--home", home.toString(), "batch", file.toString(), "--format", "jsonl", "-o",
            batch.toString())).isZero();
      } finally {
        System.setErr(err);
      }
      System.out.printf("JobsOverHttpTest: %d rows, killed at %d rows; job done %.1f s after submission (two server"
          + " starts included); cordon batch on the same file %.1f s%n", rows, atKill, jobNanos / 1e9,
          (System.nanoTime() - b0) / 1e9);
      List<String> expected = Files.readAllLines(batch);
      assertThat(lines).hasSameSizeAs(expected);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(lines.get(i)).as("line %d same as cordon batch --format jsonl", i + 1).isEqualTo(expected.get(i));
      }
      assertThat(lines.stream().filter(l -> l.contains("\"status\":\"hit\"")).count())
          .isEqualTo(done.at("/progress/hits").asLong()).isGreaterThan(rows / 20);
    } finally {
      second.close();
    }
  }

  @Test
  void jobsArePerKeyCancellableAndUploadsAreChecked() throws Exception {
    Path home = dir.resolve("home2");
    ServedHome s = new ServedHome(home, "--job-threads", "1").start();
    try {
      Path big = book(dir.resolve("big.csv"), 6_000, 3);
      String running = submit(s, big, "text/csv").json().get("id").asText();
      String queued = submit(s, big, "text/csv").json().get("id").asText();
      ServedHome.Reply cancel = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/jobs/" + queued)).DELETE(), Map.of());
      assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
      assertThat(cancel.json().get("status").asText()).isEqualTo("cancelled");
      ServedHome.Reply again = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/jobs/" + queued)).DELETE(), Map.of());
      assertThat(again.status()).isEqualTo(409);
      assertThat(s.get("/v1/jobs/" + queued + "/results").status()).isEqualTo(409);
      ServedHome.Reply stop = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/jobs/" + running)).DELETE(), Map.of());
      assertThat(stop.status()).isIn(200, 409);
      JsonNode end = waitFor(s, running, j -> !j.get("status").asText().equals("running")
          && !j.get("status").asText().equals("queued"), Duration.ofSeconds(60));
      assertThat(end.get("status").asText()).isIn("cancelled", "done");

      // Multipart, JSON lines.
      Path jsonl = dir.resolve("few.jsonl");
      Files.writeString(jsonl, "{\"id\": \"a\", \"name\": \"Konstantin Kilimnik\"}\n{\"id\": \"b\", \"name\": \"Anna Berg\"}\n");
      String boundary = "----cordon" + System.nanoTime();
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"few.jsonl\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n" + Files.readString(jsonl) + "\r\n--" + boundary + "--\r\n";
      ServedHome.Reply mp = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/jobs?limit=3"))
          .POST(HttpRequest.BodyPublishers.ofString(body)), Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
      assertThat(mp.status()).as(mp.body()).isEqualTo(202);
      String few = mp.json().get("id").asText();
      waitFor(s, few, j -> j.get("status").asText().equals("done"), Duration.ofSeconds(60));
      List<String> lines = s.get("/v1/jobs/" + few + "/results").body().lines().toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).contains("\"status\":\"hit\"").contains("Kilimnik");

      // Per key: another key sees none of these.
      String key = s.key();
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      PrintStream out = System.out;
      PrintStream err = System.err;
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      try {
        assertThat(Main.run("--home", home.toString(), "keys", "create", "other")).isZero();
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      List<String> mine = new ArrayList<>();
      s.get("/v1/jobs").json().get("jobs").forEach(j -> mine.add(j.get("id").asText()));
      assertThat(mine).contains(running, queued, few);
      s.key(o.toString(StandardCharsets.UTF_8).strip());
      assertThat(s.get("/v1/jobs").json().get("jobs").size()).isZero();
      assertThat(s.get("/v1/jobs/" + few).status()).isEqualTo(404);
      s.key(key);

      // Bad uploads.
      assertThat(s.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/jobs")).POST(HttpRequest.BodyPublishers.ofString("x")),
          Map.of("Content-Type", "application/pdf")).status()).isEqualTo(415);
      ServedHome.Reply empty = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/jobs"))
          .POST(HttpRequest.BodyPublishers.noBody()), Map.of("Content-Type", "text/csv"));
      assertThat(empty.status()).isEqualTo(400);
      assertThat(empty.json().get("detail").asText()).contains("empty");
      assertThat(s.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/jobs?threshold=7"))
          .POST(HttpRequest.BodyPublishers.ofString("name\nA\n")), Map.of("Content-Type", "text/csv")).status()).isEqualTo(400);
    } finally {
      s.close();
    }
  }

  private static ServedHome.Reply submit(ServedHome s, Path file, String type) throws Exception {
    ServedHome.Reply r = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/jobs"))
        .POST(HttpRequest.BodyPublishers.ofFile(file)), Map.of("Content-Type", type));
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return r;
  }

  private static JsonNode waitFor(ServedHome s, String id, java.util.function.Predicate<JsonNode> until, Duration max)
      throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      ServedHome.Reply r = s.get("/v1/jobs/" + id);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      last = r.json();
      if (until.test(last)) {
        return last;
      }
      assertThat(last.get("status").asText()).as(last.toString()).isNotEqualTo("failed");
      Thread.sleep(25);
    }
    throw new AssertionError("job " + id + " not there in " + max + ": " + last);
  }
}
