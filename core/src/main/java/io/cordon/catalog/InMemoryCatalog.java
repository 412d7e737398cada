package io.cordon.catalog;

import io.cordon.model.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/** A catalog held in memory, for tests and one-shot tools. Thread-safe (all methods synchronized). */
public final class InMemoryCatalog implements CatalogStore {
  private final Map<String, Snapshot> snapshots = new HashMap<>();
  private final Map<String, List<Entity>> entities = new HashMap<>();
  private final Map<String, String> active = new TreeMap<>();

  @Override
  public synchronized CommitOutcome commit(Snapshot snapshot, List<Entity> list) {
    if (snapshots.containsKey(snapshot.id())) {
      return CommitOutcome.UNCHANGED;
    }
    snapshots.put(snapshot.id(), snapshot);
    entities.put(snapshot.id(), List.copyOf(list));
    Snapshot current = active(snapshot.source()).orElse(null);
    if (current == null || SnapshotOrder.CHRONOLOGICAL.compare(snapshot, current) > 0) {
      active.put(snapshot.source(), snapshot.id());
      return CommitOutcome.ACTIVE;
    }
    return CommitOutcome.HISTORY;
  }

  @Override
  public synchronized List<String> sources() {
    return List.copyOf(active.keySet());
  }

  @Override
  public synchronized Optional<Snapshot> active(String source) {
    return Optional.ofNullable(active.get(source)).map(snapshots::get);
  }

  @Override
  public synchronized List<Snapshot> snapshots(String source) {
    List<Snapshot> out = new ArrayList<>();
    for (Snapshot s : snapshots.values()) {
      if (s.source().equals(source)) {
        out.add(s);
      }
    }
    out.sort(SnapshotOrder.CHRONOLOGICAL);
    return out;
  }

  @Override
  public synchronized Optional<Snapshot> snapshot(String snapshotId) {
    return Optional.ofNullable(snapshots.get(snapshotId));
  }

  @Override
  public synchronized Optional<Snapshot> asOf(String source, LocalDate date) {
    return SnapshotOrder.asOf(snapshots(source), date);
  }

  @Override
  public synchronized List<Entity> entities(String snapshotId) {
    List<Entity> list = entities.get(snapshotId);
    if (list == null) {
      throw new NoSuchElementException("no snapshot " + snapshotId);
    }
    return list;
  }
}
