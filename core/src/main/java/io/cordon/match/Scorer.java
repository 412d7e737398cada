package io.cordon.match;

import io.cordon.model.Entity;

/** Scores one candidate entity against a query. Implementations are immutable and thread-safe. */
public interface Scorer {
  /** Algorithm name as shown by {@code /algorithms}, e.g. {@code cordon-v1} or {@code ofac}. */
  String name();

  MatchResult score(MatchQuery query, Entity candidate);
}
