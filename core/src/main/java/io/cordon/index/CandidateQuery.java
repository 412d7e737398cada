package io.cordon.index;

import io.cordon.names.AnalyzedName;
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
 * @param analysed    empty, or each of {@code names} analysed by the standard name analyzer for
 *                    {@code schema}, in order (the screener's scorer has done it already): the
 *                    index then takes the name keys from it instead of analysing the name again
 */
public record CandidateQuery(String schema, List<String> names, List<String> identifiers, Set<String> datasets,
                             int cap, List<AnalyzedName> analysed) {
  public CandidateQuery {
    Objects.requireNonNull(schema, "schema");
    names = List.copyOf(names);
    analysed = List.copyOf(analysed);
    if (!analysed.isEmpty() && analysed.size() != names.size()) {
      throw new IllegalArgumentException("analysed names must be one per name, " + analysed.size() + " for " + names.size());
    }
    identifiers = List.copyOf(identifiers);
    datasets = Set.copyOf(datasets);
    if (cap < 1) {
      throw new IllegalArgumentException("candidate cap must be at least 1, was " + cap);
    }
  }

  /** A query whose names the index analyses itself. */
  public CandidateQuery(String schema, List<String> names, List<String> identifiers, Set<String> datasets, int cap) {
    this(schema, names, identifiers, datasets, cap, List.of());
  }
}
