package io.cordon.cases;

import io.cordon.match.Explanation;
import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test scorer: best word overlap (shared words / words of the longer name) over all name pairs. */
public final class WordScorer implements Scorer {
  @Override
  public String name() {
    return "test-words";
  }

  @Override
  public MatchResult score(MatchQuery query, Entity candidate) {
    double best = 0;
    String bestName = null;
    for (String q : query.names()) {
      Set<String> a = BlockingKeys.words(q);
      for (String n : candidate.names()) {
        Set<String> b = BlockingKeys.words(n);
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
        List.of(new Explanation("words", best, 1.0, "shared words with " + bestName)));
  }
}
