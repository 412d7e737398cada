package io.cordon.screening.batch;

import java.time.Duration;

/**
 * Totals of a batch run.
 *
 * @param rows     input rows processed in this run (skipped rows of a resumed run not included)
 * @param screened rows screened
 * @param hits     rows with at least one match
 * @param errors   rows that could not be read or screened
 * @param skipped  rows skipped because a previous run had done them (--resume)
 * @param elapsed  wall time of this run
 */
public record BatchSummary(long rows, long screened, long hits, long errors, long skipped, Duration elapsed) {
  public double rowsPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : rows / s;
  }
}
