package io.cordon.index;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The index in force, replaced atomically. A query takes a {@link Lease} and keeps using that index
 * until it closes the lease, even when a newer index is swapped in meanwhile; a replaced index is
 * closed when its last lease is returned. Queries never see a half-built index because an index is
 * only swapped in once built.
 */
public final class IndexHolder implements AutoCloseable {

  /** A use of one index; close it when the query is done. */
  public interface Lease extends AutoCloseable {
    CandidateIndex index();

    @Override
    void close();
  }

  private final AtomicReference<Ref> current = new AtomicReference<>();

  public IndexHolder() {}

  public IndexHolder(CandidateIndex initial) {
    swap(initial);
  }

  /** True once an index has been swapped in. */
  public boolean ready() {
    return current.get() != null;
  }

  /**
   * The index in force, leased until the returned lease is closed.
   *
   * @throws IllegalStateException when no index was ever swapped in, or the holder is closed
   */
  public Lease acquire() {
    while (true) {
      Ref r = current.get();
      if (r == null) {
        throw new IllegalStateException("no index loaded");
      }
      if (r.tryIncRef()) {
        return new OneLease(r);
      }
      // r was swapped out and closed between get() and tryIncRef(): read again.
    }
  }

  /** Puts {@code next} in force; the previous index is closed when its last lease is closed. */
  public void swap(CandidateIndex next) {
    Ref old = current.getAndSet(new Ref(next));
    if (old != null) {
      old.decRef();
    }
  }

  @Override
  public void close() {
    Ref old = current.getAndSet(null);
    if (old != null) {
      old.decRef();
    }
  }

  /** Closing twice returns the reference once. */
  private static final class OneLease implements Lease {
    private final Ref ref;
    private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

    OneLease(Ref ref) {
      this.ref = ref;
    }

    @Override
    public CandidateIndex index() {
      if (!open.get()) {
        throw new IllegalStateException("lease already closed");
      }
      return ref.index;
    }

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        ref.decRef();
      }
    }
  }

  private static final class Ref {
    private final CandidateIndex index;
    /** One for the holder, one per open lease. */
    private final AtomicInteger refs = new AtomicInteger(1);

    Ref(CandidateIndex index) {
      this.index = index;
    }

    boolean tryIncRef() {
      while (true) {
        int n = refs.get();
        if (n <= 0) {
          return false;
        }
        if (refs.compareAndSet(n, n + 1)) {
          return true;
        }
      }
    }

    void decRef() {
      if (refs.decrementAndGet() == 0) {
        index.close();
      }
    }
  }
}
