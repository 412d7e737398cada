package io.cordon.match;

import io.cordon.model.Identifiers;
import io.cordon.names.AnalyzedName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A query analysed once, to be scored against many candidates. Immutable, thread-safe. */
public final class PreparedQuery {
  private final MatchQuery query;
  /** the analysis of each query name, in order: the index takes its keys from it (one analysis per screen) */
  private final List<AnalyzedName> analysed;
  final List<CompiledName> names;
  final List<OfacName> ofacNames;
  final Set<String> identifiers;
  final Set<String> countries;
  final String gender;

  private PreparedQuery(MatchQuery query) {
    this.query = query;
    this.analysed = Prepared.analyse(query.names(), query.schema());
    this.names = Prepared.compile(analysed, false);
    this.ofacNames = Prepared.ofac(query.names());
    Set<String> ids = new LinkedHashSet<>();
    for (String id : query.identifiers()) {
      String n = Identifiers.normalise(id);
      if (!n.isEmpty()) {
        ids.add(n);
      }
    }
    this.identifiers = Set.copyOf(ids);
    Set<String> cs = new LinkedHashSet<>();
    for (String c : query.countries()) {
      cs.add(c.toLowerCase(Locale.ROOT));
    }
    this.countries = Set.copyOf(cs);
    this.gender = query.gender() == null || query.gender().isBlank() ? null : query.gender().toLowerCase(Locale.ROOT);
  }

  public static PreparedQuery of(MatchQuery query) {
    return new PreparedQuery(Objects.requireNonNull(query, "query"));
  }

  public MatchQuery query() {
    return query;
  }

  /**
   * Each of {@link MatchQuery#names()} analysed by {@link io.cordon.names.NameAnalyzer#standard()},
   * in the same order: what the index's name keys need, so that a screen analyses its name once.
   */
  public List<AnalyzedName> analysedNames() {
    return analysed;
  }
}
