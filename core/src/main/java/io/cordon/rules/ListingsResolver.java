package io.cordon.rules;

import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves a counterparty against {@link Listings}: an entity id exactly; an identifier exactly
 * (normalised); a name by scoring every listed target with a {@link Scorer}. Without a scorer it
 * uses {@link TokenSimilarity}, which is enough for exact and reordered names but not for
 * transliteration: plug in the matching module's scorer for that.
 */
public final class ListingsResolver implements PartyResolver {
  private final Listings listings;
  private final Scorer scorer;

  public ListingsResolver(Listings listings) {
    this(listings, null);
  }

  /** @param scorer name scorer, or null for the plain token similarity */
  public ListingsResolver(Listings listings, Scorer scorer) {
    this.listings = listings;
    this.scorer = scorer;
  }

  @Override
  public List<Candidate> resolve(PartyQuery q, int limit) {
    if (q.entityId() != null) {
      return listings.entity(q.entityId()).map(e -> List.of(Candidate.of(e, 1.0, "id", e.id())))
          .orElseGet(() -> knownOnlyFromOwnership(q.entityId()));
    }
    if (q.identifier() != null) {
      return listings.byIdentifier(q.identifier()).stream().limit(limit)
          .map(e -> Candidate.of(e, 1.0, "identifier", q.identifier())).toList();
    }
    List<Candidate> out = new ArrayList<>();
    for (Entity e : listings.targets()) {
      Candidate c = scoreName(q.name(), e);
      if (c != null && c.score() > 0) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private Candidate scoreName(String name, Entity e) {
    if (scorer != null) {
      MatchResult r = scorer.score(MatchQuery.ofName(name), e);
      return Candidate.of(e, Math.max(0, Math.min(1, r.score())), "name:" + scorer.name(), r.matchedName());
    }
    double best = 0;
    String bestName = null;
    for (String n : e.names()) {
      double s = TokenSimilarity.score(name, n);
      if (s > best) {
        best = s;
        bestName = n;
      }
    }
    return bestName == null ? null : Candidate.of(e, best, "name:tokens", bestName);
  }

  // A party that only appears in ownership data (e.g. a user's own subsidiary in the CSV) can
  // still be checked: it is blocked if blocked owners hold 50% or more of it.
  private List<Candidate> knownOnlyFromOwnership(String id) {
    boolean known = listings.ownership().links().stream().anyMatch(l -> l.asset().equals(id) || l.owner().equals(id));
    return known ? List.of(new Candidate(id, id, null, 1.0, "id (ownership data only)", id)) : List.of();
  }
}
