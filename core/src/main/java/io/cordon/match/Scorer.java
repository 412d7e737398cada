package io.cordon.match;

import io.cordon.model.Entity;

/**
 * Scores one candidate entity against a query. Implementations are immutable and thread-safe.
 *
 * <p>Speed contract: analysing names (transliteration, tokens, phonetic keys) costs far more than
 * comparing analysed names. Callers that score the same listed entities again and again (an index
 * answering thousands of screens) prepare each entity <em>once</em> with {@link #prepare(Entity)},
 * keep the {@link PreparedEntity} beside the entity (it is immutable and belongs to no query),
 * prepare each query once with {@link #prepare(MatchQuery)}, and call
 * {@link #score(PreparedQuery, PreparedEntity)} per candidate. {@link #score(MatchQuery, Entity)}
 * is the convenient slow path that prepares both sides on every call. A {@link PreparedEntity}
 * from one Cordon scorer is valid for every scorer from {@link Scorers}.
 */
public interface Scorer {
  /** Algorithm name as shown by {@code /algorithms}, e.g. {@code cordon-v1} or {@code ofac}. */
  String name();

  /** The score at or above which {@link MatchResult#match()} is true, unless the caller sets another. */
  default double threshold() {
    return ScorerConfig.DEFAULT_THRESHOLD;
  }

  /** Scores a candidate; prepares query and entity on each call (see the class comment). */
  MatchResult score(MatchQuery query, Entity candidate);

  /** Analyses a query once, for scoring against many candidates. */
  default PreparedQuery prepare(MatchQuery query) {
    return PreparedQuery.of(query);
  }

  /** Analyses a listed entity once, to keep beside it for all later queries. */
  default PreparedEntity prepare(Entity entity) {
    return PreparedEntity.of(entity);
  }

  /** Scores a prepared candidate against a prepared query: the hot path. */
  default MatchResult score(PreparedQuery query, PreparedEntity candidate) {
    return score(query.query(), candidate.entity());
  }

  /**
   * Like {@link #score(PreparedQuery, PreparedEntity)}, but null when the score is below
   * {@code cutoff}: a scorer may then skip building explanations nobody will read. A non-null
   * result equals what {@link #score(PreparedQuery, PreparedEntity)} returns.
   */
  default MatchResult scoreAtLeast(PreparedQuery query, PreparedEntity candidate, double cutoff) {
    MatchResult m = score(query, candidate);
    return m.score() >= cutoff ? m : null;
  }
}
