package io.cordon.cases;

import io.cordon.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Describes, for an analyst, what changed between the data of a cleared hit and the data now. */
final class Changes {
  private Changes() {}

  static String describe(Alert before, Party party, Entity entity) {
    List<String> parts = new ArrayList<>();
    Party p0 = before.party();
    diff(parts, "party schema", List.of(p0.schema()), List.of(party.schema()));
    diff(parts, "party names", p0.names(), party.names());
    diff(parts, "party birth dates", p0.birthDates(), party.birthDates());
    diff(parts, "party countries", p0.countries(), party.countries());
    diff(parts, "party identifiers", p0.identifiers(), party.identifiers());
    diff(parts, "party gender", nullable(p0.gender()), nullable(party.gender()));
    Entity e0 = before.entity();
    diff(parts, "list entry schema", List.of(e0.schema()), List.of(entity.schema()));
    for (String prop : Hashing.ENTITY_PROPS) {
      diff(parts, "list entry " + prop, e0.get(prop), entity.get(prop));
    }
    String what = parts.isEmpty() ? "no screening-relevant change" : String.join("; ", parts);
    return "since alert " + before.id() + " (" + before.status().label() + "): " + what;
  }

  private static List<String> nullable(String v) {
    return v == null ? List.of() : List.of(v);
  }

  private static void diff(List<String> out, String label, List<String> before, List<String> now) {
    Set<String> added = new LinkedHashSet<>(now);
    added.removeAll(before);
    Set<String> removed = new LinkedHashSet<>(before);
    removed.removeAll(now);
    if (added.isEmpty() && removed.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder(label).append(':');
    added.forEach(v -> b.append(" +").append(Objects.toString(v)));
    removed.forEach(v -> b.append(" -").append(Objects.toString(v)));
    out.add(b.toString());
  }
}
