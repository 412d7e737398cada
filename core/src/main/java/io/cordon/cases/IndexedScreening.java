package io.cordon.cases;

import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Screens parties against a fixed set of list entries with a {@link NameIndex} for candidates and a
 * {@link Scorer} for scores. Used as the full-rescreen baseline of the re-screening benchmark and
 * in tests that need no index.
 */
public final class IndexedScreening implements PartyScreening {
  private final NameIndex<Entity> index;
  private final Scorer scorer;
  private final List<String> snapshotIds;

  public IndexedScreening(Iterable<Entity> entities, Scorer scorer, List<String> snapshotIds, int frequentCap) {
    this.index = new NameIndex<>(BlockingKeys.ANALYZED, frequentCap);
    for (Entity e : entities) {
      if (screenable(e)) {
        index.put(e.id(), e, e.schema(), e.names());
      }
    }
    this.scorer = scorer;
    this.snapshotIds = List.copyOf(snapshotIds);
  }

  /** Targets worth screening: things with a strong name (not Sanction or Ownership link records). */
  static boolean screenable(Entity e) {
    return !e.names().isEmpty() && e.isA("Thing");
  }

  @Override
  public List<Hit> screen(Party party) {
    List<Hit> hits = new ArrayList<>();
    var query = party.toQuery();
    for (Entity e : index.candidates(party.schema(), party.names())) {
      MatchResult r = scorer.score(query, e);
      hits.add(new Hit(e, r.score(), r.explanations(), snapshotIds));
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed());
    return hits;
  }
}
