package io.cordon.rules;

import io.cordon.model.Entity;
import io.cordon.model.Identifiers;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import io.cordon.rules.ownership.OwnershipGraph;
import io.cordon.rules.ownership.OwnershipLink;
import io.cordon.rules.policy.SourceInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities a check runs against: the list entries of the selected sources (targets and their
 * Sanction and Ownership link records), indexed by id and identifier, plus the ownership graph.
 * Immutable; build one per set of active snapshots and reuse it across checks.
 */
public final class Listings {
  private final Map<String, Entity> byId = new LinkedHashMap<>();
  private final Map<String, List<Entity>> sanctions = new HashMap<>();
  private final Map<String, List<String>> byIdentifier = new HashMap<>();
  private final Map<String, SourceInfo> sources;
  private final OwnershipGraph ownership;

  private Listings(Collection<Entity> entities, Map<String, SourceInfo> sources, List<OwnershipLink> extra) {
    for (Entity e : entities) {
      if (Schemata.SANCTION.equals(e.schema())) {
        for (String target : e.get(Prop.ENTITY)) {
          sanctions.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
        }
      } else if (Schemata.isScreenable(e.schema())) {
        // One OFAC entry can be on the SDN and the consolidated list under the same id: one party.
        byId.merge(e.id(), e, Listings::merge);
      }
    }
    for (Entity e : byId.values()) {
      for (String v : Identifiers.values(e)) {
        for (String key : Identifiers.keys(v)) {
          byIdentifier.computeIfAbsent(key, k -> new ArrayList<>()).add(e.id());
        }
      }
    }
    Map<String, SourceInfo> known = new LinkedHashMap<>(sources);
    for (Entity e : entities) {
      for (String d : e.datasets()) {
        known.putIfAbsent(d, new SourceInfo(d, false));
      }
    }
    this.sources = java.util.Collections.unmodifiableMap(known);
    this.ownership = OwnershipGraph.fromEntities(entities).with(extra);
  }

  /** Entities of any schema; datasets not described in {@code sources} count as official (not custom) lists. */
  public static Listings of(Collection<Entity> entities, Collection<SourceInfo> sources) {
    Map<String, SourceInfo> m = new LinkedHashMap<>();
    sources.forEach(s -> m.put(s.name(), s));
    return new Listings(entities, m, List.of());
  }

  public static Listings of(Collection<Entity> entities) {
    return of(entities, List.of());
  }

  /** These listings with ownership links users supplied (see {@link io.cordon.rules.ownership.OwnershipCsv}). */
  public Listings withOwnership(List<OwnershipLink> links) {
    return new Listings(this, ownership.with(links));
  }

  private Listings(Listings base, OwnershipGraph graph) {
    this.byId.putAll(base.byId);
    this.sanctions.putAll(base.sanctions);
    this.byIdentifier.putAll(base.byIdentifier);
    this.sources = base.sources;
    this.ownership = graph;
  }

  private static Entity merge(Entity a, Entity b) {
    Entity.Builder m = a.toBuilder();
    b.properties().forEach((p, vs) -> vs.forEach(v -> m.addIfAllowed(p, v)));
    b.datasets().forEach(m::dataset);
    return m.build();
  }

  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The listed parties (people, companies, vessels...), not link records. */
  public Collection<Entity> targets() {
    return java.util.Collections.unmodifiableCollection(byId.values());
  }

  /** Sanction link records about {@code id}. */
  public List<Entity> sanctionsOf(String id) {
    return sanctions.getOrDefault(id, List.of());
  }

  /** Entities carrying this identifier (BIC, LEI, INN, OGRN, ISIN, IMO...). */
  public List<Entity> byIdentifier(String value) {
    Set<String> ids = new LinkedHashSet<>();
    for (String key : Identifiers.keys(value)) {
      ids.addAll(byIdentifier.getOrDefault(key, List.of()));
    }
    return ids.stream().map(byId::get).toList();
  }

  public OwnershipGraph ownership() {
    return ownership;
  }

  /** What is known about a source name (custom list or not). */
  public SourceInfo source(String name) {
    return sources.getOrDefault(name, new SourceInfo(name, false));
  }

  /** The sources listing the entity: its own datasets and those of its Sanction records. */
  public Set<String> sourcesOf(Entity e) {
    Set<String> out = new TreeSet<>(e.datasets());
    for (Entity s : sanctionsOf(e.id())) {
      out.addAll(s.datasets());
    }
    return out;
  }

  /** Texts of the listing: entity program and notes, sanction program, provisions, reason, summary. */
  List<String> listingTexts(Entity e) {
    List<String> out = new ArrayList<>();
    for (String p : List.of(Prop.PROGRAM, Prop.NOTES, Prop.SUMMARY)) {
      out.addAll(e.get(p));
    }
    for (Entity s : sanctionsOf(e.id())) {
      for (String p : List.of(Prop.PROGRAM, Prop.PROVISIONS, Prop.REASON, Prop.SUMMARY, "programId")) {
        out.addAll(s.get(p));
      }
    }
    return out;
  }

  /** Between program codes; compiled once, as the trade checker reads the programs of every listed entity. */
  private static final java.util.regex.Pattern PROGRAM_SEPARATORS = java.util.regex.Pattern.compile("[^A-Za-z0-9_-]+");

  /** Program codes of the listing, split out of bracketed OFAC forms such as "UKRAINE-EO13662] [RUSSIA-EO14024". */
  Set<String> programs(Entity e) {
    Set<String> out = new TreeSet<>();
    List<String> raw = new ArrayList<>(e.get(Prop.PROGRAM));
    for (Entity s : sanctionsOf(e.id())) {
      raw.addAll(s.get(Prop.PROGRAM));
      raw.addAll(s.get("programId"));
    }
    for (String r : raw) {
      for (String tok : PROGRAM_SEPARATORS.split(r)) {
        if (!tok.isBlank()) {
          out.add(tok.toUpperCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
