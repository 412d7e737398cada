package io.cordon.cli;

import io.cordon.cases.NameKeys;
import io.cordon.match.Explanation;
import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stand-in until the engine's scorer is wired: the best share of words two names have in common.
 * Crude on purpose; replaced by io.cordon.match.Scorers.standard().
 */
final class InterimScorer implements Scorer {
  @Override
  public String name() {
    return "words";
  }

  @Override
  public MatchResult score(MatchQuery query, Entity candidate) {
    double best = 0;
    String bestName = null;
    for (String q : query.names()) {
      Set<String> a = NameKeys.WORDS.apply(q);
      for (String n : candidate.names()) {
        Set<String> b = NameKeys.WORDS.apply(n);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        double s = a.isEmpty() || b.isEmpty() ? 0 : (double) shared.size() / Math.max(a.size(), b.size());
        if (s > best) {
          best = s;
          bestName = n;
        }
      }
    }
    return new MatchResult(best, best >= 0.7, bestName,
        List.of(new Explanation("name_words", best, 1.0, "words shared with " + bestName)));
  }
}
