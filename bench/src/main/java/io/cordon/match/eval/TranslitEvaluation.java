package io.cordon.match.eval;

import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.util.ArrayList;
import java.util.List;

/** Share of transliteration pairs whose Latin and native forms score at or above a threshold. */
public final class TranslitEvaluation {
  private TranslitEvaluation() {}

  public record Row(TranslitPair pair, MatchResult result) {}

  public record Report(int pairs, int above, double threshold, List<Row> below) {
    public double share() {
      return pairs == 0 ? 0 : (double) above / pairs;
    }
  }

  /** Scores the Latin form as the query against the native form as a listed person. */
  public static Report evaluate(List<TranslitPair> pairs, Scorer scorer, double threshold) {
    int above = 0;
    List<Row> below = new ArrayList<>();
    for (TranslitPair p : pairs) {
      Entity e = Entity.builder("translit-" + p.line(), "Person").add(Prop.NAME, p.nativeName()).build();
      MatchResult r = scorer.score(new MatchQuery("Person", List.of(p.latin()), List.of(), List.of(), List.of(), null), e);
      if (r.score() >= threshold) {
        above++;
      } else {
        below.add(new Row(p, r));
      }
    }
    return new Report(pairs.size(), above, threshold, below);
  }
}
