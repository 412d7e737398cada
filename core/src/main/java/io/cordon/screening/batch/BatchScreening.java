package io.cordon.screening.batch;

import io.cordon.screening.ScreeningException;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.input.InputRow;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Screens a stream of party rows on N threads and writes the outcomes in input order. Memory stays
 * constant whatever the input size: at most {@code window} rows are in flight. A row that cannot be
 * read or screened becomes an error outcome; it never stops the run.
 */
public final class BatchScreening {

  /** Progress callback, called after each row is written (on the writing thread). */
  public interface Progress {
    void rowDone(RowOutcome outcome);
  }

  private final Screener screener;
  private final UnaryOperator<ScreeningQuery> queryOptions;
  private final int threads;
  private final Clock clock;

  /**
   * @param queryOptions applied to each row's query (threshold, limit, datasets, as-of)
   * @param threads      screening threads, at least 1
   */
  public BatchScreening(Screener screener, UnaryOperator<ScreeningQuery> queryOptions, int threads, Clock clock) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
    }
    this.screener = Objects.requireNonNull(screener);
    this.queryOptions = Objects.requireNonNull(queryOptions);
    this.threads = threads;
    this.clock = clock;
  }

  /**
   * Runs the batch.
   *
   * @param rows       input rows, in order
   * @param skipThrough rows with a line number at or below this were done by a previous run
   * @param out        where outcomes go, in input order
   * @param checkpoint called with the last written line after output was flushed (every ~1000 rows and at the end)
   */
  public BatchSummary run(Iterator<InputRow> rows, long skipThrough, OutcomeWriter out, Consumer<Long> checkpoint,
                          Progress progress) throws IOException {
    Instant start = clock.instant();
    long n = 0;
    long screened = 0;
    long hits = 0;
    long errors = 0;
    long skipped = 0;
    int window = threads * 64;
    AtomicInteger ids = new AtomicInteger();
    ThreadFactory tf = r -> {
      Thread t = new Thread(r, "cordon-batch-" + ids.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
    ArrayDeque<Future<RowOutcome>> inFlight = new ArrayDeque<>();
    long lastLine = skipThrough;
    try {
      while (rows.hasNext() || !inFlight.isEmpty()) {
        if (rows.hasNext() && inFlight.size() < window) {
          InputRow row = rows.next();
          if (row.line() <= skipThrough) {
            skipped++;
            continue;
          }
          inFlight.add(pool.submit(() -> screen(row)));
          continue;
        }
        RowOutcome o = take(inFlight.poll());
        out.write(o);
        n++;
        if (o.screened()) {
          screened++;
          if (o.hit()) {
            hits++;
          }
        } else {
          errors++;
        }
        lastLine = o.row().line();
        if (progress != null) {
          progress.rowDone(o);
        }
        if (n % 1000 == 0) {
          out.flush();
          checkpoint.accept(lastLine);
        }
      }
      out.flush();
      checkpoint.accept(lastLine);
    } finally {
      pool.shutdownNow();
    }
    return new BatchSummary(n, screened, hits, errors, skipped, Duration.between(start, clock.instant()));
  }

  /** Screens one row on the calling thread (a bad or unscreenable row becomes an error outcome). */
  public RowOutcome screen(InputRow row) {
    if (row instanceof InputRow.Bad bad) {
      return new RowOutcome(row, null, bad.message());
    }
    InputRow.Party p = (InputRow.Party) row;
    try {
      return new RowOutcome(row, screener.screen(queryOptions.apply(ScreeningQuery.of(p.query()))), null);
    } catch (ScreeningException | IllegalArgumentException e) {
      return new RowOutcome(row, null, e.getMessage());
    }
  }

  private static RowOutcome take(Future<RowOutcome> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("batch interrupted", e);
    } catch (ExecutionException e) {
      // screen() catches expected failures; anything else is a bug worth stopping for.
      throw new IllegalStateException("screening failed unexpectedly", e.getCause());
    }
  }
}
