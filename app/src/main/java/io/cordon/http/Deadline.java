package io.cordon.http;

import java.time.Duration;

/**
 * The time one request may take, checked between the queries of a multi-query request (yente
 * {@code /match}, {@code /v1/screen/batch}): a request that runs over stops with a 503 naming how
 * far it got, instead of holding a server thread for minutes. Single queries are bounded by the
 * query limits instead (see {@code QueryLimits}).
 */
final class Deadline {
  /** Default budget of one request. */
  static final Duration DEFAULT = Duration.ofSeconds(20);

  private final Duration budget;
  private final long start;

  private Deadline(Duration budget) {
    this.budget = budget;
    this.start = System.nanoTime();
  }

  static Deadline start(Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("request deadline must be positive, got " + budget);
    }
    return new Deadline(budget);
  }

  /** Throws a 503 when the budget is spent; {@code done} of {@code total} items were answered. */
  void check(int done, int total) {
    if (System.nanoTime() - start > budget.toNanos()) {
      throw new ApiException(503, "request exceeded its time budget of " + budget.toMillis() + " ms after "
          + done + " of " + total + " queries; send fewer queries per request");
    }
  }
}
