package io.cordon.catalog;

import io.cordon.model.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one JSON form of a snapshot and of a delta, written by {@code cordon sources --json},
 * {@code cordon diff --json} and {@code GET /v1/sources}, {@code /v1/sources/{source}/snapshots},
 * {@code /v1/sources/{source}/diff} (held equal by the app's {@code AlertJsonSameFormTest}).
 * Field names are the HTTP API's; every field either side had is kept.
 */
public final class CatalogJson {
  private CatalogJson() {}

  /**
   * {@code {id, source, format, published, effective, imported, targets, records, sha256, active}};
   * {@code published} is null when unknown, {@code effective} the date history queries count from.
   */
  public static Map<String, Object> snapshot(Snapshot s, boolean active) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("source", s.source());
    m.put("format", s.format());
    m.put("published", s.published().map(LocalDate::toString).orElse(null));
    m.put("effective", s.effectiveDate().toString());
    m.put("imported", s.imported().toString());
    m.put("targets", s.targets());
    m.put("records", s.records());
    m.put("sha256", s.sha256());
    m.put("active", active);
    return m;
  }

  /**
   * {@code {source, from, to, added, removed, changed}}: the two snapshots (with {@code active}
   * true for the one active now), the entities added and removed as {@code {id, schema, caption,
   * names}}, and the changed ones with the names of their changed {@code properties}. Only entities
   * {@code shown} accepts are listed.
   */
  public static Map<String, Object> delta(Delta d, String activeId, Predicate<Entity> shown) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", d.to().source());
    m.put("from", snapshot(d.from(), d.from().id().equals(activeId)));
    m.put("to", snapshot(d.to(), d.to().id().equals(activeId)));
    m.put("added", entities(d.added(), shown));
    m.put("removed", entities(d.removed(), shown));
    List<Map<String, Object>> changed = new ArrayList<>();
    for (Delta.Change c : d.changed()) {
      if (shown.test(c.after())) {
        Map<String, Object> e = entity(c.after());
        e.put("properties", c.properties());
        changed.add(e);
      }
    }
    m.put("changed", changed);
    return m;
  }

  private static List<Map<String, Object>> entities(List<Entity> list, Predicate<Entity> shown) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entity e : list) {
      if (shown.test(e)) {
        out.add(entity(e));
      }
    }
    return out;
  }

  private static Map<String, Object> entity(Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("schema", e.schema());
    m.put("caption", e.caption());
    m.put("names", e.names());
    return m;
  }
}
