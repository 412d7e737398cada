package io.cordon.screening;

import io.cordon.match.Explanation;
import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The second number next to a score: how specific a match is, in [0, 1], for ordering an alert
 * queue. The score says how alike two names are; the priority also asks how many listed parties the
 * name could be and whether anything besides the name agrees:
 *
 * <pre>
 *   priority = score × (0.4 + 0.6 × specificity)
 *   specificity = 1 with an equal identifier, else
 *                 0.5 × rarity of the listed name + 0.35 × birth date agrees + 0.15 × country agrees
 *   rarity = min(1, Σ over the listed name's words of ln((N+1)/(n+0.5)) / ln(N+1) / 1.5)
 * </pre>
 *
 * where N is the number of indexed entities and n how many carry the word. "Muhammad Ali" (words on
 * hundreds of entries) scores about 0.4 in rarity, "Kilimnik, Konstantin" 1.0; so an exact common
 * name with nothing else known gets a priority near 0.5, a rare exact name 0.7, with the birth date
 * and nationality agreeing 1.0. Mismatching facts already lower the score itself.
 */
final class AlertPriority {
  private AlertPriority() {}

  static final double BASE = 0.4;
  static final double RARITY_SATURATION = 1.5;

  /** How rare a listed name is, from the index's word counts ({@code counts}) among {@code size} entities. */
  static double rarity(List<Integer> counts, int size) {
    if (counts.isEmpty() || size <= 0) {
      return 0.5; // unknown: neither raise nor lower
    }
    double norm = Math.log(size + 1.0);
    double sum = 0;
    for (int n : counts) {
      sum += Math.log((size + 1.0) / (Math.max(n, 1) + 0.5)) / norm;
    }
    return Math.min(1, sum / RARITY_SATURATION);
  }

  static double of(MatchQuery q, Entity e, double score, List<Explanation> explanations, double rarity) {
    double spec;
    if (explanations.stream().anyMatch(x -> x.feature().equals("identifier_match"))) {
      spec = 1;
    } else {
      spec = 0.5 * rarity + 0.35 * (birthDateAgrees(q, e) ? 1 : 0) + 0.15 * (countryAgrees(q, e) ? 1 : 0);
    }
    return Math.max(0, Math.min(1, score * (BASE + (1 - BASE) * spec)));
  }

  /** A query date and a listed date agree at the precision both have (1952 fits 1952-10-07). */
  static boolean birthDateAgrees(MatchQuery q, Entity e) {
    for (String a : q.birthDates()) {
      for (String b : e.get(Prop.BIRTH_DATE)) {
        if (a.startsWith(b) || b.startsWith(a)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean countryAgrees(MatchQuery q, Entity e) {
    if (q.countries().isEmpty()) {
      return false;
    }
    Set<String> listed = new HashSet<>(e.get(Prop.NATIONALITY));
    listed.addAll(e.get(Prop.CITIZENSHIP));
    listed.addAll(e.get(Prop.COUNTRY));
    listed.addAll(e.get(Prop.JURISDICTION));
    return q.countries().stream().anyMatch(listed::contains);
  }
}
