package io.cordon.catalog;

import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changed from one snapshot of a source to another: entities added, removed, and changed with
 * the names of the properties whose values differ ({@code schema} when the schema changed). Entities
 * are matched by id; link records (Sanction, Ownership...) are compared like targets.
 *
 * @param from    the older snapshot
 * @param to      the newer snapshot
 * @param added   entities in {@code to} only, in {@code to}'s order
 * @param removed entities in {@code from} only, in {@code from}'s order
 * @param changed entities in both whose content differs, in {@code to}'s order
 */
public record Delta(Snapshot from, Snapshot to, List<Entity> added, List<Entity> removed, List<Change> changed) {

  /** One entity present in both snapshots with different content. */
  public record Change(Entity before, Entity after, List<String> properties) {
    public String id() {
      return after.id();
    }
  }

  public Delta {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** The delta between two snapshots of a catalog. */
  public static Delta between(Catalog catalog, Snapshot from, Snapshot to) {
    return compute(from, catalog.entities(from.id()), to, catalog.entities(to.id()));
  }

  /** Compares two entity lists. Linear in their size. */
  public static Delta compute(Snapshot from, List<Entity> before, Snapshot to, List<Entity> after) {
    Map<String, Entity> old = new HashMap<>(before.size() * 2);
    for (Entity e : before) {
      old.put(e.id(), e);
    }
    List<Entity> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Entity e : after) {
      Entity o = old.remove(e.id());
      if (o == null) {
        added.add(e);
      } else {
        List<String> props = changedProperties(o, e);
        if (!props.isEmpty()) {
          changed.add(new Change(o, e, props));
        }
      }
    }
    List<Entity> removed = new ArrayList<>();
    for (Entity e : before) {
      if (old.containsKey(e.id())) {
        removed.add(e);
      }
    }
    return new Delta(from, to, added, removed, changed);
  }

  /** Property names whose values differ (order of values ignored), sorted; "schema" first when it differs. */
  static List<String> changedProperties(Entity a, Entity b) {
    List<String> out = new ArrayList<>();
    if (!a.schema().equals(b.schema())) {
      out.add("schema");
    }
    TreeSet<String> names = new TreeSet<>(a.properties().keySet());
    names.addAll(b.properties().keySet());
    for (String p : names) {
      List<String> va = a.get(p);
      List<String> vb = b.get(p);
      if (!va.equals(vb) && !(va.size() == vb.size() && new TreeSet<>(va).equals(new TreeSet<>(vb)))) {
        out.add(p);
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /** Added entities that are screening targets (not link records). */
  public List<Entity> addedTargets() {
    return added.stream().filter(e -> Schemata.isScreenable(e.schema())).toList();
  }

  /** Removed entities that are screening targets (not link records). */
  public List<Entity> removedTargets() {
    return removed.stream().filter(e -> Schemata.isScreenable(e.schema())).toList();
  }

  /** Changed entities that are screening targets (not link records). */
  public List<Change> changedTargets() {
    return changed.stream().filter(c -> Schemata.isScreenable(c.after().schema())).toList();
  }

  @Override
  public String toString() {
    return "Delta[" + from.id() + " -> " + to.id() + ": +" + added.size() + " -" + removed.size()
        + " ~" + changed.size() + "]";
  }
}
