package io.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.catalog.CatalogStore;
import io.cordon.catalog.CommitOutcome;
import io.cordon.catalog.Snapshot;
import io.cordon.catalog.update.DownloadState;
import io.cordon.catalog.update.DownloadStates;
import io.cordon.model.Entity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC catalog's contract, run against each database (H2 file, real PostgreSQL). */
abstract class CatalogStoreContract {
  CordonStore store;
  CatalogStore catalog;

  /** A fresh, empty database for each test. */
  abstract StoreConfig freshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = CordonStore.open(freshDatabase());
    catalog = store.catalog();
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Snapshot snap(String id, String source, LocalDate published, String imported, int targets, int records) {
    return new Snapshot(id, source, "ofac-sdn-csv", id.hashCode() + "0".repeat(64 - Integer.toString(id.hashCode()).length()),
        Optional.ofNullable(published), Instant.parse(imported), targets, records);
  }

  static List<Entity> entities(int n) {
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Entity.builder("ofac-" + i, "Person").add("name", "Person Nummer " + i)
          .add("alias", "Пётр " + i).add("alias", "Alias \"quoted\" " + i).add("birthDate", "1970-01")
          .add("nationality", "ru").dataset("us_ofac_sdn").build());
      out.add(Entity.builder("ofac-" + i + "-sanction", "Sanction").add("entity", "ofac-" + i)
          .add("program", "RUSSIA-EO14024").dataset("us_ofac_sdn").build());
    }
    return out;
  }

  @Test
  void commitAndReadBackExactly() {
    List<Entity> list = entities(3);
    Snapshot s = snap("us_ofac_sdn-aaaaaaaaaaaa", "us_ofac_sdn", LocalDate.of(2021, 7, 7), "2026-11-29T10:00:00.123Z", 3, 6);
    assertThat(catalog.commit(s, list)).isEqualTo(CommitOutcome.ACTIVE);
    assertThat(catalog.snapshot(s.id())).contains(s);
    assertThat(catalog.active("us_ofac_sdn")).contains(s);
    assertThat(catalog.entities(s.id())).isEqualTo(list);
    assertThat(catalog.sources()).containsExactly("us_ofac_sdn");
    assertThat(catalog.commit(s, list)).isEqualTo(CommitOutcome.UNCHANGED);
    assertThatThrownBy(() -> catalog.entities("nope-000000000000")).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void activeIsLatestEffectiveDateHistoryStaysAndAsOfUsesPublicationDates() {
    Snapshot mar = snap("s-000000000003", "s", LocalDate.of(2022, 3, 15), "2026-11-29T10:00:00Z", 2, 2);
    Snapshot feb = snap("s-000000000002", "s", LocalDate.of(2022, 2, 17), "2026-11-29T11:00:00Z", 1, 1);
    Snapshot undated = snap("s-000000000001", "s", null, "2026-11-29T12:00:00Z", 1, 1);
    assertThat(catalog.commit(mar, entities(1))).isEqualTo(CommitOutcome.ACTIVE);
    assertThat(catalog.commit(feb, entities(1))).isEqualTo(CommitOutcome.HISTORY);
    assertThat(catalog.active("s")).contains(mar);
    assertThat(catalog.snapshots("s")).containsExactly(feb, mar);
    assertThat(catalog.asOf("s", LocalDate.of(2022, 3, 14))).contains(feb);
    assertThat(catalog.asOf("s", LocalDate.of(2023, 1, 1))).contains(mar);
    assertThat(catalog.asOf("s", LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(catalog.previous(mar)).contains(feb);
    // an undated list counts from its import day, later than both
    assertThat(catalog.commit(undated, entities(1))).isEqualTo(CommitOutcome.ACTIVE);
    assertThat(catalog.snapshots("s")).containsExactly(feb, mar, undated);
    assertThat(catalog.active("other")).isEmpty();
  }

  @Test
  void sameDateNewerImportWins() {
    Snapshot a = snap("s-00000000000a", "s", LocalDate.of(2022, 3, 15), "2026-11-29T10:00:00Z", 1, 1);
    Snapshot b = snap("s-00000000000b", "s", LocalDate.of(2022, 3, 15), "2026-11-29T10:00:01Z", 1, 1);
    catalog.commit(a, entities(1));
    assertThat(catalog.commit(b, entities(1))).isEqualTo(CommitOutcome.ACTIVE);
    assertThat(catalog.active("s")).contains(b);
  }

  @Test
  void largeSnapshotSpansChunksAndRoundTrips() {
    List<Entity> list = entities(15_000);
    Snapshot s = snap("big-000000000000", "big", LocalDate.of(2024, 5, 3), "2026-11-29T10:00:00Z", 15_000, 30_000);
    long t0 = System.nanoTime();
    catalog.commit(s, list);
    long t1 = System.nanoTime();
    List<Entity> back = catalog.entities(s.id());
    long t2 = System.nanoTime();
    assertThat(back).isEqualTo(list);
    System.out.printf("%s: commit of 30,000 entities %d ms, read back %d ms%n",
        getClass().getSimpleName(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }

  @Test
  void aFailureMidCommitLeavesNothingVisible() {
    Snapshot good = snap("s-00000000000a", "s", LocalDate.of(2022, 1, 1), "2026-11-29T10:00:00Z", 1, 1);
    catalog.commit(good, entities(1));
    // the database fails on the very last statement of the transaction: the pointer update
    JdbcCatalog failing = new JdbcCatalog(failOn(store.dataSource(), "UPDATE catalog_source"));
    Snapshot next = snap("s-00000000000b", "s", LocalDate.of(2022, 2, 1), "2026-11-29T10:00:00Z", 2, 2);
    assertThatThrownBy(() -> failing.commit(next, entities(2))).isInstanceOf(StoreException.class)
        .hasMessageContaining("s-00000000000b");
    assertThat(catalog.snapshot(next.id())).isEmpty();
    assertThat(catalog.snapshots("s")).containsExactly(good);
    assertThat(catalog.active("s")).contains(good);
    assertThatThrownBy(() -> catalog.entities(next.id())).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void concurrentCommitsOfOneSourceAllLandAndTheLatestIsActive() throws Exception {
    int n = 6;
    List<Snapshot> snaps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      snaps.add(snap("c-00000000000" + i, "c", LocalDate.of(2020 + i, 1, 1), "2026-11-29T10:00:00Z", 1, 2));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    try {
      List<java.util.concurrent.Future<CommitOutcome>> results = new ArrayList<>();
      for (Snapshot s : snaps) {
        results.add(pool.submit(() -> {
          go.await();
          return catalog.commit(s, entities(1));
        }));
      }
      // and the same bytes twice at once: stored once
      Snapshot dup = snap("d-000000000000", "d", null, "2026-11-29T10:00:00Z", 1, 2);
      var d1 = pool.submit(() -> {
        go.await();
        return catalog.commit(dup, entities(1));
      });
      go.countDown();
      for (var f : results) {
        assertThat(f.get()).isIn(CommitOutcome.ACTIVE, CommitOutcome.HISTORY);
      }
      assertThat(d1.get()).isEqualTo(CommitOutcome.ACTIVE);
      assertThat(catalog.commit(dup, entities(1))).isEqualTo(CommitOutcome.UNCHANGED);
    } finally {
      pool.shutdownNow();
    }
    assertThat(catalog.snapshots("c")).containsExactlyElementsOf(snaps);
    assertThat(catalog.active("c")).contains(snaps.get(n - 1));
  }

  @Test
  void downloadStatesAreKeptPerSourceAndUrl() {
    DownloadStates d = store.downloads();
    assertThat(d.get("s", "http://x/a")).isEmpty();
    DownloadState st = new DownloadState("s", "http://x/a", Optional.of("\"abc\""), Optional.empty(),
        Optional.of("f".repeat(64)), Instant.parse("2026-11-29T10:00:00Z"));
    d.put(st);
    d.put(st);
    assertThat(d.get("s", "http://x/a")).contains(st);
    assertThat(d.get("s", "http://x/b")).isEmpty();
  }

  /** A data source whose connections throw when a statement containing {@code sql} is prepared. */
  static DataSource failOn(DataSource real, String sql) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (p, m, args) -> {
          Object r = invoke(real, m, args);
          if (r instanceof Connection conn) {
            return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p2, m2, a2) -> {
                  if (m2.getName().equals("prepareStatement") && a2[0].toString().contains(sql)) {
                    throw new java.sql.SQLException("simulated crash before " + sql);
                  }
                  return invoke(conn, m2, a2);
                });
          }
          return r;
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
