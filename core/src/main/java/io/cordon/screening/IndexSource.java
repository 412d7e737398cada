package io.cordon.screening;

import io.cordon.index.IndexHolder;
import java.time.LocalDate;

/** Where the screener gets its index: the current lists, or the lists in force on a past date. */
public interface IndexSource {

  /** The index of the lists in force now; close the lease when done. */
  IndexHolder.Lease current();

  /**
   * The index of the list versions in force on {@code date}.
   *
   * @throws NoListsException when no list was in force on that date
   */
  IndexHolder.Lease asOf(LocalDate date);

  /** A source that only has the current index (no list history): as-of queries are refused. */
  static IndexSource of(IndexHolder holder) {
    return new IndexSource() {
      @Override
      public IndexHolder.Lease current() {
        if (!holder.ready()) {
          throw new NoListsException("no lists loaded: run `cordon import` first");
        }
        return holder.acquire();
      }

      @Override
      public IndexHolder.Lease asOf(LocalDate date) {
        throw new InvalidQueryException("asOf", "this screener has no list history (no catalog)");
      }
    };
  }
}
