package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.index.IndexInput;
import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The regulators' control test: every name and alias of every listed entity, used as a query,
 * finds its own entity at rank 1 with match=true (a tie at the top score counts as rank 1: several
 * entities may carry the identical name). OFAC SDN 2024 + non-SDN + UN + UK HMT 2018 in one index.
 */
@Tag("shared-data")
@Tag("slow")
class ControlTest {

  record Miss(String list, String id, String name, String why) {}

  @Test
  void everyListedNameFindsItsEntityAtRankOne() {
    String[] files = {SharedLists.OFAC_2024, SharedLists.OFAC_CONS, SharedLists.UN, SharedLists.UK_2018};
    Screener screener = SharedLists.screener(files);
    List<Object[]> queries = new ArrayList<>();
    for (String f : files) {
      IndexInput in = SharedLists.list(f);
      for (Entity e : in.entities()) {
        if (Schemata.isScreenable(e.schema())) {
          for (String n : e.names()) {
            queries.add(new Object[] {f, e, n});
          }
        }
      }
    }
    ConcurrentLinkedQueue<Miss> misses = new ConcurrentLinkedQueue<>();
    AtomicInteger done = new AtomicInteger();
    queries.parallelStream().forEach(q -> {
      Entity e = (Entity) q[1];
      String name = (String) q[2];
      // Name only, any kind of party: what a control test feeds a filter.
      ScreeningResponse r = screener.screen(new ScreeningQuery(MatchQuery.ofAnyKind(name), OptionalDouble.empty(),
          ScreeningQuery.MAX_LIMIT, Set.of(), Optional.empty()));
      done.incrementAndGet();
      String why = rankOne(r, e.id());
      if (why != null) {
        misses.add(new Miss((String) q[0], e.id(), name, why));
      }
    });
    int total = done.get();
    double rate = 100.0 * (total - misses.size()) / total;
    System.out.printf("control test: %d/%d names (%.3f%%) find their entity at rank 1 with match=true%n",
        total - misses.size(), total, rate);
    misses.stream().limit(40).forEach(m -> System.out.println("  miss " + m));
    assertThat(total).isGreaterThan(20_000);
    assertThat(misses).as("control test misses (%d of %d)", misses.size(), total).isEmpty();
  }

  /** Null when the entity is a match at the top score, else why not. */
  static String rankOne(ScreeningResponse r, String id) {
    if (r.results().isEmpty()) {
      return "no results (" + r.candidates() + " candidates)";
    }
    double top = r.results().get(0).score();
    for (int i = 0; i < r.results().size(); i++) {
      ScreeningResult x = r.results().get(i);
      // an entry grouped with the same party on another list comes back as one of its listings
      if (x.entity().id().equals(id) || x.listings().listings().stream().anyMatch(l -> l.entityId().equals(id))) {
        if (!x.match()) {
          return "found at score " + x.score() + " below threshold";
        }
        return x.score() >= top ? null : "rank " + (i + 1) + " score " + x.score() + " < top " + top + " "
            + r.results().get(0).entity().id();
      }
    }
    return "not in results (" + r.candidates() + " candidates, top " + r.results().get(0).entity().id() + " "
        + top + ")";
  }
}
