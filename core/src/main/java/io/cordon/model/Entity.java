package io.cordon.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One FollowTheMoney entity: a listed person, company, vessel, or a link record (Sanction,
 * Ownership, Family, ...). Properties are multi-valued and keyed by FtM property name, exactly as
 * in FtM JSON, so that every property a source carries survives the round trip. Values are checked
 * against the model when built: a property must exist on the schema, dates must be FtM dates,
 * countries FtM country codes. Immutable.
 *
 * @param id       stable id within its source (e.g. {@code ofac-31455})
 * @param schema   FtM schema name (e.g. {@code Company})
 * @param properties property name to values, sorted by name, values in source order
 * @param datasets source names the entity was read from (e.g. {@code us_ofac_sdn})
 */
public record Entity(String id, String schema, Map<String, List<String>> properties, Set<String> datasets) {

  /** FtM entity reference syntax (as in Python FtM's EntityType). */
  private static final Pattern ID = Pattern.compile("^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$");
  private static final Pattern DATE =
      Pattern.compile("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$");

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("invalid entity id: '" + id + "'");
    }
    Map<String, List<String>> copy = new TreeMap<>();
    properties.forEach((k, v) -> {
      if (!v.isEmpty()) {
        copy.put(k, List.copyOf(v));
      }
    });
    properties = Collections.unmodifiableMap(copy);
    datasets = Collections.unmodifiableSet(new TreeSet<>(datasets));
  }

  public static Builder builder(String id, String schema) {
    return new Builder(id, schema);
  }

  /** A builder holding this entity's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, schema);
    properties.forEach((k, vs) -> vs.forEach(v -> b.add(k, v)));
    datasets.forEach(b::dataset);
    return b;
  }

  /** All values of a property, empty when absent. */
  public List<String> get(String property) {
    return properties.getOrDefault(property, List.of());
  }

  /** The first value of a property, or null. */
  public String first(String property) {
    List<String> v = properties.get(property);
    return v == null ? null : v.get(0);
  }

  public boolean has(String property) {
    return properties.containsKey(property);
  }

  /** True when the schema is {@code other} or a descendant (e.g. Company is a LegalEntity). */
  public boolean isA(String other) {
    return FtmModel.get().require(schema).isA(other);
  }

  /** Strong names to screen against: name, alias, previousName (never weakAlias). */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (String p : List.of(Prop.NAME, Prop.ALIAS, Prop.PREVIOUS_NAME)) {
      for (String v : get(p)) {
        if (!out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** The display name: first name, else first alias, else the id. */
  public String caption() {
    for (String p : List.of(Prop.NAME, Prop.ALIAS, Prop.WEAK_ALIAS, "title", "number", "amount")) {
      String v = first(p);
      if (v != null) {
        return v;
      }
    }
    return id;
  }

  /** Builds an entity, validating each value against the FtM model as it is added. */
  public static final class Builder {
    private final String id;
    private final FtmModel.SchemaSpec spec;
    private final Map<String, LinkedHashSet<String>> props = new LinkedHashMap<>();
    private final Set<String> datasets = new TreeSet<>();

    private Builder(String id, String schema) {
      this.id = id;
      this.spec = FtmModel.get().require(schema);
      if (spec.isAbstract()) {
        throw new IllegalArgumentException("FtM schema " + schema + " is abstract");
      }
    }

    /**
     * Adds a value. Blank values are ignored; duplicates are dropped; dates and countries are
     * checked. Throws {@link IllegalArgumentException} naming the property when it does not exist
     * on the schema or the value has the wrong form.
     */
    public Builder add(String property, String value) {
      if (value == null) {
        return this;
      }
      String v = value.strip();
      if (v.isEmpty()) {
        return this;
      }
      FtmModel.PropertySpec p = spec.property(property).orElseThrow(() ->
          new IllegalArgumentException("property " + property + " does not exist on " + spec.name()));
      if (p.stub()) {
        throw new IllegalArgumentException("property " + property + " of " + spec.name()
            + " is a reverse (stub) property; set it on the other entity");
      }
      switch (p.type()) {
        case "date" -> {
          if (!DATE.matcher(v).matches()) {
            throw new IllegalArgumentException("not an FtM date for " + property + ": '" + v + "'");
          }
        }
        case "country" -> {
          v = v.toLowerCase(java.util.Locale.ROOT);
          if (!FtmModel.get().isCountry(v)) {
            throw new IllegalArgumentException("not an FtM country code for " + property + ": '" + v + "'");
          }
        }
        case "topic" -> {
          if (!FtmModel.get().isTopic(v)) {
            throw new IllegalArgumentException("not an FtM topic: '" + v + "'");
          }
        }
        case "entity" -> {
          if (!ID.matcher(v).matches()) {
            throw new IllegalArgumentException("invalid entity reference for " + property + ": '" + v + "'");
          }
        }
        default -> { }
      }
      props.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(v);
      return this;
    }

    /** Adds each value; see {@link #add(String, String)}. */
    public Builder addAll(String property, Iterable<String> values) {
      values.forEach(v -> add(property, v));
      return this;
    }

    /** Adds a value only when the property exists on this schema; returns whether it does. */
    public boolean addIfAllowed(String property, String value) {
      if (spec.property(property).filter(p -> !p.stub()).isEmpty()) {
        return false;
      }
      add(property, value);
      return true;
    }

    /** Removes all values of a property. */
    public Builder clear(String property) {
      props.remove(property);
      return this;
    }

    public Builder dataset(String dataset) {
      datasets.add(dataset);
      return this;
    }

    public boolean has(String property) {
      return props.containsKey(property);
    }

    public String schema() {
      return spec.name();
    }

    public Entity build() {
      Map<String, List<String>> out = new LinkedHashMap<>();
      props.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
      return new Entity(id, spec.name(), out, datasets);
    }
  }
}
