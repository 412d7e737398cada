package io.cordon.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What an API key may be used for. A key screens by default; case actions are granted explicitly. */
public enum Scope {
  /** Screening, search, lists, rules: the read-only engine endpoints. */
  SCREEN,
  /** Case actions (parties, alerts, decisions, approvals), as the user the key is bound to. */
  CASES;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Scope parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown scope '" + s + "' (expected screen or cases)");
    }
  }

  /** Parses a comma-separated list as stored ("screen,cases"). */
  public static Set<Scope> parseAll(String csv) {
    Set<Scope> out = EnumSet.noneOf(Scope.class);
    for (String p : csv.split(",")) {
      if (!p.isBlank()) {
        out.add(parse(p));
      }
    }
    return out;
  }

  public static String format(Set<Scope> scopes) {
    return String.join(",", scopes.stream().sorted().map(Scope::label).toList());
  }
}
