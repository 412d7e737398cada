package io.cordon.sources.custom;

import io.cordon.model.Countries;
import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of a custom list, as FtM property values, on its way to entities: the target and, when
 * it says who listed it and why, a Sanction record {@code <id>-sanction}. Shared by the CSV and
 * YAML readers so both accept the same values. Country values may be names ("Russia") or codes;
 * dates must be FtM dates (YYYY, YYYY-MM or YYYY-MM-DD). A bad value is an
 * {@link IllegalArgumentException} naming the property; the readers add the line.
 */
final class CustomRecord {
  /** Schemata a custom list may list (screenable targets). */
  static final Set<String> SCHEMATA = Set.of(Schemata.PERSON, Schemata.ORGANIZATION, Schemata.COMPANY,
      Schemata.LEGAL_ENTITY, Schemata.PUBLIC_BODY, Schemata.VESSEL, Schemata.AIRPLANE, Schemata.SECURITY);

  final String id;
  final String schema;
  private final Entity.Builder target;
  private Entity.Builder sanction;
  private final String dataset;

  CustomRecord(String id, String schema, String dataset) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id is missing (every entry needs a stable id)");
    }
    String s = schema == null || schema.isBlank() ? Schemata.LEGAL_ENTITY : schema.strip();
    if (!SCHEMATA.contains(s)) {
      throw new IllegalArgumentException("schema '" + s + "' is not one of " + new java.util.TreeSet<>(SCHEMATA));
    }
    this.id = id.strip();
    this.schema = s;
    this.dataset = dataset;
    this.target = Entity.builder(this.id, s).dataset(dataset);
  }

  /** Adds a target property value; checked against the model now, so errors name the field. */
  void add(String property, String value) {
    if (value != null && !value.isBlank()) {
      target.add(property, normalise(FtmModel.get().require(schema), property, value.strip()));
    }
  }

  /** Adds a value to the entry's Sanction record (created on first use). */
  void addSanction(String property, String value) {
    if (value != null && !value.isBlank()) {
      if (sanction == null) {
        sanction = Entity.builder(id + "-sanction", Schemata.SANCTION).dataset(dataset).add(Prop.ENTITY, id);
      }
      sanction.add(property, normalise(FtmModel.get().require(Schemata.SANCTION), property, value.strip()));
    }
  }

  boolean hasSanction(String property) {
    return sanction != null && sanction.has(property);
  }

  /** The target and its Sanction record (when any sanction fact is given). */
  List<Entity> build() {
    if (!target.has(Prop.NAME)) {
      throw new IllegalArgumentException("name is missing");
    }
    List<Entity> out = new ArrayList<>(2);
    out.add(target.build());
    if (sanction != null) {
      out.add(sanction.build());
    }
    return out;
  }

  /** Country names to codes, gender to FtM's words; other values as given (the builder checks them). */
  private static String normalise(FtmModel.SchemaSpec spec, String property, String value) {
    FtmModel.PropertySpec p = spec.property(property).orElseThrow(() ->
        new IllegalArgumentException("property " + property + " does not exist on " + spec.name()));
    switch (p.type()) {
      case "country" -> {
        return Countries.code(value).orElseThrow(() ->
            new IllegalArgumentException(property + ": unknown country '" + value + "'"));
      }
      case "gender" -> {
        String g = value.strip().toLowerCase(Locale.ROOT);
        g = switch (g) {
          case "m" -> "male";
          case "f" -> "female";
          default -> g;
        };
        if (!Set.of("male", "female", "other").contains(g)) {
          throw new IllegalArgumentException(property + ": '" + value + "' is not male, female or other");
        }
        return g;
      }
      default -> {
        return value;
      }
    }
  }
}
