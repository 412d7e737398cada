package io.cordon.rules.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sources apply to a screening and which of them block. A named profile ({@code us},
 * {@code eu}, {@code uk}, {@code un}, {@code global}...) comes from configuration
 * ({@link PolicyBook}); a request may narrow it ({@link #onlySources}).
 *
 * <p>"Blocking" means a listed party may not be dealt with at all (SDN, asset freezes, internal
 * refusal lists); non-blocking sources (the OFAC non-SDN consolidated list) still take part in
 * screening, and rules act on their listings (EO 14024 Directive 1, EO 13662 Directive 1).
 *
 * @param name          profile name
 * @param description   one line for people
 * @param jurisdictions actor jurisdictions this profile is the default for (upper case)
 * @param sources       source selectors, first match wins
 */
public record ScreeningPolicy(String name, String description, Set<String> jurisdictions, List<Selector> sources) {
  public ScreeningPolicy {
    Objects.requireNonNull(name, "name");
    jurisdictions = Set.copyOf(jurisdictions);
    sources = List.copyOf(sources);
  }

  /**
   * Selects sources by name (a glob: {@code *} matches any run of characters) or all custom lists.
   *
   * @param pattern  glob on the source name, or null with {@code custom}
   * @param custom   matches every custom list
   * @param blocking whether a listing on a matched source blocks the party
   */
  public record Selector(String pattern, boolean custom, boolean blocking) {
    public Selector {
      if ((pattern == null) == !custom) {
        throw new IllegalArgumentException("a source selector needs either a source pattern or custom: true");
      }
    }

    boolean matches(SourceInfo s) {
      if (custom) {
        return s.custom();
      }
      return glob(pattern).matcher(s.name()).matches();
    }

    static Pattern glob(String g) {
      List<String> parts = new ArrayList<>();
      for (String part : g.split("\\*", -1)) {
        parts.add(Pattern.quote(part));
      }
      return Pattern.compile(String.join(".*", parts));
    }
  }

  private Optional<Selector> selector(SourceInfo s) {
    return sources.stream().filter(x -> x.matches(s)).findFirst();
  }

  /** True when the source takes part in screenings under this policy. */
  public boolean selects(SourceInfo s) {
    return selector(s).isPresent();
  }

  /** True when a listing on the source blocks the party under this policy. */
  public boolean blocks(SourceInfo s) {
    return selector(s).map(Selector::blocking).orElse(false);
  }

  /** Source names the policy names exactly (no glob, not "custom"): lists a check expects to find. */
  public List<String> namedSources() {
    return sources.stream().filter(x -> !x.custom() && !x.pattern().contains("*")).map(Selector::pattern).toList();
  }

  /** The sources among {@code available} that this policy selects, in the given order. */
  public List<SourceInfo> select(Collection<SourceInfo> available) {
    List<SourceInfo> out = new ArrayList<>();
    for (SourceInfo s : available) {
      if (selects(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A per-request override: only these sources (by exact name), each keeping whether this policy
   * makes it blocking; a source this policy does not know is taken as blocking (a user who names a
   * list explicitly wants hits on it to count).
   */
  public ScreeningPolicy onlySources(Collection<String> names) {
    List<Selector> out = new ArrayList<>();
    for (String n : names) {
      boolean blocking = blocks(new SourceInfo(n, false)) || !selects(new SourceInfo(n, false));
      out.add(new Selector(n, false, blocking));
    }
    return new ScreeningPolicy(name + "+only" + names, description, jurisdictions, out);
  }
}
