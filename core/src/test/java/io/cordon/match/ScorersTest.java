package io.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorersTest {
  private final Scorer s = Scorers.standard();

  private static Entity person(String... names) {
    Entity.Builder b = Entity.builder("p1", "Person");
    for (String n : names) {
      b.add("name", n);
    }
    return b.build();
  }

  private double score(String query, Entity e) {
    return s.score(new MatchQuery("Person", List.of(query), List.of(), List.of(), List.of(), null), e).score();
  }

  @Test
  void exactNamesScoreOneOthersAreOrdered() {
    Entity putin = person("Vladimir Vladimirovich Putin");
    double exact = score("Vladimir Vladimirovich PUTIN", putin);
    double comma = score("PUTIN, Vladimir Vladimirovich", putin);
    double partial = score("Vladimir Putin", putin);
    double typo = score("Vladimir Poutine", putin);
    double cyrillic = score("Владимир Путин", putin);
    assertThat(exact).isEqualTo(1.0);
    // the list's "SURNAME, Given" form is the same name
    assertThat(comma).isEqualTo(1.0);
    assertThat(partial).isGreaterThan(0.9).isLessThan(0.99);
    assertThat(typo).isLessThan(partial).isGreaterThan(s.threshold());
    assertThat(cyrillic).isGreaterThan(s.threshold());
    assertThat(score("Boris Yeltsin", putin)).isLessThan(0.5);
  }

  @Test
  void omittedPatronymicIsNotAContradiction() {
    Entity lavrov = person("Sergey Viktorovich Lavrov");
    assertThat(score("Sergey Lavrov", lavrov)).isGreaterThan(s.threshold());
    assertThat(score("Sergey Borisovich Lavrov", lavrov)).isLessThan(s.threshold());
    assertThat(score("Sergey Lavrov", lavrov)).isGreaterThan(score("Sergey Borisovich Lavrov", lavrov));
  }

  @Test
  void everyResultExplainsItself() {
    MatchResult r = s.score(MatchQuery.ofName("Wladimir Putin"), person("Vladimir Putin"));
    assertThat(r.explanations()).isNotEmpty();
    assertThat(r.explanations().get(0).feature()).isEqualTo("name_parts");
    assertThat(r.explanations().get(0).detail()).contains("wladimir~vladimir");
    assertThat(r.matchedName()).isEqualTo("Vladimir Putin");
    assertThat(Scorers.ofac().score(MatchQuery.ofName("Vladimir Putin"), person("PUTIN, Vladimir")).explanations())
        .isNotEmpty();
  }

  @Test
  void qualifiersLowerTheScore() {
    Entity e = Entity.builder("p2", "Person").add("name", "Ivan Petrov").add("birthDate", "1960-05-01")
        .add("nationality", "ru").add("gender", "male").build();
    double plain = s.score(new MatchQuery("Person", List.of("Ivan Petrov"), List.of(), List.of(), List.of(), null), e)
        .score();
    MatchResult year = s.score(new MatchQuery("Person", List.of("Ivan Petrov"), List.of("1971"), List.of(), List.of(),
        null), e);
    MatchResult sameYear = s.score(new MatchQuery("Person", List.of("Ivan Petrov"), List.of("1960"), List.of("ru"),
        List.of(), "male"), e);
    MatchResult country = s.score(new MatchQuery("Person", List.of("Ivan Petrov"), List.of(), List.of("us"), List.of(),
        "female"), e);
    assertThat(year.score()).isLessThan(plain);
    assertThat(year.explanations()).anyMatch(x -> x.feature().equals("birth_date"));
    assertThat(sameYear.score()).isEqualTo(plain);
    assertThat(country.explanations()).anyMatch(x -> x.feature().equals("country_mismatch"))
        .anyMatch(x -> x.feature().equals("gender_mismatch"));
    Entity company = Entity.builder("c1", "Company").add("name", "Ivan Petrov").build();
    assertThat(s.score(new MatchQuery("Person", List.of("Ivan Petrov"), List.of(), List.of(), List.of(), null), company)
        .score()).isLessThan(plain);
  }

  @Test
  void identifiersMatchNormalised() {
    Entity v = Entity.builder("v1", "Vessel").add("name", "SEA STAR").add("imoNumber", "IMO 9123456").build();
    MatchResult r = s.score(new MatchQuery("Vessel", List.of("Unknown Ship"), List.of(), List.of(),
        List.of("imo9123456"), null), v);
    assertThat(r.score()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.match()).isTrue();
    assertThat(r.explanations()).anyMatch(x -> x.feature().equals("identifier_match"));
  }

  @Test
  void preparedPathEqualsSlowPath() {
    Entity e = person("Aleksei Navalny", "Алексей Анатольевич Навальный");
    MatchQuery q = MatchQuery.ofName("Alexey Navalnyy");
    MatchResult slow = s.score(q, e);
    MatchResult fast = s.score(s.prepare(q), s.prepare(e));
    assertThat(fast).isEqualTo(slow);
    assertThat(fast.score()).isGreaterThan(s.threshold());
  }

  @Test
  void configRejectsBadValuesByName() {
    assertThatThrownBy(() -> ScorerConfig.builder().threshold(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold").hasMessageContaining("1.5");
    assertThatThrownBy(() -> ScorerConfig.builder().countryMismatch(Double.NaN))
        .hasMessageContaining("countryMismatch");
    assertThatThrownBy(() -> Scorers.ofac(-0.1)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> Scorers.byName("fuzzy")).hasMessageContaining("cordon-v1");
    Scorer strict = Scorers.standard(ScorerConfig.builder().threshold(0.9).build());
    assertThat(strict.threshold()).isEqualTo(0.9);
    assertThat(Scorers.standard().threshold()).isEqualTo(ScorerConfig.DEFAULT_THRESHOLD);
  }

  @Test
  void ofacModeFollowsOfacQuirks() {
    Scorer ofac = Scorers.ofac();
    assertThat(ofac.score(MatchQuery.ofName("VLADIMIR PUTIN"), person("PUTIN, Vladimir")).score()).isEqualTo(1.0);
    // first-letter gate on the whole string: order matters to OFAC
    double georgeBush = ofac.score(MatchQuery.ofName("GEORGE BUSH"), person("GEORGIOU, Georgios")).score();
    double bushGeorge = ofac.score(MatchQuery.ofName("BUSH GEORGE"), person("GEORGIOU, Georgios")).score();
    assertThat(georgeBush).isGreaterThanOrEqualTo(0.8);
    assertThat(bushGeorge).isLessThan(0.8);
  }
}
