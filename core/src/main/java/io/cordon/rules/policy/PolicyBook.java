package io.cordon.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named screening profiles from configuration: the bundled {@code policies.yaml} plus, optionally,
 * a user file whose profiles add to or replace bundled ones of the same name. Format:
 *
 * <pre>
 * format: cordon-policies/1
 * profiles:
 *   us:
 *     description: US persons
 *     jurisdictions: [US]          # default profile for actors of these jurisdictions
 *     sources:
 *       - {source: us_ofac_sdn, blocking: true}
 *       - {source: us_ofac_cons, blocking: false}
 *       - {custom: true, blocking: true}
 * </pre>
 */
public final class PolicyBook {
  private static final String FORMAT = "cordon-policies/1";
  /** The profile used when neither the request nor the actor's jurisdiction names one. */
  public static final String FALLBACK = "global";

  private final Map<String, ScreeningPolicy> profiles;

  private PolicyBook(Map<String, ScreeningPolicy> profiles) {
    this.profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
  }

  public static PolicyBook bundled() {
    try (InputStream in = PolicyBook.class.getResourceAsStream("policies.yaml")) {
      if (in == null) {
        throw new IllegalStateException("bundled policies.yaml missing from the class path");
      }
      return new PolicyBook(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "policies.yaml (bundled)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled profiles with those of {@code file} added or replacing them by name. */
  public static PolicyBook withUserFile(Path file) throws IOException {
    Map<String, ScreeningPolicy> all = new LinkedHashMap<>(bundled().profiles);
    all.putAll(parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
    return new PolicyBook(all);
  }

  public Map<String, ScreeningPolicy> profiles() {
    return profiles;
  }

  /** The named profile, or an error listing the known ones. */
  public ScreeningPolicy get(String name) {
    ScreeningPolicy p = profiles.get(name.toLowerCase(Locale.ROOT));
    if (p == null) {
      throw new IllegalArgumentException("unknown screening policy '" + name + "'; known: "
          + String.join(", ", profiles.keySet()));
    }
    return p;
  }

  /** The profile for an actor's jurisdiction (e.g. US -> us), else {@value #FALLBACK}. */
  public ScreeningPolicy forJurisdiction(String jurisdiction) {
    if (jurisdiction != null) {
      String j = jurisdiction.toUpperCase(Locale.ROOT);
      Optional<ScreeningPolicy> p = profiles.values().stream().filter(x -> x.jurisdictions().contains(j)).findFirst();
      if (p.isPresent()) {
        return p.get();
      }
    }
    return get(FALLBACK);
  }

  static Map<String, ScreeningPolicy> parse(String text, String file) {
    List<String> problems = new ArrayList<>();
    Map<String, ScreeningPolicy> out = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = Json.YAML.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": expected a mapping with format and profiles");
    }
    unknown(root, Set.of("format", "profiles"), file, problems);
    if (!FORMAT.equals(root.path("format").asText())) {
      problems.add(file + ": format: expected " + FORMAT);
    }
    JsonNode profs = root.get("profiles");
    if (profs == null || !profs.isObject() || profs.isEmpty()) {
      problems.add(file + ": profiles: missing or empty");
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = profs.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String where = file + ": profiles." + e.getKey();
        JsonNode p = e.getValue();
        if (!p.isObject()) {
          problems.add(where + ": expected a mapping");
          continue;
        }
        unknown(p, Set.of("description", "jurisdictions", "sources"), where, problems);
        Set<String> jur = new LinkedHashSet<>();
        for (JsonNode j : p.path("jurisdictions")) {
          jur.add(j.asText().toUpperCase(Locale.ROOT));
        }
        List<ScreeningPolicy.Selector> sel = new ArrayList<>();
        JsonNode srcs = p.get("sources");
        if (srcs == null || !srcs.isArray() || srcs.isEmpty()) {
          problems.add(where + ".sources: missing or empty");
          continue;
        }
        for (int i = 0; i < srcs.size(); i++) {
          JsonNode s = srcs.get(i);
          String w = where + ".sources[" + i + "]";
          unknown(s, Set.of("source", "custom", "blocking"), w, problems);
          JsonNode blocking = s.get("blocking");
          if (blocking == null || !blocking.isBoolean()) {
            problems.add(w + ".blocking: missing or not true/false");
            continue;
          }
          String name = s.hasNonNull("source") ? s.get("source").asText() : null;
          boolean custom = s.path("custom").asBoolean(false);
          if ((name == null) == !custom) {
            problems.add(w + ": give either source: NAME (a * glob is allowed) or custom: true");
            continue;
          }
          sel.add(new ScreeningPolicy.Selector(name, custom, blocking.booleanValue()));
        }
        out.put(e.getKey().toLowerCase(Locale.ROOT),
            new ScreeningPolicy(e.getKey().toLowerCase(Locale.ROOT), p.path("description").asText(""), jur, sel));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return out;
  }

  private static void unknown(JsonNode n, Set<String> known, String where, List<String> problems) {
    if (!n.isObject()) {
      problems.add(where + ": expected a mapping");
      return;
    }
    n.fieldNames().forEachRemaining(f -> {
      if (!known.contains(f)) {
        problems.add(where + "." + f + ": unknown field; known: " + String.join(", ", new java.util.TreeSet<>(known)));
      }
    });
  }
}
