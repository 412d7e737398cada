package io.cordon.catalog;

import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges entities that several sources publish under the same id (e.g. {@code ofac-31455} in the
 * OFAC list and in a custom list built from it), as FtM does: one entity, the union of the values,
 * the union of the datasets, the more specific schema. Used when exporting several sources into
 * one FtM stream, where an id must occur once.
 */
public final class Merge {
  private Merge() {}

  /**
   * The two entities as one, or empty when their schemata are unrelated (a Person and a Company
   * under one id cannot be one entity).
   */
  public static Optional<Entity> of(Entity a, Entity b) {
    if (!a.id().equals(b.id())) {
      throw new IllegalArgumentException("cannot merge " + a.id() + " with " + b.id());
    }
    String schema;
    if (a.schema().equals(b.schema()) || isA(a.schema(), b.schema())) {
      schema = a.schema();
    } else if (isA(b.schema(), a.schema())) {
      schema = b.schema();
    } else {
      return Optional.empty();
    }
    Map<String, List<String>> props = new LinkedHashMap<>();
    for (Entity e : List.of(a, b)) {
      e.properties().forEach((k, vs) -> {
        LinkedHashSet<String> merged = new LinkedHashSet<>(props.getOrDefault(k, List.of()));
        merged.addAll(vs);
        props.put(k, new ArrayList<>(merged));
      });
    }
    Set<String> datasets = new TreeSet<>(a.datasets());
    datasets.addAll(b.datasets());
    return Optional.of(new Entity(a.id(), schema, props, datasets));
  }

  private static boolean isA(String schema, String other) {
    return FtmModel.get().require(schema).isA(other);
  }

  /** What merging a stream of entities gave: one entity per id, and the ids that could not be merged. */
  public record Result(Collection<Entity> entities, List<String> conflicts) {}

  /**
   * Merges entities by id, keeping the order of first appearance. An entity whose schema conflicts
   * with the one already kept for its id is left out and its id reported.
   */
  public static Result all(Iterable<Entity> entities) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    List<String> conflicts = new ArrayList<>();
    for (Entity e : entities) {
      Entity kept = byId.get(e.id());
      if (kept == null) {
        byId.put(e.id(), e);
      } else {
        Optional<Entity> m = of(kept, e);
        if (m.isPresent()) {
          byId.put(e.id(), m.get());
        } else {
          conflicts.add(e.id() + " (" + kept.schema() + " in " + kept.datasets() + ", " + e.schema() + " in "
              + e.datasets() + ")");
        }
      }
    }
    return new Result(byId.values(), conflicts);
  }
}
