package io.cordon.http;

import java.time.Duration;
import java.util.List;

/**
 * Operational behaviour of the server, checked when built.
 *
 * @param corsOrigins       browser origins allowed to call the API ({@code *} for any); empty: no CORS headers
 * @param gzipMinBytes      responses at least this large are gzipped for clients that accept it; 0: never
 * @param shutdownGrace     how long a stop waits for requests in flight to finish
 * @param retryAfterSeconds {@code Retry-After} sent with 429 and 503 answers
 * @param accessLog         one log line per request (method, path, status, time, key, request id)
 */
public record HttpOptions(List<String> corsOrigins, int gzipMinBytes, Duration shutdownGrace, int retryAfterSeconds,
                          boolean accessLog) {
  public HttpOptions {
    corsOrigins = List.copyOf(corsOrigins);
    if (gzipMinBytes < 0) {
      throw new IllegalArgumentException("gzipMinBytes must not be negative, got " + gzipMinBytes);
    }
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative");
    }
    if (retryAfterSeconds < 1) {
      throw new IllegalArgumentException("retryAfterSeconds must be at least 1, got " + retryAfterSeconds);
    }
  }

  /** yente's gzip threshold (500 bytes), no CORS, 30 s grace, Retry-After 10 s, access log on. */
  public static HttpOptions defaults() {
    return new HttpOptions(List.of(), 500, Duration.ofSeconds(30), 10, true);
  }

  public HttpOptions withCorsOrigins(List<String> origins) {
    return new HttpOptions(origins, gzipMinBytes, shutdownGrace, retryAfterSeconds, accessLog);
  }

  public HttpOptions withAccessLog(boolean on) {
    return new HttpOptions(corsOrigins, gzipMinBytes, shutdownGrace, retryAfterSeconds, on);
  }
}
