package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.PlainKeys;
import io.cordon.index.TokenScorer;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreenerTest {

  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  static Screener screener(IndexHolder h) {
    return new Screener(IndexSource.of(h), new TokenScorer(), Clock.fixed(NOW, ZoneOffset.UTC),
        Screener.Settings.DEFAULTS);
  }

  static IndexHolder holder() {
    List<Entity> es = List.of(
        Entity.builder("b", "Person").add(Prop.NAME, "Ivan Petrov").dataset("x").build(),
        Entity.builder("a", "Person").add(Prop.NAME, "Petrov Ivan").dataset("y").build(),
        Entity.builder("c", "Person").add(Prop.NAME, "Ivan Petrov Sidorov").dataset("x").build(),
        Entity.builder("d", "Person").add(Prop.NAME, "Olga Smirnova").dataset("x").build());
    return new IndexHolder(LuceneIndexes.inMemory(List.of(new IndexInput("snap-9", "x", es)), new PlainKeys()));
  }

  @Test
  void ranksByScoreThenIdAndFlagsMatches() {
    ScreeningResponse r = screener(holder()).screen(ScreeningQuery.of(MatchQuery.ofName("Ivan Petrov")));
    assertThat(r.results()).extracting(x -> x.entity().id()).containsExactly("a", "b", "c");
    assertThat(r.results().get(0).score()).isEqualTo(1.0);
    assertThat(r.results()).extracting(ScreeningResult::match).containsExactly(true, true, true);
    assertThat(r.results().get(0).snapshotId()).isEqualTo("snap-9");
    assertThat(r.results().get(0).explanations()).isNotEmpty();
    assertThat(r.screenedAt()).isEqualTo(NOW);
    assertThat(r.snapshotIds()).containsExactly("snap-9");
    assertThat(r.threshold()).isEqualTo(0.7);
    assertThat(r.alert()).isTrue();
  }

  @Test
  void thresholdLimitAndDatasetFilter() {
    Screener s = screener(holder());
    ScreeningResponse strict = s.screen(ScreeningQuery.of(MatchQuery.ofName("Ivan Petrov")).withThreshold(0.95));
    assertThat(strict.results()).extracting(ScreeningResult::match).containsExactly(true, true, false);
    assertThat(s.screen(ScreeningQuery.of(MatchQuery.ofName("Ivan Petrov")).withLimit(1)).results()).hasSize(1);
    assertThat(s.screen(ScreeningQuery.of(MatchQuery.ofName("Ivan Petrov")).withDatasets(Set.of("y"))).results())
        .extracting(x -> x.entity().id()).containsExactly("a");
    assertThat(s.screen(ScreeningQuery.of(MatchQuery.ofName("Nobody Known"))).alert()).isFalse();
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(() -> ScreeningQuery.of(MatchQuery.ofName(" ")))
        .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("name:");
    assertThatThrownBy(() -> ScreeningQuery.of(MatchQuery.ofName("x")).withThreshold(1.5))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("threshold"));
    assertThatThrownBy(() -> ScreeningQuery.of(MatchQuery.ofName("x")).withLimit(0)).hasMessageStartingWith("limit:");
    assertThatThrownBy(() -> ScreeningQuery.of(new MatchQuery("Persn", List.of("x"), List.of(), List.of(), List.of(), null)))
        .hasMessageStartingWith("schema:");
    assertThatThrownBy(() -> ScreeningQuery.of(new MatchQuery("Person", List.of("x"), List.of("1.2.1970"), List.of(), List.of(), null)))
        .hasMessageStartingWith("birthDate:");
    assertThatThrownBy(() -> ScreeningQuery.of(new MatchQuery("Person", List.of("x"), List.of(), List.of("Russia"), List.of(), null)))
        .hasMessageStartingWith("country:");
    assertThatThrownBy(() -> ScreeningQuery.of(new MatchQuery("Person", List.of("x"), List.of(), List.of(), List.of(), "m")))
        .hasMessageStartingWith("gender:");
    assertThatThrownBy(() -> screener(holder()).screen(ScreeningQuery.of(MatchQuery.ofName("x")).withAsOf(LocalDate.of(2021, 1, 1))))
        .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("asOf:");
    assertThatThrownBy(() -> screener(new IndexHolder()).screen(ScreeningQuery.of(MatchQuery.ofName("x"))))
        .isInstanceOf(NoListsException.class);
  }
}
