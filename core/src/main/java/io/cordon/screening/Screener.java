package io.cordon.screening;

import io.cordon.index.Candidate;
import io.cordon.index.CandidateIndex;
import io.cordon.index.CandidateQuery;
import io.cordon.index.IndexHolder;
import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.PreparedEntity;
import io.cordon.match.PreparedQuery;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The screening facade: index candidates, then full scoring of each by the {@link Scorer}, then
 * ranking. Immutable and thread-safe; the index it searches may be swapped underneath (a screen in
 * flight finishes on the index it started with).
 *
 * <pre>{@code
 * Screener s = new Screener(IndexSource.of(holder), Scorers.standard(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
 * ScreeningResponse r = s.screen(ScreeningQuery.of(MatchQuery.ofName("Vladimir Putin")));
 * }</pre>
 */
public final class Screener {

  /**
   * @param threshold default match threshold when a query gives none; empty for the scorer's own
   * @param cutoff    results scoring below this (or below the threshold, if lower) are not returned
   * @param cap       candidates taken from the index and fully scored per query
   */
  public record Settings(OptionalDouble threshold, double cutoff, int cap) {
    /** Results below this score (or below the threshold, if lower) are not returned by default. */
    public static final double DEFAULT_CUTOFF = 0.5;
    /** Candidates taken from the index and fully scored per query by default. */
    public static final int DEFAULT_CAP = 30;
    public static final Settings DEFAULTS = new Settings(OptionalDouble.empty(), DEFAULT_CUTOFF, DEFAULT_CAP);

    public Settings {
      Objects.requireNonNull(threshold, "threshold");
      if (threshold.isPresent() && !(threshold.getAsDouble() >= 0 && threshold.getAsDouble() <= 1)) {
        throw new IllegalArgumentException("threshold must be between 0 and 1, was " + threshold.getAsDouble());
      }
      if (!(cutoff >= 0 && cutoff <= 1)) {
        throw new IllegalArgumentException("cutoff must be between 0 and 1, was " + cutoff);
      }
      if (cap < 1 || cap > 10_000) {
        throw new IllegalArgumentException("candidate cap must be between 1 and 10000, was " + cap);
      }
    }

    public Settings withThreshold(double t) {
      return new Settings(OptionalDouble.of(t), cutoff, cap);
    }

    public Settings withCap(int c) {
      return new Settings(threshold, cutoff, c);
    }
  }

  /** Best score first; equal scores by entity id so that the order never depends on the index. */
  public static final Comparator<ScreeningResult> RANK = Comparator
      .comparingDouble(ScreeningResult::score).reversed()
      .thenComparing(r -> r.entity().id());

  /**
   * Keeps the best result of each party: entries of several lists grouped at index time come back
   * once, as their best-scoring entry carrying every listing. {@code ranked} is in {@link #RANK} order.
   */
  static List<ScreeningResult> onePerParty(List<ScreeningResult> ranked) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<ScreeningResult> out = new ArrayList<>(ranked.size());
    for (ScreeningResult r : ranked) {
      String party = r.listings().grouped() ? r.listings().key() : r.entity().id() + "\u0000" + r.snapshotId();
      if (seen.add(party)) {
        out.add(r);
      }
    }
    return out;
  }

  private final IndexSource indexes;
  private final Scorer scorer;
  private final Clock clock;
  private final Settings settings;

  public Screener(IndexSource indexes, Scorer scorer, Clock clock, Settings settings) {
    this.indexes = Objects.requireNonNull(indexes, "indexes");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public Settings settings() {
    return settings;
  }

  public Scorer scorer() {
    return scorer;
  }

  /** The threshold a query is screened with: its own, else the settings', else the scorer's. */
  public double threshold(ScreeningQuery q) {
    return q.threshold().orElse(settings.threshold().orElse(scorer.threshold()));
  }

  /** Decodes and analyses every listed entity of the current index now rather than on first use. */
  public void warm() {
    try (IndexHolder.Lease lease = indexes.current()) {
      lease.index().preload(scorer::prepare);
    }
  }

  /**
   * Screens one party.
   *
   * @throws InvalidQueryException when the query cannot be answered as asked
   * @throws NoListsException      when there are no lists to screen against
   */
  public ScreeningResponse screen(ScreeningQuery q) {
    double threshold = threshold(q);
    try (IndexHolder.Lease lease = q.asOf().isPresent() ? indexes.asOf(q.asOf().get()) : indexes.current()) {
      // the query's names are analysed once: the scorer's analysis gives the index its keys
      PreparedQuery pq = scorer.prepare(q.match());
      List<Candidate> candidates = lease.index().candidates(new CandidateQuery(q.match().schema(),
          q.match().names(), q.match().identifiers(), q.datasets(), settings.cap(), pq.analysedNames()));
      List<ScreeningResult> scored = new ArrayList<>(candidates.size());
      double cutoff = Math.min(settings.cutoff(), threshold);
      CandidateIndex index = lease.index();
      for (Candidate c : candidates) {
        // Listed entities are analysed once per index, not once per screen.
        PreparedEntity pe = index.derived(c, scorer::prepare);
        // below the cutoff the result is dropped: the scorer need not explain it
        MatchResult m = scorer.scoreAtLeast(pq, pe, cutoff);
        if (m != null) {
          scored.add(new ScreeningResult(c.entity(), c.snapshotId(), m.score(), m.score() >= threshold,
              m.matchedName(), m.explanations(), index.listings(c), priority(index, q.match(), c.entity(), m)));
        }
      }
      scored.sort(RANK);
      scored = onePerParty(scored);
      List<ScreeningResult> top = scored.size() > q.limit() ? scored.subList(0, q.limit()) : scored;
      return new ScreeningResponse(q, top, candidates.size(), threshold, scorer.name(),
          lease.index().snapshotIds(), clock.instant());
    }
  }

  /**
   * The alert priority of a match scored elsewhere (the case workflow's re-screening after a list
   * change), with the word counts of the current index: the same number a screen would give.
   */
  public double priority(MatchQuery q, Entity entity, MatchResult m) {
    try (IndexHolder.Lease lease = indexes.current()) {
      return priority(lease.index(), q, entity, m);
    }
  }

  /**
   * Every listing of the party a listed entity belongs to, as the current index groups them (its own
   * first), or null when the current index does not hold the entity. For the case workflow's
   * re-screening after a list change, which scores single entries: a candidate lookup, no scoring.
   */
  public io.cordon.index.PartyListings listings(Entity entity) {
    try (IndexHolder.Lease lease = indexes.current()) {
      CandidateIndex index = lease.index();
      for (Candidate c : index.candidates(new CandidateQuery(entity.schema(), entity.names(), List.of(), java.util.Set.of(),
          settings.cap()))) {
        if (c.entity().id().equals(entity.id())) {
          return index.listings(c).representedBy(entity.id());
        }
      }
      return null;
    }
  }

  private static double priority(CandidateIndex index, MatchQuery q, Entity entity, MatchResult m) {
    double rarity = AlertPriority.rarity(index.tokenCounts(m.matchedName()), index.size());
    return AlertPriority.of(q, entity, m.score(), m.explanations(), rarity);
  }
}
