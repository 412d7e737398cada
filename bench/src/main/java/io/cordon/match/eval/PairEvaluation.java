package io.cordon.match.eval;

import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores labelled name pairs (name1 as the query, name2 as a listed entity of the pair's schema)
 * and measures precision, recall and F1 at a threshold, the best F1 over thresholds, and the same
 * per case group. Pure computation, no I/O.
 */
public final class PairEvaluation {

  /** One scored pair. */
  public record Scored(PairCase pair, MatchResult result, boolean predicted) {
    public boolean miss() {
      return predicted != pair.isMatch();
    }
  }

  /** Confusion counts and their ratios. */
  public record Counts(int tp, int fp, int fn, int tn) {
    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int total() {
      return tp + fp + fn + tn;
    }
  }

  /** The outcome of an evaluation. */
  public record Report(String algorithm, double threshold, Counts overall, double bestF1, double bestThreshold,
                       Map<String, Counts> byGroup, List<Scored> scored) {
    public List<Scored> misses() {
      return scored.stream().filter(Scored::miss).toList();
    }
  }

  private PairEvaluation() {}

  public static Report evaluate(List<PairCase> pairs, Scorer scorer, double threshold) {
    List<Scored> scored = new ArrayList<>(pairs.size());
    for (PairCase p : pairs) {
      MatchResult r = scorer.score(new MatchQuery(p.schema(), List.of(p.name1()), List.of(), List.of(), List.of(), null),
          entity(p));
      scored.add(new Scored(p, r, r.score() >= threshold));
    }
    Counts overall = counts(scored, threshold);
    double bestF1 = -1;
    double bestT = threshold;
    for (int t = 0; t <= 100; t++) {
      double th = t / 100.0;
      double f = counts(scored, th).f1();
      if (f > bestF1) {
        bestF1 = f;
        bestT = th;
      }
    }
    Map<String, List<Scored>> groups = new LinkedHashMap<>();
    for (Scored s : scored) {
      groups.computeIfAbsent(s.pair().caseGroup(), k -> new ArrayList<>()).add(s);
    }
    Map<String, Counts> byGroup = new LinkedHashMap<>();
    groups.forEach((g, list) -> byGroup.put(g, counts(list, threshold)));
    return new Report(scorer.name(), threshold, overall, bestF1, bestT, byGroup, scored);
  }

  static Counts counts(List<Scored> scored, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Scored s : scored) {
      boolean pred = s.result().score() >= threshold;
      if (pred && s.pair().isMatch()) {
        tp++;
      } else if (pred) {
        fp++;
      } else if (s.pair().isMatch()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Counts(tp, fp, fn, tn);
  }

  private static Entity entity(PairCase p) {
    try {
      return Entity.builder("pair-" + p.line(), p.schema()).add(Prop.NAME, p.name2()).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + p.line() + ": " + e.getMessage(), e);
    }
  }
}
