package io.cordon.screening.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Json;
import io.cordon.screening.Screener;
import io.cordon.screening.batch.BatchOutput;
import io.cordon.screening.batch.BatchScreening;
import io.cordon.screening.batch.RowOutcome;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.PartyInputReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs screening jobs one after another on a background thread, with {@code cordon batch}'s engine
 * ({@link BatchScreening} writing {@link BatchOutput} JSON lines with checkpoints). Job state is in
 * a {@link JobStore}; files are under {@code dir/<id>/}. A job found running at start (the server
 * was killed) resumes after its last checkpoint, so no result row is lost or written twice.
 */
public final class JobRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
  private static final ObjectMapper JSON = Json.MAPPER;
  static final String INPUT = "input";
  static final String RESULTS = "results.jsonl";

  private final JobStore store;
  private final Path dir;
  private final Function<String, Screener> screeners;
  private final int threads;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Object wake = new Object();
  private final Thread worker;
  private volatile boolean closed;
  private volatile Live live;

  /** Counters of the job being screened, fresher than the stored ones (stored at checkpoints). */
  private static final class Live {
    final String id;
    volatile long done;
    volatile long hits;
    volatile long errors;
    volatile boolean cancel;

    Live(String id) {
      this.id = id;
    }
  }

  /** Thrown inside the batch to stop it when its job is cancelled. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  /**
   * @param screeners screener for an algorithm name; throws IllegalArgumentException for an unknown one
   * @param threads   screening threads per job
   */
  public JobRunner(JobStore store, Path dir, Function<String, Screener> screeners, int threads, Clock clock) {
    this.store = store;
    this.dir = dir;
    this.screeners = screeners;
    this.threads = threads;
    this.clock = clock;
    this.worker = new Thread(this::work, "cordon-jobs");
    this.worker.setDaemon(true);
  }

  /** Starts the background thread (resuming jobs a previous run left unfinished). */
  public JobRunner start() {
    worker.start();
    return this;
  }

  /**
   * Queues a job for a party file already on disk (moved into the job's folder).
   *
   * @throws IllegalArgumentException when the options or the file cannot be used, with the reason
   */
  public Job submit(String owner, InputFormat format, JobOptions options, Path file) throws IOException {
    screeners.apply(options.algorithm());
    ColumnMapping mapping = ColumnMapping.parse(options.columns());
    try (PartyInputReader rows = PartyInputReader.open(file, format, mapping)) {
      if (!rows.hasNext()) {
        throw new IllegalArgumentException("the file has no rows");
      }
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("the file cannot be read as " + format.name().toLowerCase(Locale.ROOT)
          + ": " + e.getCause().getMessage(), e);
    }
    String id = "job_" + HexFormat.of().formatHex(bytes());
    Path jobDir = dir.resolve(id);
    Files.createDirectories(jobDir);
    Files.move(file, jobDir.resolve(INPUT), StandardCopyOption.ATOMIC_MOVE);
    Job job = new Job(id, owner, JobStatus.QUEUED, format.name().toLowerCase(Locale.ROOT), options.toJson(), -1, 0, 0,
        0, clock.instant(), Optional.empty(), Optional.empty(), Optional.empty());
    store.create(job);
    synchronized (wake) {
      wake.notifyAll();
    }
    return job;
  }

  private byte[] bytes() {
    byte[] b = new byte[12];
    random.nextBytes(b);
    return b;
  }

  /** The job as stored, with the live counters when it is the one being screened. */
  public Optional<Job> job(String id) {
    return store.get(id).map(this::withLive);
  }

  public List<Job> jobs(String owner, int limit) {
    return store.list(owner, limit).stream().map(this::withLive).toList();
  }

  private Job withLive(Job j) {
    Live l = live;
    if (l == null || !l.id.equals(j.id()) || j.status() != JobStatus.RUNNING) {
      return j;
    }
    return new Job(j.id(), j.owner(), j.status(), j.format(), j.options(), j.rowsTotal(), l.done, l.hits, l.errors,
        j.created(), j.started(), j.finished(), j.error());
  }

  /** Cancels a queued or running job; false when it had finished already. */
  public boolean cancel(String id) {
    if (store.transition(id, JobStatus.QUEUED, JobStatus.CANCELLED, clock.instant(), null)
        || store.transition(id, JobStatus.RUNNING, JobStatus.CANCELLED, clock.instant(), null)) {
      Live l = live;
      if (l != null && l.id.equals(id)) {
        l.cancel = true;
      }
      return true;
    }
    return false;
  }

  /** The results file of a job (complete when the job is done). */
  public Path results(String id) {
    return dir.resolve(id).resolve(RESULTS);
  }

  private void work() {
    while (!closed) {
      try {
        Optional<Job> next = store.unfinished().stream().findFirst();
        if (next.isEmpty()) {
          synchronized (wake) {
            wake.wait(1000);
          }
          continue;
        }
        run(next.get());
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
        LOG.error("job worker: {}", e.getMessage(), e);
        try {
          Thread.sleep(1000);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  private void run(Job job) {
    String id = job.id();
    if (job.status() == JobStatus.QUEUED && !store.transition(id, JobStatus.QUEUED, JobStatus.RUNNING,
        clock.instant(), null)) {
      return; // cancelled meanwhile
    }
    Live l = new Live(id);
    live = l;
    try {
      JobOptions options = JobOptions.fromJson(job.options());
      InputFormat format = InputFormat.parse(job.format());
      ColumnMapping mapping = ColumnMapping.parse(options.columns());
      Path input = dir.resolve(id).resolve(INPUT);
      long total = job.rowsTotal() >= 0 ? job.rowsTotal() : count(input, format, mapping);
      Path out = results(id);
      BatchOutput.Checkpoint cp = BatchOutput.readCheckpoint(out);
      long skip = cp == null ? 0 : cp.line();
      try (BatchOutput writer = BatchOutput.open(out, BatchOutput.Format.JSONL, cp != null);
           PartyInputReader rows = PartyInputReader.open(input, format, mapping)) {
        if (cp != null) {
          // The results before the checkpoint are kept: count them again for the progress.
          recount(out, l);
          LOG.info("job {}: resuming after input line {} ({} rows done)", id, skip, l.done);
        }
        store.progress(id, total, l.done, l.hits, l.errors);
        BatchScreening batch = new BatchScreening(screeners.apply(options.algorithm()), options.apply(), threads, clock);
        batch.run(rows, skip, writer, line -> {
          writer.checkpoint(line);
          store.progress(id, total, l.done, l.hits, l.errors);
          if (l.cancel) {
            throw new Cancelled();
          }
        }, (RowOutcome o) -> {
          l.done++;
          if (!o.screened()) {
            l.errors++;
          } else if (o.hit()) {
            l.hits++;
          }
          if (l.cancel || closed) {
            throw new Cancelled();
          }
        });
      }
      store.progress(id, total, l.done, l.hits, l.errors);
      store.transition(id, JobStatus.RUNNING, JobStatus.DONE, clock.instant(), null);
      LOG.info("job {}: done, {} rows, {} with hits, {} errors", id, l.done, l.hits, l.errors);
    } catch (Cancelled e) {
      if (!closed || l.cancel) {
        LOG.info("job {}: cancelled after {} rows", id, l.done);
      }
    } catch (IOException | RuntimeException e) {
      if (closed) {
        return; // stopped with the server: stays running, resumes on the next start
      }
      LOG.error("job {} failed: {}", id, e.getMessage(), e);
      store.transition(id, JobStatus.RUNNING, JobStatus.FAILED, clock.instant(), String.valueOf(e.getMessage()));
    } finally {
      live = null;
    }
  }

  private static long count(Path input, InputFormat format, ColumnMapping mapping) throws IOException {
    long n = 0;
    try (PartyInputReader rows = PartyInputReader.open(input, format, mapping)) {
      while (rows.hasNext()) {
        rows.next();
        n++;
      }
    }
    return n;
  }

  private static void recount(Path results, Live l) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        l.done++;
        switch (n.path("status").asText()) {
          case "hit" -> l.hits++;
          case "error" -> l.errors++;
          default -> { }
        }
      }
    }
  }

  /** Stops the worker; a job being screened stays "running" and resumes on the next start. */
  @Override
  public void close() {
    closed = true;
    worker.interrupt();
    try {
      worker.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
