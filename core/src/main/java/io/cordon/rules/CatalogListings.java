package io.cordon.rules;

import io.cordon.catalog.Catalog;
import io.cordon.catalog.Snapshot;
import io.cordon.model.Entity;
import io.cordon.rules.policy.ScreeningPolicy;
import io.cordon.rules.policy.SourceInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link Listings} a trade check runs on, read from the catalog: for each source the policy
 * selects, its active snapshot (or the one in force on an as-of date), with every entity tagged with
 * its source name (the policy acts on source names).
 *
 * @param listings    the entities, indexed
 * @param snapshotIds the list versions used, for the audit trail
 * @param sources     the selected source names
 * @param missing     sources the policy names that the catalog has no snapshot of (in force on the
 *                    date): rules acting on their entries cannot fire, so callers should say so
 */
public record CatalogListings(Listings listings, List<String> snapshotIds, Set<String> sources, List<String> missing) {
  public CatalogListings {
    snapshotIds = List.copyOf(snapshotIds);
    sources = Set.copyOf(sources);
    missing = List.copyOf(missing);
  }

  /** @param asOf null for the active snapshots */
  public static CatalogListings load(Catalog catalog, ScreeningPolicy policy, LocalDate asOf) {
    List<Entity> all = new ArrayList<>();
    List<SourceInfo> infos = new ArrayList<>();
    List<String> used = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (String src : catalog.sources()) {
      Optional<Snapshot> snap = asOf == null ? catalog.active(src) : catalog.asOf(src, asOf);
      if (snap.isEmpty()) {
        continue;
      }
      SourceInfo info = SourceInfo.of(src, snap.get().format());
      if (!policy.selects(info)) {
        continue;
      }
      infos.add(info);
      names.add(src);
      used.add(snap.get().id());
      for (Entity e : catalog.entities(snap.get().id())) {
        all.add(e.datasets().contains(src) ? e : e.toBuilder().dataset(src).build());
      }
    }
    List<String> missing = policy.namedSources().stream().filter(n -> !names.contains(n)).toList();
    return new CatalogListings(Listings.of(all, infos), used, names, missing);
  }
}
