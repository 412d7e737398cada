package io.cordon.catalog.update;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import io.cordon.common.Sha256;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downloads one URL to a file with {@link HttpClient}: conditional request (ETag, Last-Modified of
 * the previous download), connect timeout, a read timeout that fires when no byte arrived for that
 * long (headers or body), a size limit, a check that the body is as long as Content-Length says,
 * and retries with exponential backoff (Failsafe) for failures that may pass (I/O errors, timeouts,
 * 5xx, 429, 408); other failures end the fetch at once.
 */
public final class HttpFetcher implements AutoCloseable {

  /**
   * @param connectTimeout TCP connect timeout
   * @param readTimeout    longest wait for the next byte (headers included)
   * @param attempts       tries per URL, at least 1
   * @param backoff        wait before the second try; doubles for each further try
   * @param maxBytes       largest accepted body
   */
  public record Config(Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff, long maxBytes) {
    public static final Config DEFAULT =
        new Config(Duration.ofSeconds(15), Duration.ofSeconds(60), 3, Duration.ofSeconds(2), 512L << 20);

    public Config {
      if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive");
      }
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
      }
      if (backoff.isNegative()) {
        throw new IllegalArgumentException("backoff must not be negative");
      }
      if (maxBytes < 1) {
        throw new IllegalArgumentException("size limit must be positive, got " + maxBytes);
      }
    }
  }

  /** Download progress, e.g. a progress bar. Called from HTTP client threads. */
  public interface Progress {
    /** A download starts; {@code total} is -1 when the server does not say. */
    void start(String label, long total);

    void advance(long bytes);

    void done();

    Progress NONE = new Progress() {
      @Override
      public void start(String label, long total) { }

      @Override
      public void advance(long bytes) { }

      @Override
      public void done() { }
    };
  }

  /** The outcome of a fetch. */
  public sealed interface Result permits NotModified, Fetched { }

  /** The server says the file did not change since the previous download. */
  public record NotModified() implements Result { }

  /** The body was saved to {@code file}. */
  public record Fetched(Path file, Optional<String> etag, Optional<String> lastModified, String sha256, long bytes)
      implements Result { }

  private final Config config;
  private final RetryPolicy<Result> retries;
  private final ExecutorService executor;
  private final HttpClient client;

  public HttpFetcher(Config config) {
    this.config = config;
    this.retries = retries(config);
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "cordon-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .executor(executor)
        .build();
  }

  /**
   * Retries of failures that may pass, {@code attempts} in all, waiting {@code backoff} before the
   * second try and twice as long before each further one.
   */
  private static RetryPolicy<Result> retries(Config config) {
    RetryPolicyBuilder<Result> b = RetryPolicy.<Result>builder()
        .handleIf(e -> e instanceof Failure f && f.retryable)
        .withMaxAttempts(config.attempts());
    if (!config.backoff().isZero()) {
      // the cap is never reached: it lies beyond the longest wait (before the last attempt)
      int doublings = Math.min(30, Math.max(1, config.attempts() - 2));
      b.withBackoff(config.backoff(), config.backoff().multipliedBy(1L << doublings), 2.0);
    }
    return b.build();
  }

  /**
   * Fetches {@code url} into {@code target}, conditionally when {@code previous} has validators.
   *
   * @throws DownloadException after the last failed attempt, or at once for a permanent failure
   */
  public Result fetch(URI url, Path target, Optional<DownloadState> previous, Progress progress)
      throws DownloadException, InterruptedException {
    try {
      return Failsafe.with(retries).get(() -> once(url, target, previous, progress));
    } catch (FailsafeException e) {
      if (e.getCause() instanceof InterruptedException ie) {
        throw ie;
      }
      if (e.getCause() instanceof Failure f) {
        throw new DownloadException(url, f.retryable
            ? f.getMessage() + " (gave up after " + config.attempts() + " attempts)" : f.getMessage(), f.getCause());
      }
      throw e;
    }
  }

  /** A failed attempt, retryable or not. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean retryable;

    Failure(String message, boolean retryable, Throwable cause) {
      super(message, cause);
      this.retryable = retryable;
    }
  }

  private Result once(URI url, Path target, Optional<DownloadState> previous, Progress progress)
      throws Failure, InterruptedException {
    HttpRequest.Builder rb = HttpRequest.newBuilder(url).GET()
        .header("User-Agent", "cordon/0.1 (sanctions list update)");
    previous.flatMap(DownloadState::etag).ifPresent(v -> rb.header("If-None-Match", v));
    previous.flatMap(DownloadState::lastModified).ifPresent(v -> rb.header("If-Modified-Since", v));
    AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    CompletableFuture<HttpResponse<Long>> future;
    try {
      future = client.sendAsync(rb.build(), info -> {
        lastActivity.set(System.nanoTime());
        if (info.statusCode() != 200) {
          return HttpResponse.BodySubscribers.replacing(-1L);
        }
        OptionalLong length = info.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > config.maxBytes()) {
          return HttpResponse.BodySubscribers.replacing(-2L); // refused below without reading the body
        }
        progress.start(target.getFileName().toString(), length.orElse(-1));
        return new FileSubscriber(target, length, config.maxBytes(), progress, lastActivity);
      });
    } catch (IllegalArgumentException e) {
      throw new Failure("invalid request: " + e.getMessage(), false, e);
    }
    HttpResponse<Long> resp = await(future, lastActivity);
    int status = resp.statusCode();
    if (status == 304) {
      return new NotModified();
    }
    if (status != 200) {
      boolean retry = status >= 500 || status == 429 || status == 408;
      throw new Failure("HTTP " + status, retry, null);
    }
    if (resp.body() == -2L) {
      throw new Failure("the file is larger than the size limit of " + config.maxBytes() + " bytes", false, null);
    }
    return new Fetched(target, resp.headers().firstValue("ETag"), resp.headers().firstValue("Last-Modified"),
        sha(target), resp.body());
  }

  /** Waits for the response, cancelling it when no byte arrived for the read timeout. */
  private HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> future, AtomicLong lastActivity)
      throws Failure, InterruptedException {
    long timeout = config.readTimeout().toNanos();
    while (true) {
      try {
        return future.get(Math.min(250, Math.max(1, timeout / 1_000_000)), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (System.nanoTime() - lastActivity.get() > timeout) {
          future.cancel(true);
          throw new Failure("timed out: nothing received for " + config.readTimeout().toMillis() + " ms", true, e);
        }
      } catch (CancellationException e) {
        throw new Failure("cancelled", true, e);
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof TooLarge) {
          throw new Failure(c.getMessage(), false, c);
        }
        if (c instanceof HttpTimeoutException) {
          throw new Failure("timed out: " + c.getMessage(), true, c);
        }
        if (c instanceof java.io.EOFException
            || (c instanceof IOException && String.valueOf(c.getMessage()).startsWith("fixed content-length"))) {
          throw new Failure("truncated: the connection closed before the whole body arrived ("
              + c.getMessage() + ")", true, c);
        }
        if (c instanceof java.net.ConnectException) {
          throw new Failure("cannot connect: " + c.getMessage(), true, c);
        }
        String msg = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        throw new Failure(msg, true, c); // I/O errors: connection reset, truncated body...
      } catch (InterruptedException e) {
        future.cancel(true);
        throw e;
      }
    }
  }

  private static String sha(Path file) throws Failure {
    try {
      return Sha256.hexOfFiles(List.of(file));
    } catch (IOException e) {
      throw new Failure("cannot read the downloaded file: " + e.getMessage(), false, e);
    }
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long max) {
      super("the file is larger than the size limit of " + max + " bytes");
    }
  }

  /** Writes the body to a file, counting bytes against the limit and Content-Length. */
  private static final class FileSubscriber implements HttpResponse.BodySubscriber<Long> {
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private final Path target;
    private final OptionalLong length;
    private final long max;
    private final Progress progress;
    private final AtomicLong lastActivity;
    private FileChannel out;
    private Flow.Subscription subscription;
    private long bytes;

    FileSubscriber(Path target, OptionalLong length, long max, Progress progress, AtomicLong lastActivity) {
      this.target = target;
      this.length = length;
      this.max = max;
      this.progress = progress;
      this.lastActivity = lastActivity;
    }

    @Override
    public CompletionStage<Long> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      try {
        out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException e) {
        s.cancel();
        result.completeExceptionally(e);
        return;
      }
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      lastActivity.set(System.nanoTime());
      try {
        for (ByteBuffer b : items) {
          int n = b.remaining();
          bytes += n;
          if (bytes > max) {
            throw new TooLarge(max);
          }
          while (b.hasRemaining()) {
            out.write(b);
          }
          progress.advance(n);
        }
        subscription.request(1);
      } catch (IOException e) {
        subscription.cancel();
        close();
        result.completeExceptionally(e);
      }
    }

    @Override
    public void onError(Throwable t) {
      close();
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      close();
      if (length.isPresent() && length.getAsLong() != bytes) {
        result.completeExceptionally(new IOException("truncated: received " + bytes
            + " of the " + length.getAsLong() + " bytes announced by Content-Length"));
      } else {
        progress.done();
        result.complete(bytes);
      }
    }

    private void close() {
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException ignored) {
        // the result already carries the failure that matters
      }
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
