package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.catalog.InMemoryCatalog;
import io.cordon.catalog.Snapshot;
import io.cordon.index.lucene.IndexCache;
import io.cordon.index.PlainKeys;
import io.cordon.index.TokenScorer;
import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIndexesTest {

  static Snapshot snap(String id, String source, LocalDate published) {
    return new Snapshot(id, source, "test", id, Optional.of(published), Instant.parse("2026-01-01T00:00:00Z"), 1, 1);
  }

  static Entity person(String id, String name, String ds) {
    return Entity.builder(id, "Person").add(Prop.NAME, name).dataset(ds).build();
  }

  @Test
  void screensCurrentListsAndListsInForceOnADate(@TempDir Path home) {
    InMemoryCatalog catalog = new InMemoryCatalog();
    catalog.commit(snap("sdn-2019", "us_ofac_sdn", LocalDate.of(2019, 1, 4)),
        List.of(person("ofac-1", "Ivan Petrov", "us_ofac_sdn")));
    catalog.commit(snap("sdn-2021", "us_ofac_sdn", LocalDate.of(2021, 7, 1)),
        List.of(person("ofac-1", "Ivan Petrov", "us_ofac_sdn"), person("ofac-2", "Konstantin Kilimnik", "us_ofac_sdn")));
    catalog.commit(snap("un-2020", "un_sc", LocalDate.of(2020, 5, 1)), List.of(person("un-1", "Olga Smirnova", "un_sc")));
    try (CatalogIndexes idx = new CatalogIndexes(catalog, new IndexCache(home, new PlainKeys()))) {
      Screener s = new Screener(idx, new TokenScorer(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
      ScreeningResponse now = s.screen(ScreeningQuery.of(MatchQuery.ofName("Konstantin Kilimnik")));
      assertThat(now.results()).extracting(r -> r.entity().id()).containsExactly("ofac-2");
      assertThat(now.results().get(0).snapshotId()).isEqualTo("sdn-2021");
      assertThat(now.snapshotIds()).containsExactlyInAnyOrder("sdn-2021", "un-2020");
      // Before the April 2021 designations, Kilimnik was not on the list.
      ScreeningResponse before = s.screen(ScreeningQuery.of(MatchQuery.ofName("Konstantin Kilimnik"))
          .withAsOf(LocalDate.of(2020, 6, 1)));
      assertThat(before.alert()).isFalse();
      assertThat(before.snapshotIds()).containsExactlyInAnyOrder("sdn-2019", "un-2020");
      ScreeningResponse old = s.screen(ScreeningQuery.of(MatchQuery.ofName("Ivan Petrov"))
          .withAsOf(LocalDate.of(2019, 6, 1)));
      assertThat(old.snapshotIds()).containsExactly("sdn-2019");
      assertThatThrownBy(() -> s.screen(ScreeningQuery.of(MatchQuery.ofName("x")).withAsOf(LocalDate.of(2000, 1, 1))))
          .isInstanceOf(NoListsException.class).hasMessageContaining("2000-01-01");

      // A new snapshot: refresh swaps the index in.
      catalog.commit(snap("un-2026", "un_sc", LocalDate.of(2026, 2, 27)),
          List.of(person("un-1", "Olga Smirnova", "un_sc"), person("un-7", "Ivan Sidorov", "un_sc")));
      assertThat(idx.refresh()).containsExactlyInAnyOrder("sdn-2021", "un-2026");
      assertThat(s.screen(ScreeningQuery.of(MatchQuery.ofName("Ivan Sidorov"))).results().get(0).entity().id())
          .isEqualTo("un-7");
    }
  }

  @Test
  void emptyCatalogIsRefused(@TempDir Path home) {
    try (CatalogIndexes idx = new CatalogIndexes(new InMemoryCatalog(), new IndexCache(home, new PlainKeys()))) {
      Screener s = new Screener(idx, new TokenScorer(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
      assertThatThrownBy(() -> s.screen(ScreeningQuery.of(MatchQuery.ofName("x"))))
          .isInstanceOf(NoListsException.class).hasMessageContaining("cordon import");
    }
  }
}
