package io.cordon.index;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the index is asked for: names (any script, any order), identifiers, the party's schema,
 * an optional dataset filter, and how many candidates at most.
 *
 * @param schema      FtM schema of the party; only passed to the name-key function
 * @param names       names as given
 * @param identifiers identifier values as given (normalised here)
 * @param datasets    when not empty, only entities of these datasets (or snapshot sources)
 * @param cap         maximum number of candidates, at least 1
 */
public record CandidateQuery(String schema, List<String> names, List<String> identifiers, Set<String> datasets,
                             int cap) {
  public CandidateQuery {
    Objects.requireNonNull(schema, "schema");
    names = List.copyOf(names);
    identifiers = List.copyOf(identifiers);
    datasets = Set.copyOf(datasets);
    if (cap < 1) {
      throw new IllegalArgumentException("candidate cap must be at least 1, was " + cap);
    }
  }
}
