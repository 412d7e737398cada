package io.cordon.http;

import io.cordon.catalog.Catalog;
import io.cordon.catalog.Snapshot;
import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import io.cordon.screening.ScreeningJson.Seen;
import io.cordon.sources.ListFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The active snapshots of a {@link Catalog} as the HTTP layer sees them: source infos, entities by
 * id and the link records pointing at each entity. Built whole and swapped atomically on
 * {@link #refresh()}, so a request never sees a mix of two list versions.
 */
public final class CatalogListView implements ListView {

  private record State(Set<String> snapshotIds, List<SourceInfo> sources, Map<String, Entity> byId,
                       Map<String, List<Entity>> links, List<Entity> targets, Map<String, Seen> seen) {}

  private final Catalog catalog;
  private final AtomicReference<State> state = new AtomicReference<>(
      new State(Set.of(), List.of(), Map.of(), Map.of(), List.of(), Map.of()));

  public CatalogListView(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Reloads when the set of active snapshots changed; returns whether it did. */
  public synchronized boolean refresh() {
    List<Snapshot> active = new ArrayList<>();
    for (String s : catalog.sources()) {
      catalog.active(s).ifPresent(active::add);
    }
    Set<String> ids = new TreeSet<>();
    active.forEach(s -> ids.add(s.id()));
    if (ids.equals(state.get().snapshotIds())) {
      return false;
    }
    List<SourceInfo> infos = new ArrayList<>();
    Map<String, Entity> byId = new HashMap<>();
    Map<String, List<Entity>> links = new HashMap<>();
    List<Entity> targets = new ArrayList<>();
    Map<String, Seen> seen = new HashMap<>();
    for (Snapshot s : active) {
      List<Entity> entities = catalog.entities(s.id());
      seen.putAll(history(s, entities));
      boolean peps = false;
      for (Entity e : entities) {
        byId.putIfAbsent(e.id(), e);
        peps |= e.get("topics").contains("role.pep");
        FtmModel.SchemaSpec spec = FtmModel.get().require(e.schema());
        if (io.cordon.model.Schemata.isScreenable(e.schema())) {
          targets.add(e);
          continue;
        }
        e.properties().forEach((prop, values) -> {
          if (spec.property(prop).map(p -> p.type().equals("entity")).orElse(false)) {
            values.forEach(v -> links.computeIfAbsent(v, k -> new ArrayList<>()).add(e));
          }
        });
      }
      peps |= s.format().equals(ListFormat.SENZING_JSON.label());
      infos.add(new SourceInfo(s.source(), s.id(), s.format(), s.published(), s.imported(), s.targets(), s.records(),
          peps));
    }
    state.set(new State(Set.copyOf(ids), List.copyOf(infos), Map.copyOf(byId), Map.copyOf(links),
        List.copyOf(targets), Map.copyOf(seen)));
    return true;
  }

  /**
   * First-seen and last-change dates of the entities of {@code active}, from its source's history
   * up to it: an entity changed in a snapshot when its record differs from the one before.
   */
  private Map<String, Seen> history(Snapshot active, List<Entity> activeEntities) {
    Map<String, Entity> previous = Map.of();
    Map<String, LocalDate> first = new HashMap<>();
    Map<String, LocalDate> changed = new HashMap<>();
    for (Snapshot s : catalog.snapshots(active.source())) {
      LocalDate day = s.effectiveDate();
      Map<String, Entity> now = new HashMap<>();
      for (Entity e : s.id().equals(active.id()) ? activeEntities : catalog.entities(s.id())) {
        now.put(e.id(), e);
        first.putIfAbsent(e.id(), day);
        if (!e.equals(previous.get(e.id()))) {
          changed.put(e.id(), day);
        }
      }
      previous = now;
      if (s.id().equals(active.id())) {
        break;
      }
    }
    Map<String, Seen> out = new HashMap<>();
    LocalDate last = active.effectiveDate();
    for (String id : previous.keySet()) {
      out.put(id, new Seen(first.get(id), last, changed.get(id)));
    }
    return out;
  }

  @Override
  public List<SourceInfo> sources() {
    return state.get().sources();
  }

  @Override
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(state.get().byId().get(id));
  }

  @Override
  public List<Entity> targets() {
    return state.get().targets();
  }

  @Override
  public Optional<Seen> seen(String id) {
    return Optional.ofNullable(state.get().seen().get(id));
  }

  @Override
  public List<Entity> linksTo(String id) {
    return state.get().links().getOrDefault(id, List.of());
  }
}
