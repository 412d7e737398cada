package io.cordon.rules;

import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
  public List<PartyCandidate> resolve(PartyQuery q, int limit) {
    if (q.entityId() != null) {
      return listings.entity(q.entityId()).map(e -> List.of(PartyCandidate.of(e, 1.0, "id", e.id())))
          .orElseGet(() -> knownOnlyFromOwnership(q.entityId()));
    }
    if (q.identifier() != null) {
      return listings.byIdentifier(q.identifier()).stream().limit(limit)
          .map(e -> PartyCandidate.of(e, 1.0, "identifier", q.identifier())).toList();
    }
    List<PartyCandidate> out = new ArrayList<>();
    for (Entity e : candidates(q.name())) {
      PartyCandidate c = scoreName(q.name(), e);
      if (c != null && c.score() > 0) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingDouble(PartyCandidate::score).reversed().thenComparing(PartyCandidate::id));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  // Without a scorer, names are compared word by word; an entity is scored only when its names
  // share word starts (3 letters) with at least half of the query's words: words the similarity
  // counts as equal (Jaro-Winkler >= 0.9) almost always share their start.
  private volatile Map<String, List<Entity>> byPrefix;

  private Collection<Entity> candidates(String name) {
    if (scorer != null) {
      return listings.targets();
    }
    Map<String, List<Entity>> idx = byPrefix;
    if (idx == null) {
      idx = new HashMap<>();
      for (Entity e : listings.targets()) {
        Set<String> keys = new HashSet<>();
        for (String n : e.names()) {
          keys.addAll(prefixes(n));
        }
        for (String k : keys) {
          idx.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
        }
      }
      byPrefix = idx;
    }
    // Below the review band anyway unless the entity covers half the query's words (the score is
    // the mean of both coverages, and the band starts at 0.75): skip those without scoring them.
    Set<String> keys = prefixes(name);
    Map<Entity, Integer> hits = new LinkedHashMap<>();
    for (String k : keys) {
      for (Entity e : idx.getOrDefault(k, List.of())) {
        hits.merge(e, 1, Integer::sum);
      }
    }
    List<Entity> out = new ArrayList<>();
    hits.forEach((e, n) -> {
      if (2 * n >= keys.size()) {
        out.add(e);
      }
    });
    return out;
  }

  private static Set<String> prefixes(String name) {
    Set<String> out = new HashSet<>();
    for (String t : TokenSimilarity.tokens(name)) {
      out.add(t.length() <= 3 ? t : t.substring(0, 3));
    }
    return out;
  }

  private PartyCandidate scoreName(String name, Entity e) {
    if (scorer != null) {
      MatchResult r = scorer.score(MatchQuery.ofName(name), e);
      return PartyCandidate.of(e, Math.max(0, Math.min(1, r.score())), "name:" + scorer.name(), r.matchedName());
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
    return bestName == null ? null : PartyCandidate.of(e, best, "name:tokens", bestName);
  }

  // A party that only appears in ownership data (e.g. a user's own subsidiary in the CSV) can
  // still be checked: it is blocked if blocked owners hold 50% or more of it.
  private List<PartyCandidate> knownOnlyFromOwnership(String id) {
    boolean known = listings.ownership().links().stream().anyMatch(l -> l.asset().equals(id) || l.owner().equals(id));
    return known ? List.of(new PartyCandidate(id, id, null, 1.0, "id (ownership data only)", id)) : List.of();
  }
}
