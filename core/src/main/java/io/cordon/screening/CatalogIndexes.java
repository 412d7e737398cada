package io.cordon.screening;

import io.cordon.catalog.Catalog;
import io.cordon.catalog.Snapshot;
import io.cordon.index.CandidateIndex;
import io.cordon.index.lucene.IndexCache;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Indexes for the snapshots of a {@link Catalog}: the active snapshots of every source (current
 * screens) and the snapshots in force on a date (as-of screens). Each snapshot set's index is
 * opened from the {@link IndexCache} on disk, built there first when missing. Thread-safe.
 */
public final class CatalogIndexes implements IndexSource, AutoCloseable {

  private final Catalog catalog;
  private final IndexCache cache;
  private final IndexHolder current = new IndexHolder();
  /** As-of indexes by snapshot set; few distinct sets are ever asked for. */
  private final Map<Set<String>, IndexHolder> past = new ConcurrentHashMap<>();

  public CatalogIndexes(Catalog catalog, IndexCache cache) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  /**
   * Puts the index of the currently active snapshots in force (opening or building it). Call at
   * start-up and whenever a snapshot is committed; screens in flight finish on the previous index.
   *
   * @return the snapshot ids now in force
   */
  public synchronized Set<String> refresh() {
    List<Snapshot> active = new ArrayList<>();
    for (String source : catalog.sources()) {
      catalog.active(source).ifPresent(active::add);
    }
    if (active.isEmpty()) {
      throw new NoListsException("no lists imported yet: run `cordon import FILE` first");
    }
    Set<String> ids = ids(active);
    if (current.ready()) {
      try (IndexHolder.Lease l = current.acquire()) {
        if (l.index().snapshotIds().equals(ids)) {
          return ids;
        }
      }
    }
    current.swap(open(active));
    return ids;
  }

  @Override
  public IndexHolder.Lease current() {
    if (!current.ready()) {
      refresh();
    }
    return current.acquire();
  }

  @Override
  public IndexHolder.Lease asOf(LocalDate date) {
    List<Snapshot> inForce = new ArrayList<>();
    for (String source : catalog.sources()) {
      catalog.asOf(source, date).ifPresent(inForce::add);
    }
    if (inForce.isEmpty()) {
      throw new NoListsException("no list version was in force on " + date);
    }
    Set<String> ids = ids(inForce);
    return past.computeIfAbsent(ids, k -> new IndexHolder(open(inForce))).acquire();
  }

  /** The snapshots the current index covers (empty before the first screen or refresh). */
  public Set<String> currentSnapshotIds() {
    if (!current.ready()) {
      return Set.of();
    }
    try (IndexHolder.Lease l = current.acquire()) {
      return l.index().snapshotIds();
    }
  }

  private CandidateIndex open(List<Snapshot> snapshots) {
    return cache.openOrBuild(ids(snapshots), () -> {
      List<IndexInput> inputs = new ArrayList<>();
      for (Snapshot s : snapshots) {
        inputs.add(new IndexInput(s.id(), s.source(), catalog.entities(s.id())));
      }
      return inputs;
    });
  }

  private static Set<String> ids(List<Snapshot> snapshots) {
    Set<String> ids = new TreeSet<>();
    snapshots.forEach(s -> ids.add(s.id()));
    return Set.copyOf(ids);
  }

  @Override
  public void close() {
    current.close();
    past.values().forEach(IndexHolder::close);
  }
}
