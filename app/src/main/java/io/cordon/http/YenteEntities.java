package io.cordon.http;

import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import io.cordon.screening.ScreeningJson;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /entities/{id}} and {@code /entities/{id}/adjacent[/{prop}]} as yente answers them.
 * With {@code nested} (the default) references become entity objects one edge away, including the
 * link records pointing at the entity under their reverse property (a Sanction under
 * {@code sanctions}) with their far side nested too; without it, values stay ids and reverse
 * properties are absent. A referent id redirects (308) to its canonical entity.
 */
final class YenteEntities {
  private final ListView lists;

  YenteEntities(ListView lists) {
    this.lists = lists;
  }

  void entity(Context ctx) {
    RequestCheck check = new RequestCheck(ctx);
    boolean nested = check.bool("nested", true);
    check.done();
    Entity e = find(ctx, "");
    if (e == null) {
      return;
    }
    ctx.json(nested ? nested(e) : view(e));
  }

  void adjacent(Context ctx) {
    Paging p = paging(ctx);
    Entity e = find(ctx, "/adjacent");
    if (e == null) {
      return;
    }
    Map<String, Object> adjacent = new LinkedHashMap<>();
    edges(e).forEach((prop, values) -> adjacent.put(prop, page(values, p)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entity", view(e));
    out.put("adjacent", adjacent);
    ctx.json(out);
  }

  void adjacentProperty(Context ctx) {
    Paging p = paging(ctx);
    String prop = ctx.pathParam("prop");
    Entity e = find(ctx, "/adjacent/" + prop);
    if (e == null) {
      return;
    }
    Map<String, List<Object>> edges = edges(e);
    boolean entityProp = FtmModel.get().require(e.schema()).property(prop).map(x -> x.type().equals("entity"))
        .orElse(false);
    if (!edges.containsKey(prop) && !entityProp && !REVERSE.contains(prop)) {
      throw ApiException.notFound("No such property!");
    }
    ctx.json(page(edges.getOrDefault(prop, List.of()), p));
  }

  private record Paging(int limit, int offset) {}

  private static Paging paging(Context ctx) {
    RequestCheck check = new RequestCheck(ctx);
    int limit = check.integer("limit", 10, YenteMatch.MAX_LIMIT);
    int offset = check.integer("offset", 0, YenteSearch.MAX_OFFSET);
    check.list("sort", null);
    check.done();
    return new Paging(Math.max(0, limit), Math.max(0, offset));
  }

  private static Map<String, Object> page(List<Object> values, Paging p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("results", values.stream().skip(p.offset()).limit(p.limit()).toList());
    m.put("total", Map.of("value", values.size(), "relation", "eq"));
    m.put("limit", p.limit());
    m.put("offset", p.offset());
    return m;
  }

  /** The entity, or null after answering a redirect; 404 {@code No such entity!} when unknown. */
  private Entity find(Context ctx, String suffix) {
    String id = ctx.pathParam("id");
    Optional<Entity> e = lists.entity(id);
    if (e.isPresent()) {
      return e.get();
    }
    Optional<String> canonical = lists.canonicalId(id);
    if (canonical.isPresent()) {
      ctx.status(308).header("Location", "/entities/" + canonical.get() + suffix);
      return null;
    }
    throw ApiException.notFound("No such entity!");
  }

  private Map<String, Object> view(Entity e) {
    return ScreeningJson.entity(e, lists.seen(e.id()));
  }

  /** Everything one edge away by property: forward references, then link records by reverse property. */
  private Map<String, List<Object>> edges(Entity e) {
    Map<String, List<Object>> out = new LinkedHashMap<>();
    FtmModel.SchemaSpec spec = FtmModel.get().require(e.schema());
    e.properties().forEach((prop, values) -> {
      if (spec.property(prop).map(p -> p.type().equals("entity")).orElse(false)) {
        for (String v : values) {
          lists.entity(v).ifPresent(x -> out.computeIfAbsent(prop, k -> new ArrayList<>()).add(farSide(x, Set.of(e.id()))));
        }
      }
    });
    for (Entity link : lists.linksTo(e.id())) {
      out.computeIfAbsent(reverseProperty(link, e.id()), k -> new ArrayList<>()).add(farSide(link, Set.of(e.id())));
    }
    return out;
  }

  private Map<String, Object> nested(Entity e) {
    Map<String, Object> view = view(e);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) view.get("properties");
    edges(e).forEach((prop, values) -> {
      List<Object> merged = new ArrayList<>(values);
      // A reference to an entity Cordon does not have stays an id.
      Object own = props.get(prop);
      if (own instanceof List<?> ids) {
        for (Object id : ids) {
          if (lists.entity(String.valueOf(id)).isEmpty()) {
            merged.add(id);
          }
        }
      }
      props.put(prop, merged);
    });
    return view;
  }

  /**
   * A neighbour as yente nests it: its references back to {@code path} dropped, and, for a link
   * record (Sanction, Ownership...), the entities on its far side nested in turn.
   */
  private Map<String, Object> farSide(Entity x, Set<String> path) {
    Map<String, Object> view = view(x);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) view.get("properties");
    FtmModel.SchemaSpec spec = FtmModel.get().require(x.schema());
    boolean link = !io.cordon.model.Schemata.isScreenable(x.schema());
    for (Map.Entry<String, List<String>> p : x.properties().entrySet()) {
      if (!spec.property(p.getKey()).map(s -> s.type().equals("entity")).orElse(false)) {
        continue;
      }
      List<Object> values = new ArrayList<>();
      for (String v : p.getValue()) {
        if (path.contains(v)) {
          continue;
        }
        Optional<Entity> far = link ? lists.entity(v) : Optional.empty();
        values.add(far.isPresent() ? view(far.get()) : v);
      }
      if (values.isEmpty()) {
        props.remove(p.getKey());
      } else {
        props.put(p.getKey(), values);
      }
    }
    return view;
  }

  /** Reverse property names a link record can be nested under. */
  static final Set<String> REVERSE = Set.of("sanctions", "ownershipOwner", "ownershipAsset", "familyPerson",
      "familyRelative", "associates", "associations", "directorshipDirector", "directorshipOrganization",
      "unknownLinkSubject", "unknownLinkObject", "identification", "addressEntity", "membershipMember",
      "membershipOrganization", "employers", "employees", "positionOccupancies", "notes");

  /** The FtM reverse property under which yente nests a link record in the entity it points at. */
  static String reverseProperty(Entity link, String id) {
    return switch (link.schema()) {
      case "Sanction" -> "sanctions";
      case "Ownership" -> id.equals(link.first("owner")) ? "ownershipOwner" : "ownershipAsset";
      case "Family" -> id.equals(link.first("person")) ? "familyPerson" : "familyRelative";
      case "Associate" -> id.equals(link.first("person")) ? "associates" : "associations";
      case "Directorship" -> id.equals(link.first("director")) ? "directorshipDirector" : "directorshipOrganization";
      case "Membership" -> id.equals(link.first("member")) ? "membershipMember" : "membershipOrganization";
      case "UnknownLink" -> id.equals(link.first("subject")) ? "unknownLinkSubject" : "unknownLinkObject";
      case "Identification", "Passport" -> "identification";
      case "Address" -> "addressEntity";
      default -> Character.toLowerCase(link.schema().charAt(0)) + link.schema().substring(1) + "s";
    };
  }
}
