package io.cordon.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * An in-memory inverted index from name keys to items (parties of the book, or list entries), used
 * to find the few items worth scoring for a name. An item is a candidate when it shares at least
 * two keys with the name, or one key when either side has a single key or the key is rare (its
 * posting list at most a tenth of {@code frequentCap} long: a rare surname such as "Kilimnik" is
 * worth scoring even when the given name is spelt "Kostya").
 *
 * <p>Why not count every posting: keys such as "ooo", "ltd" or "ivan" occur in a large part of a
 * real book. Keys whose posting list is longer than {@code frequentCap} are "frequent": they are
 * never scanned for a rare-key candidate (only checked by binary search), and candidates sharing
 * only frequent keys are found by intersecting those posting lists. Cost per query is then bounded
 * by the rare postings plus the intersections, not by the book size.
 *
 * <p>Thread-safety: {@link #put} and {@link #remove} take the write lock; {@link #candidates} takes
 * the read lock, so queries may run in parallel.
 */
public final class NameIndex<T> {
  private final BiFunction<String, String, ? extends Collection<String>> keyFunction;
  private final Map<String, Postings> postings = new HashMap<>();
  private final List<T> items = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> ordinalById = new HashMap<>();
  private int[] keyCounts = new int[1024];
  private final int frequentCap;
  private final java.util.concurrent.locks.ReentrantReadWriteLock rw = new java.util.concurrent.locks.ReentrantReadWriteLock();

  /**
   * @param keyFunction (name, FtM schema) to the name's blocking keys
   * @param frequentCap posting length above which a key counts as frequent (see class comment)
   */
  public NameIndex(BiFunction<String, String, ? extends Collection<String>> keyFunction, int frequentCap) {
    if (frequentCap < 1) {
      throw new IllegalArgumentException("frequentCap must be positive, got " + frequentCap);
    }
    this.keyFunction = keyFunction;
    this.frequentCap = frequentCap;
  }

  /** Adds or replaces the item with this id. */
  public void put(String id, T item, String schema, Collection<String> names) {
    Set<String> keys = keysOf(schema, names);
    rw.writeLock().lock();
    try {
      Integer old = ordinalById.get(id);
      if (old != null) {
        items.set(old, null);
      }
      int ord = items.size();
      items.add(item);
      ids.add(id);
      ordinalById.put(id, ord);
      if (ord >= keyCounts.length) {
        keyCounts = Arrays.copyOf(keyCounts, keyCounts.length * 2);
      }
      keyCounts[ord] = keys.size();
      for (String k : keys) {
        postings.computeIfAbsent(k, x -> new Postings()).add(ord);
      }
    } finally {
      rw.writeLock().unlock();
    }
  }

  public void remove(String id) {
    rw.writeLock().lock();
    try {
      Integer old = ordinalById.remove(id);
      if (old != null) {
        items.set(old, null);
      }
    } finally {
      rw.writeLock().unlock();
    }
  }

  public int size() {
    rw.readLock().lock();
    try {
      return ordinalById.size();
    } finally {
      rw.readLock().unlock();
    }
  }

  private Set<String> keysOf(String schema, Collection<String> names) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    for (String n : names) {
      keys.addAll(keyFunction.apply(n, schema));
    }
    return keys;
  }

  /** Items sharing enough keys with any of the names, each once. */
  public List<T> candidates(String schema, Collection<String> names) {
    return candidatesForKeys(keySets(schema, names));
  }

  /** The keys of each name, as this index's key function gives them (to cache and query with later). */
  public List<Set<String>> keySets(String schema, Collection<String> names) {
    List<Set<String>> out = new ArrayList<>(names.size());
    for (String name : names) {
      out.add(Set.copyOf(keyFunction.apply(name, schema)));
    }
    return out;
  }

  /** {@link #candidates} with the keys of each name given (see {@link #keySets}). */
  public List<T> candidatesForKeys(List<Set<String>> keySets) {
    rw.readLock().lock();
    try {
      java.util.BitSet seen = new java.util.BitSet();
      List<T> out = new ArrayList<>();
      for (Set<String> keys : keySets) {
        collect(keys, seen, out);
      }
      return out;
    } finally {
      rw.readLock().unlock();
    }
  }

  private void collect(Set<String> keys, java.util.BitSet seen, List<T> out) {
    List<Postings> rare = new ArrayList<>();
    List<Postings> frequent = new ArrayList<>();
    for (String k : keys) {
      Postings p = postings.get(k);
      if (p != null) {
        (p.size <= frequentCap ? rare : frequent).add(p);
      }
    }
    int n = keys.size();
    if (n == 0) {
      return;
    }
    // Candidates through rare keys: count rare hits, then add frequent hits by binary search.
    Map<Integer, Integer> counts = new HashMap<>();
    int veryRare = frequentCap / 10;
    for (Postings p : rare) {
      int weight = p.size <= veryRare ? 2 : 1;
      for (int i = 0; i < p.size; i++) {
        counts.merge(p.ords[i], weight, Integer::sum);
      }
    }
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      int ord = e.getKey();
      int c = e.getValue();
      for (Postings f : frequent) {
        if (c >= 2) {
          break;
        }
        if (f.contains(ord)) {
          c++;
        }
      }
      accept(ord, c, n, seen, out);
    }
    // Candidates sharing only frequent keys: pairwise intersections (or the posting itself when the
    // name has a single key).
    if (n == 1 && frequent.size() == 1) {
      Postings f = frequent.get(0);
      for (int i = 0; i < f.size; i++) {
        accept(f.ords[i], 1, n, seen, out);
      }
    }
    for (int a = 0; a < frequent.size(); a++) {
      for (int b = a + 1; b < frequent.size(); b++) {
        Postings x = frequent.get(a);
        Postings y = frequent.get(b);
        int i = 0;
        int j = 0;
        while (i < x.size && j < y.size) {
          int u = x.ords[i];
          int v = y.ords[j];
          if (u == v) {
            accept(u, 2, n, seen, out);
            i++;
            j++;
          } else if (u < v) {
            i++;
          } else {
            j++;
          }
        }
      }
    }
    // Single-key items reached only through a frequent key are not scanned (see class comment).
  }

  private void accept(int ord, int shared, int queryKeys, java.util.BitSet seen, List<T> out) {
    int need = Math.min(2, Math.min(queryKeys, keyCounts[ord]));
    if (shared >= need && !seen.get(ord)) {
      T item = items.get(ord);
      if (item != null) {
        seen.set(ord);
        out.add(item);
      }
    }
  }

  /** A growable sorted array of ordinals (ordinals only grow, so appends keep it sorted). */
  private static final class Postings {
    int[] ords = new int[2];
    int size;

    void add(int ord) {
      if (size > 0 && ords[size - 1] == ord) {
        return;
      }
      if (size == ords.length) {
        ords = Arrays.copyOf(ords, size * 2);
      }
      ords[size++] = ord;
    }

    boolean contains(int ord) {
      return Arrays.binarySearch(ords, 0, size, ord) >= 0;
    }
  }
}
