package io.cordon.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The FollowTheMoney schema model: which schemata exist, which properties each has (inherited ones
 * included) and their types. Loaded once from {@code ftm-model.tsv}, a trimmed copy of the default
 * model of {@code @opensanctions/followthemoney} 4.5.2 (MIT), so that what Cordon writes validates
 * against the same model yente clients use. Immutable.
 */
public final class FtmModel {

  /** One property of a schema as the model defines it. */
  public record PropertySpec(String name, String type, String range, boolean stub, boolean matchable) {}

  /** One schema, with its parents and all properties including inherited ones. */
  public record SchemaSpec(String name, List<String> parents, boolean isAbstract, boolean matchable,
                           Map<String, PropertySpec> properties, Set<String> ancestors) {
    public Optional<PropertySpec> property(String prop) {
      return Optional.ofNullable(properties.get(prop));
    }

    /** True when this schema is {@code other} or descends from it. */
    public boolean isA(String other) {
      return ancestors.contains(other);
    }
  }

  private static final FtmModel DEFAULT = load();

  private final Map<String, SchemaSpec> schemata;
  private final Set<String> countries;
  private final Set<String> topics;

  private FtmModel(Map<String, SchemaSpec> schemata, Set<String> countries, Set<String> topics) {
    this.schemata = schemata;
    this.countries = countries;
    this.topics = topics;
  }

  /** The bundled default model. */
  public static FtmModel get() {
    return DEFAULT;
  }

  public Optional<SchemaSpec> schema(String name) {
    return Optional.ofNullable(schemata.get(name));
  }

  /** The schema, or an {@link IllegalArgumentException} naming it. */
  public SchemaSpec require(String name) {
    SchemaSpec s = schemata.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown FtM schema: " + name);
    }
    return s;
  }

  /** FtM country codes (ISO 3166-1 alpha-2 plus FtM's extras such as "suhh"), lower case. */
  public boolean isCountry(String code) {
    return countries.contains(code);
  }

  public boolean isTopic(String topic) {
    return topics.contains(topic);
  }

  private record RawSchema(boolean isAbstract, boolean matchable, List<String> parents,
                           Map<String, PropertySpec> own) {}

  private static FtmModel load() {
    Map<String, RawSchema> raw = new HashMap<>();
    Set<String> countries = new HashSet<>();
    Set<String> topics = new HashSet<>();
    try (InputStream in = FtmModel.class.getResourceAsStream("ftm-model.tsv")) {
      if (in == null) {
        throw new IllegalStateException("ftm-model.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "S" -> raw.put(f[1], new RawSchema("1".equals(f[2]), "1".equals(f[3]),
              f[4].isEmpty() ? List.of() : List.of(f[4].split(",")), new HashMap<>()));
          case "P" -> raw.get(f[1]).own().put(f[2], new PropertySpec(f[2], f[3],
              "-".equals(f[4]) ? "" : f[4], "1".equals(f[5]), "1".equals(f[6])));
          case "C" -> countries.add(f[1]);
          case "T" -> topics.add(f[1]);
          default -> throw new IllegalStateException("bad ftm-model.tsv line: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, SchemaSpec> out = new HashMap<>();
    for (String name : raw.keySet()) {
      out.put(name, build(name, raw));
    }
    return new FtmModel(Collections.unmodifiableMap(out), Set.copyOf(countries), Set.copyOf(topics));
  }

  private static SchemaSpec build(String name, Map<String, RawSchema> raw) {
    Set<String> ancestors = new LinkedHashSet<>();
    collectAncestors(name, raw, ancestors);
    Map<String, PropertySpec> props = new HashMap<>();
    // Farthest ancestors first so that a schema's own definition wins.
    List<String> order = new ArrayList<>(ancestors);
    Collections.reverse(order);
    for (String s : order) {
      props.putAll(raw.get(s).own());
    }
    RawSchema node = raw.get(name);
    return new SchemaSpec(name, node.parents(), node.isAbstract(), node.matchable(),
        Map.copyOf(props), Set.copyOf(ancestors));
  }

  private static void collectAncestors(String name, Map<String, RawSchema> raw, Set<String> acc) {
    if (acc.add(name)) {
      raw.get(name).parents().forEach(p -> collectAncestors(p, raw, acc));
    }
  }
}
