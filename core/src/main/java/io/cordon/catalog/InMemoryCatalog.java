package io.cordon.catalog;

import io.cordon.model.Entity;
import java.time.Instant;
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
  private final List<Activation> activations = new ArrayList<>();

  @Override
  public synchronized CommitOutcome commit(Snapshot snapshot, List<Entity> list, String reason) {
    if (snapshots.containsKey(snapshot.id())) {
      return CommitOutcome.UNCHANGED;
    }
    snapshots.put(snapshot.id(), snapshot);
    entities.put(snapshot.id(), List.copyOf(list));
    Snapshot current = active(snapshot.source()).orElse(null);
    if (current == null || SnapshotOrder.CHRONOLOGICAL.compare(snapshot, current) > 0) {
      point(snapshot, reason, snapshot.imported());
      return CommitOutcome.ACTIVE;
    }
    return CommitOutcome.HISTORY;
  }

  @Override
  public synchronized Optional<Activation> activate(String snapshotId, String reason, Instant at) {
    Snapshot s = snapshot(snapshotId).orElseThrow(() -> new NoSuchElementException("no snapshot " + snapshotId));
    if (snapshotId.equals(active.get(s.source()))) {
      return Optional.empty();
    }
    return Optional.of(point(s, reason, at));
  }

  @Override
  public synchronized Activation requestRescreen(String source, Instant at) {
    Snapshot s = active(source).orElseThrow(() -> new NoSuchElementException("no active list for source " + source));
    Activation a = new Activation(activations.size() + 1L, source, s.id(), Optional.empty(), "rescreen", at,
        Optional.empty());
    activations.add(a);
    return a;
  }

  private Activation point(Snapshot s, String reason, Instant at) {
    Optional<String> previous = Optional.ofNullable(active.put(s.source(), s.id()));
    Activation a = new Activation(activations.size() + 1L, s.source(), s.id(), previous, reason, at, Optional.empty());
    activations.add(a);
    return a;
  }

  @Override
  public synchronized List<Activation> pendingRescreens() {
    return activations.stream().filter(Activation::pending).toList();
  }

  @Override
  public synchronized Optional<Activation> lastActivation(String source) {
    Activation last = null;
    for (Activation a : activations) {
      if (a.source().equals(source) && !a.reason().equals("rescreen")) {
        last = a;
      }
    }
    return Optional.ofNullable(last);
  }

  @Override
  public synchronized void rescreened(long seq, Instant at) {
    Activation a = activations.get((int) seq - 1);
    activations.set((int) seq - 1, new Activation(a.seq(), a.source(), a.snapshotId(), a.previousId(), a.reason(),
        a.at(), Optional.of(at)));
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
