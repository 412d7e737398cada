package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.index.AnalyzerKeys;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.match.MatchQuery;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Alert priority: the number next to the score that says how specific a match is. */
class AlertPriorityTest {

  static Screener fixture() {
    List<Entity> es = new ArrayList<>();
    es.add(Entity.builder("rare", "Person").add(Prop.NAME, "Konstantin Kilimnik").add(Prop.BIRTH_DATE, "1970-04-27")
        .add(Prop.NATIONALITY, "ru").dataset("x").build());
    es.add(Entity.builder("common", "Person").add(Prop.NAME, "Muhammad Ali").add(Prop.BIRTH_DATE, "1965")
        .dataset("x").build());
    // many listed names share the words Muhammad and Ali, as on the real lists
    for (int i = 0; i < 60; i++) {
      es.add(Entity.builder("m" + i, "Person").add(Prop.NAME, (i % 2 == 0 ? "Muhammad " : "Ali ") + "Person" + (char) ('a' + i % 26) + i)
          .dataset("x").build());
    }
    var index = LuceneIndexes.inMemory(List.of(new IndexInput("s", "x", es)), AnalyzerKeys.standard());
    return new Screener(IndexSource.of(new IndexHolder(index)), Scorers.standard(), Clock.systemUTC(),
        Screener.Settings.DEFAULTS);
  }

  static ScreeningResult top(Screener s, MatchQuery q) {
    return s.screen(ScreeningQuery.of(q)).results().get(0);
  }

  @Test
  void rareNamesAndAgreeingFactsRaiseItCommonNamesAloneLowerIt() {
    Screener s = fixture();
    ScreeningResult common = top(s, MatchQuery.ofName("Muhammad Ali"));
    ScreeningResult rare = top(s, MatchQuery.ofName("Konstantin Kilimnik"));
    ScreeningResult rareWithFacts = top(s, new MatchQuery("Person", List.of("Konstantin Kilimnik"),
        List.of("1970-04-27"), List.of("ru"), List.of(), null));
    assertThat(common.entity().id()).isEqualTo("common");
    assertThat(common.score()).isEqualTo(1.0);
    assertThat(rare.score()).isEqualTo(1.0);
    assertThat(common.priority()).isLessThan(rare.priority());
    assertThat(rare.priority()).isLessThan(rareWithFacts.priority());
    assertThat(rareWithFacts.priority()).isGreaterThan(0.95);
    assertThat(common.priority()).isLessThan(0.6);
    ScreeningResult commonWithDate = top(s, new MatchQuery("Person", List.of("Muhammad Ali"), List.of("1965"),
        List.of(), List.of(), null));
    assertThat(commonWithDate.priority()).isGreaterThan(common.priority());
  }

  /** Area under the ROC curve: chance that a random positive outranks a random negative (ties half). */
  static double auc(List<ScreeningResult> pos, List<ScreeningResult> neg, ToDoubleFunction<ScreeningResult> f) {
    double wins = 0;
    for (ScreeningResult p : pos) {
      for (ScreeningResult n : neg) {
        double a = f.applyAsDouble(p);
        double b = f.applyAsDouble(n);
        wins += a > b ? 1 : a == b ? 0.5 : 0;
      }
    }
    return wins / ((double) pos.size() * neg.size());
  }

  static double median(List<ScreeningResult> rs, ToDoubleFunction<ScreeningResult> f) {
    double[] v = rs.stream().mapToDouble(f).sorted().toArray();
    return v.length == 0 ? Double.NaN : v[v.length / 2];
  }

  static double shareAbove(List<ScreeningResult> rs, ToDoubleFunction<ScreeningResult> f, double t) {
    return rs.stream().filter(r -> f.applyAsDouble(r) > t).count() / (double) rs.size();
  }

