package io.cordon.rules.ownership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * OFAC's 50 percent rule (FAQ 401): an entity is blocked when one or more blocked persons own,
 * directly or indirectly, 50% or more of it in aggregate. "Indirectly" counts only through entities
 * that are themselves blocked, so the computation is a fixpoint: start from the listed persons, add
 * every entity whose blocked owners hold at least the threshold, repeat until nothing changes.
 *
 * <p>Cycles (A owns B owns A) need no special case: the blocked set only grows and is bounded by the
 * number of entities, so the iteration ends. Shares are those of the graph given; call it with
 * {@link OwnershipGraph#on(java.time.LocalDate)} to use the holdings in force on a date with
 * duplicates collapsed.
 */
public final class BlockedOwnership {
  private final OwnershipGraph graph;
  private final double threshold;
  private final Set<String> listed;
  // round in which each entity became blocked; listed entities appear only when they own something
  // in the graph, so that a check costs in proportion to the graph, not to the size of the lists
  private final Map<String, Integer> round = new HashMap<>();

  private BlockedOwnership(OwnershipGraph graph, Collection<String> listed, double threshold) {
    this.graph = graph;
    this.threshold = threshold;
    this.listed = listed instanceof Set<String> s ? s : Set.copyOf(listed);
    for (OwnershipLink l : graph.links()) {
      if (this.listed.contains(l.owner())) {
        round.put(l.owner(), 0);
      }
    }
    run();
  }

  /** The OFAC rule: 50% or more in aggregate. */
  public static BlockedOwnership compute(OwnershipGraph graph, Collection<String> listed) {
    return compute(graph, listed, 50.0);
  }

  /** With another threshold (inclusive, in percent); it must lie in (0, 100]. */
  public static BlockedOwnership compute(OwnershipGraph graph, Collection<String> listed, double threshold) {
    if (!(threshold > 0 && threshold <= 100)) {
      throw new IllegalArgumentException("ownership threshold must be in (0, 100], got " + threshold);
    }
    return new BlockedOwnership(graph, listed, threshold);
  }

  // Tolerates binary noise in sums such as 25.1 + 24.9.
  private static final double EPS = 1e-9;

  private void run() {
    for (int r = 1; ; r++) {
      // Owners count only if blocked in an earlier round: that keeps every path finite and
      // makes the rounds a readable "distance from a listed person".
      Set<String> before = Set.copyOf(round.keySet());
      List<String> added = new ArrayList<>();
      for (String asset : graph.assets()) {
        if (!round.containsKey(asset) && !listed.contains(asset) && share(asset, before) + EPS >= threshold) {
          added.add(asset);
        }
      }
      if (added.isEmpty()) {
        return;
      }
      for (String a : added) {
        round.put(a, r);
      }
    }
  }

  private double share(String asset, Set<String> blocked) {
    double sum = 0;
    for (OwnershipLink l : graph.ownersOf(asset)) {
      if (l.percentage() != null && blocked.contains(l.owner())) {
        sum += l.percentage();
      }
    }
    return sum;
  }

  public boolean isBlocked(String id) {
    return listed.contains(id) || round.containsKey(id);
  }

  /** All blocked ids, listed and derived, sorted. */
  public Set<String> blocked() {
    Set<String> out = new TreeSet<>(listed);
    out.addAll(round.keySet());
    return out;
  }

  /** Entities blocked through ownership only, sorted. */
  public Set<String> blockedByOwnership() {
    Set<String> out = new TreeSet<>();
    round.forEach((id, r) -> {
      if (r > 0) {
        out.add(id);
      }
    });
    return out;
  }

  /** The finding for {@code id}, with the paths that make it blocked. */
  public OwnershipStatus status(String id) {
    Integer r = listed.contains(id) ? Integer.valueOf(0) : round.get(id);
    List<OwnershipStep> owners = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    double sum = 0;
    for (OwnershipLink l : graph.ownersOf(id)) {
      // for a blocked entity only the owners that were blocked first explain it
      Integer or = round.get(l.owner());
      if (or == null || (r != null && r > 0 && or >= r)) {
        continue;
      }
      if (l.percentage() == null) {
        unknown.add(l.owner());
        continue;
      }
      owners.add(new OwnershipStep(l.owner(), l.asset(), l.percentage(), l.source()));
      sum += l.percentage();
    }
    boolean direct = r != null && r == 0;
    List<OwnershipPath> paths = direct || r == null ? List.of() : paths(id, 0);
    return new OwnershipStatus(id, direct, r != null, sum, owners, paths, unknown, r == null ? -1 : r);
  }

  // Paths never get longer than the entity's round; the cap guards against pathological fan-out.
  private static final int MAX_PATHS = 64;

  private List<OwnershipPath> paths(String id, int depth) {
    int r = round.get(id);
    List<OwnershipPath> out = new ArrayList<>();
    for (OwnershipLink l : graph.ownersOf(id)) {
      Integer or = round.get(l.owner());
      if (or == null || or >= r || l.percentage() == null) {
        continue;
      }
      OwnershipStep step = new OwnershipStep(l.owner(), id, l.percentage(), l.source());
      if (or == 0) {
        out.add(new OwnershipPath(List.of(step)));
      } else {
        for (OwnershipPath p : paths(l.owner(), depth + 1)) {
          List<OwnershipStep> s = new ArrayList<>(p.steps());
          s.add(step);
          out.add(new OwnershipPath(s));
          if (out.size() >= MAX_PATHS) {
            return out;
          }
        }
      }
      if (out.size() >= MAX_PATHS) {
        return out;
      }
    }
    return out;
  }
}
