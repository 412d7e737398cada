package io.cordon.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexHolderTest {

  /** A generation of the list: n entities all named "Smith", all from snapshot gen-N. */
  static CandidateIndex generation(int gen, int n) {
    List<Entity> es = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      es.add(Entity.builder("g" + gen + "-" + i, "Person").add(Prop.NAME, "John Smith " + i).dataset("d").build());
    }
    return LuceneIndexes.inMemory(List.of(new IndexInput("gen-" + gen, "d", es)), new PlainKeys());
  }

  /** Counts closes so the test can see an index is closed only once, after its last lease. */
  static final class Counting implements CandidateIndex {
    final CandidateIndex inner;
    final AtomicInteger closes = new AtomicInteger();

    Counting(CandidateIndex inner) {
      this.inner = inner;
    }

    @Override public Set<String> snapshotIds() { return inner.snapshotIds(); }
    @Override public int size() { return inner.size(); }
    @Override public List<Candidate> candidates(CandidateQuery q) { return inner.candidates(q); }
    @Override public void preload() { inner.preload(); }
    @Override public <T> T derived(Candidate c, java.util.function.Function<Entity, T> f) { return inner.derived(c, f); }
    @Override public void preload(java.util.function.Function<Entity, ?> f) { inner.preload(f); }
    @Override public void close() { closes.incrementAndGet(); inner.close(); }
  }

  @Test
  void leasedIndexOutlivesSwapAndIsClosedOnceAfterLastLease() {
    Counting a = new Counting(generation(1, 3));
    Counting b = new Counting(generation(2, 3));
    IndexHolder h = new IndexHolder(a);
    IndexHolder.Lease lease = h.acquire();
    h.swap(b);
    assertThat(a.closes).hasValue(0);
    assertThat(lease.index().candidates(new CandidateQuery("Person", List.of("Smith"), List.of(), Set.of(), 10)))
        .hasSize(3).allMatch(c -> c.snapshotId().equals("gen-1"));
    lease.close();
    lease.close();
    assertThat(a.closes).hasValue(1);
    try (IndexHolder.Lease l2 = h.acquire()) {
      assertThat(l2.index().snapshotIds()).containsExactly("gen-2");
    }
    h.close();
    assertThat(b.closes).hasValue(1);
    assertThatThrownBy(h::acquire).hasMessageContaining("no index");
  }

  @Test
  void queriesDuringSwapsSeeOneWholeIndex() throws Exception {
    int size = 40;
    IndexHolder h = new IndexHolder(generation(0, size));
    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    AtomicInteger queries = new AtomicInteger();
    int threads = 4;
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      Thread th = new Thread(() -> {
        try {
          while (!stop.get()) {
            try (IndexHolder.Lease l = h.acquire()) {
              List<Candidate> cs = l.index().candidates(
                  new CandidateQuery("Person", List.of("John Smith"), List.of(), Set.of(), 100));
              Set<String> snaps = new java.util.HashSet<>();
              cs.forEach(c -> snaps.add(c.snapshotId()));
              if (cs.size() != size || snaps.size() != 1) {
                problems.add(cs.size() + " candidates from " + snaps);
              }
              queries.incrementAndGet();
            }
          }
        } catch (RuntimeException e) {
          problems.add(e.toString());
        } finally {
          done.countDown();
        }
      }, "screen-" + t);
      th.start();
    }
    for (int gen = 1; gen <= 30; gen++) {
      h.swap(generation(gen, size));
      Thread.sleep(5);
    }
    stop.set(true);
    done.await();
    h.close();
    assertThat(problems).isEmpty();
    assertThat(queries.get()).isGreaterThan(30);
  }
}
