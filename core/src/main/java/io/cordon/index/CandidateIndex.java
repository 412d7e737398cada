package io.cordon.index;

import java.util.List;
import java.util.Set;

/**
 * An immutable index over the screenable entities of one set of snapshots. It proposes candidates
 * for a query; it does not score them (the {@link io.cordon.match.Scorer} does). Thread-safe.
 * Obtain one from {@link io.cordon.index.lucene.IndexCache} or {@link io.cordon.index.lucene.LuceneIndexes}; share it
 * through an {@link IndexHolder} so that it can be replaced while queries run.
 */
public interface CandidateIndex extends AutoCloseable {

  /** The snapshots this index was built from. */
  Set<String> snapshotIds();

  /** Number of entities indexed. */
  int size();

  /**
   * Candidates for a query, most likely first, at most {@code query.cap()}: entities sharing a name
   * key with a query name (tokens, phonetic keys: first letters may differ), entities sharing a
   * character n-gram with a query token that no listed name contains (typos), and every entity
   * holding one of the query's identifiers. Ties are ordered by index position, deterministically.
   */
  List<Candidate> candidates(CandidateQuery query);

  /** Decodes every entity now instead of on first use (for long-running processes and benchmarks). */
  void preload();

  /**
   * A value computed once from a candidate's entity and kept with the index for later queries,
   * typically the scorer's prepared (analysed) form of the entity: analysing listed names on every
   * screen would cost more than everything else. One derivation per index: every caller must pass
   * the same function (the value is cached per entity, not per function).
   */
  <T> T derived(Candidate candidate, java.util.function.Function<io.cordon.model.Entity, T> derive);

  /** Computes {@link #derived} for every entity now (benchmarks; servers at start-up), on all cores. */
  void preload(java.util.function.Function<io.cordon.model.Entity, ?> derive);

  /**
   * Every listing of the candidate's party, its own first: entries of other lists that are the same
   * party on evidence in the list data were grouped when the index was built. An index that does not
   * group gives the candidate's own listing alone.
   */
  default PartyListings listings(Candidate candidate) {
    io.cordon.model.Entity e = candidate.entity();
    String dataset = e.datasets().isEmpty() ? "" : e.datasets().iterator().next();
    return PartyListings.single(new Listing(e.id(), dataset, e.get(io.cordon.model.Prop.PROGRAM), "", ""));
  }

  /**
   * For each word of a name (as the index folds it), how many indexed entities carry that word in
   * one of their names: how common the word is on the lists. An index that does not count gives 0s.
   */
  default List<Integer> tokenCounts(String name) {
    return List.of();
  }

  /** Releases files; only the {@link IndexHolder} calls this once no query uses the index. */
  @Override
  void close();
}
