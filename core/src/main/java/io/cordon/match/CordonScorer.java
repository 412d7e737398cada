package io.cordon.match;

import io.cordon.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code cordon-v1} algorithm: the best main feature (name parts of the best pair of query
 * name and listed name, or an equal strong identifier), minus qualifiers (birth date, country,
 * gender, schema), clamped to [0, 1]. Names reached through a weak alias count less. See
 * docs/matching.md for the features, weights and measured quality.
 */
final class CordonScorer implements Scorer {
  private final ScorerConfig config;
  private final NamePartsFeature names;

  CordonScorer(ScorerConfig config) {
    this.config = config;
    this.names = new NamePartsFeature(config.missingPart());
  }

  @Override
  public String name() {
    return "cordon-v1";
  }

  @Override
  public double threshold() {
    return config.threshold();
  }

  ScorerConfig config() {
    return config;
  }

  @Override
  public MatchResult score(MatchQuery query, Entity candidate) {
    return score(prepare(query), prepare(candidate));
  }

  @Override
  public MatchResult score(PreparedQuery q, PreparedEntity e) {
    return scoreAtLeast(q, e, Double.NEGATIVE_INFINITY);
  }

  /**
   * The score is computed first; the explanation texts (string building is a large share of the
   * per-candidate cost) only when the score reaches {@code cutoff}, so a caller that drops results
   * below its cutoff gets the same results for the kept ones, faster.
   */
  @Override
  public MatchResult scoreAtLeast(PreparedQuery q, PreparedEntity e, double cutoff) {
    // The qualifiers do not depend on the names: when even a perfect name (1.0) cannot bring the
    // score up to the cutoff, the name alignment (the costly part) is skipped. Same results.
    Explanation[] qualifiers = {
        BirthDateFeature.apply(q.query().birthDates(), e.birthDates, config),
        CountryFeature.apply(q.countries, e.countries, config),
        GenderFeature.apply(q.gender, e.gender, config),
        SchemaFeature.apply(q.query().schema(), e.entity().schema(), config)};
    // the bound is computed exactly as the score below, from the best name score possible (1.0):
    // every step is monotonic, so a bound under the cutoff means a score under the cutoff
    if (finish(1.0, qualifiers) < cutoff) {
      return null;
    }
    CompiledName bq = null;
    CompiledName be = null;
    NamePartsFeature.Alignment ba = null;
    double best = 0;
    boolean weak = false;
    for (CompiledName qn : q.names) {
      for (CompiledName en : e.names) {
        NamePartsFeature.Alignment a = names.align(qn, en);
        double s = a.score();
        if (s > best || be == null) {
          best = s;
          bq = qn;
          be = en;
          ba = a;
        }
        if (best >= 1.0) {
          break;
        }
      }
    }
    // a weak alias scores at most weakAlias: once the best is there, it cannot win
    if (best < 1.0 && best < config.weakAlias()) {
      for (CompiledName qn : q.names) {
        for (CompiledName en : e.weakNames) {
          NamePartsFeature.Alignment a = names.align(qn, en);
          double s = a.score() * config.weakAlias();
          if (s > best || be == null) {
            best = s;
            bq = qn;
            be = en;
            ba = a;
            weak = true;
          }
        }
      }
    }
    double score = best;
    String id = IdentifierFeature.match(q, e);
    if (id != null) {
      score = Math.max(score, config.identifierMatch());
    }
    score = finish(score, qualifiers);
    if (score < cutoff) {
      return null;
    }
    // explanations in order of contribution: name, weak alias, identifier, qualifiers
    List<Explanation> ex = new ArrayList<>(4);
    String matched = null;
    if (be != null) {
      matched = be.original;
      ex.add(new Explanation(NamePartsFeature.NAME, ba.score(), 1.0, names.explain(bq, be, ba)));
      if (weak) {
        ex.add(new Explanation("weak_alias", config.weakAlias(), config.weakAlias(),
            "matched a weak alias (a.k.a. of low quality): name score times " + config.weakAlias()));
      }
    }
    if (be == null) {
      ex.add(new Explanation(NamePartsFeature.NAME, 0.0, 1.0, q.names.isEmpty()
          ? "the query has no name left after analysis" : "the listed entity has no comparable name"));
    }
    if (id != null) {
      ex.add(IdentifierFeature.explain(id, config.identifierMatch()));
    }
    for (Explanation x : qualifiers) {
      if (x != null) {
        ex.add(x);
      }
    }
    return new MatchResult(score, score >= config.threshold(), matched, ex);
  }

  /** Name or identifier score plus the qualifiers, clamped to [0, 1], rounded to 4 decimals. */
  private static double finish(double score, Explanation[] qualifiers) {
    for (Explanation x : qualifiers) {
      if (x != null) {
        score += x.score();
      }
    }
    score = Math.max(0.0, Math.min(1.0, score));
    return Math.round(score * 10000) / 10000.0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "cordon-v1(threshold=%.2f)", config.threshold());
  }
}