  /**
   * On OFAC 2024 + UN: UN positives (their top result) against the synthetic negatives' top results,
   * full records and name only; the priority must order them at least as well as the score.
   */
  @Test
  @Tag("shared-data")
  @Tag("slow")
  void positivesRankAboveFalseAlertsOnTheYenteBenchmark() throws IOException {
    Screener screener = SharedLists.screener(SharedLists.OFAC_2024, SharedLists.UN);
    for (boolean nameOnly : new boolean[] {false, true}) {
      List<ScreeningResult> pos = new ArrayList<>();
      List<ScreeningResult> neg = new ArrayList<>();
      for (Map<String, String> row : YenteBenchmarkTest.rows("positives_un_untreated.csv")) {
        ScreeningResponse r = screener.screen(query(row, nameOnly));
        if (!r.results().isEmpty() && r.results().get(0).match()) {
          pos.add(r.results().get(0));
        }
      }
      for (Map<String, String> row : YenteBenchmarkTest.rows("negatives_us_validation_report.csv")) {
        ScreeningResponse r = screener.screen(query(row, nameOnly));
        if (!r.results().isEmpty()) {
          neg.add(r.results().get(0));
        }
      }
      List<ScreeningResult> alerts = neg.stream().filter(ScreeningResult::match).toList();
      // the negatives' top results that an analyst would see at a threshold of 0.6
      List<ScreeningResult> near = neg.stream().filter(r -> r.score() >= 0.6).toList();
      if (!nameOnly) {
        // with birth date, nationality and gender hardly any negative reaches 0.6: nothing to order
        System.out.printf("alert priority (full records): %d positive alerts, %d negatives with a result >= 0.5,"
            + " %d scoring >= 0.6%n", pos.size(), neg.size(), near.size());
        assertThat(near.size()).isLessThan(10);
        continue;
      }
      double aucScore = auc(pos, near, ScreeningResult::score);
      double aucPriority = auc(pos, near, ScreeningResult::priority);
      System.out.printf("alert priority (%s): %d positive alerts, %d negatives scoring >= 0.6 (%d alerts);"
              + " AUC score %.3f, priority %.3f; positives above the median negative >= 0.6: by score %.1f%%,"
              + " by priority %.1f%%%n",
          "name only", pos.size(), near.size(), alerts.size(), aucScore, aucPriority,
          100 * shareAbove(pos, ScreeningResult::score, median(near, ScreeningResult::score)),
          100 * shareAbove(pos, ScreeningResult::priority, median(near, ScreeningResult::priority)));
      assertThat(pos.size()).isGreaterThan(600);
      assertThat(near.size()).isGreaterThan(20);
      // The positives are untreated listed names (score 1.0 almost always), so the score alone already
      // separates them from the negatives; the priority must keep that order while it spreads the
      // positives that tie at 1.0 (common against rare names, facts known or not).
      assertThat(aucPriority).isGreaterThan(0.99);
      long tied = pos.stream().filter(r -> r.score() >= 1.0).count();
      long spread = pos.stream().filter(r -> r.score() >= 1.0).mapToDouble(r -> Math.round(r.priority() * 100) / 100.0)
          .distinct().count();
      System.out.printf("alert priority: %d positives score 1.0; their priorities take %d distinct values (2 decimals),"
          + " %.2f to %.2f%n", tied, spread,
          pos.stream().filter(r -> r.score() >= 1.0).mapToDouble(ScreeningResult::priority).min().orElse(0),
          pos.stream().filter(r -> r.score() >= 1.0).mapToDouble(ScreeningResult::priority).max().orElse(0));
      assertThat(spread).isGreaterThanOrEqualTo(5);
    }
  }

  static ScreeningQuery query(Map<String, String> row, boolean nameOnly) {
    MatchQuery q = nameOnly
        ? new MatchQuery("Person", List.of(row.get("full_name")), List.of(), List.of(), List.of(), null)
        : YenteBenchmarkTest.query(row);
    return new ScreeningQuery(q, OptionalDouble.empty(), 5, Set.of(), Optional.empty());
  }
}
