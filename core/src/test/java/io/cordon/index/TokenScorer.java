package io.cordon.index;

import io.cordon.match.Explanation;
import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.util.List;
import java.util.Set;

/** A test scorer: share of query keys found in the candidate's best name. */
public final class TokenScorer implements Scorer {
  private final PlainKeys keys = new PlainKeys();

  @Override
  public String name() {
    return "test-tokens";
  }

  @Override
  public double threshold() {
    return 0.7;
  }

  @Override
  public MatchResult score(MatchQuery query, Entity candidate) {
    double best = 0;
    String bestName = null;
    for (String qn : query.names()) {
      Set<String> qk = keys.indexKeys(qn, query.schema());
      for (String n : candidate.names()) {
        Set<String> ck = keys.indexKeys(n, candidate.schema());
        long common = qk.stream().filter(ck::contains).count();
        double s = 2.0 * common / (qk.size() + ck.size());
        if (s > best) {
          best = s;
          bestName = n;
        }
      }
    }
    return new MatchResult(best, best >= 0.7, bestName,
        List.of(new Explanation("name_keys", best, 1.0, "shared keys with " + bestName)));
  }
}
