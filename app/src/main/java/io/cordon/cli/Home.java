package io.cordon.cli;

import io.cordon.catalog.CatalogStore;
import io.cordon.catalog.ImportPolicy;
import io.cordon.catalog.Importer;
import io.cordon.catalog.ListReader;
import io.cordon.catalog.SnapshotListener;
import io.cordon.sources.ListAdapters;
import io.cordon.store.CordonStore;
import io.cordon.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The opened home folder of one command: the store (H2 in the folder, or the configured database)
 * and what is built on it. The commands' one place for wiring; close it when the command ends.
 */
final class Home implements AutoCloseable {
  private final Path dir;
  private final CordonStore store;
  private final Clock clock;

  private Home(Path dir, CordonStore store, Clock clock) {
    this.dir = dir;
    this.store = store;
    this.clock = clock;
  }

  /** Opens (creating when missing) the home folder named by the command line. */
  static Home open(Main main) throws IOException {
    Path dir = main.home().toAbsolutePath().normalize();
    Files.createDirectories(dir);
    return new Home(dir, CordonStore.open(StoreConfig.forHome(dir, main.db())), Clock.systemUTC());
  }

  Path dir() {
    return dir;
  }

  CordonStore store() {
    return store;
  }

  CatalogStore catalog() {
    return store.catalog();
  }

  Clock clock() {
    return clock;
  }

  /**
   * The importer of `cordon import` and `cordon update`; {@code listeners} are told when a source's
   * active snapshot changes (after the commit): index rebuilds, re-screening of the customer book.
   */
  Importer importer(ImportPolicy policy, List<SnapshotListener> listeners) {
    return new Importer(store.catalog(), reader(), policy, clock, listeners);
  }

  /**
   * The list checks of this home: the defaults, with {@code import.<source or default>.<check>} entries
   * of {@code <home>/cordon.properties} applied (see {@link io.cordon.catalog.ListExpectations}).
   */
  ImportPolicy importPolicy() throws IOException {
    java.util.Properties props = new java.util.Properties();
    Path file = dir.resolve("cordon.properties");
    if (Files.isRegularFile(file)) {
      try (java.io.Reader r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
        props.load(r);
      }
    }
    try {
      return ImportPolicy.DEFAULT.with(props);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** The audit checkpoint of this home, signed with a key outside the database (see AuditSeal). */
  io.cordon.cases.AuditSeal auditSeal() {
    return io.cordon.cases.AuditSeal.inHome(dir);
  }

  /** A cases store whose audit appends are anchored outside the database. */
  io.cordon.store.JdbcCaseStore caseStore() {
    io.cordon.cases.AuditSeal seal = auditSeal();
    return new io.cordon.store.JdbcCaseStore(store.dataSource(), head -> seal.seal(head, clock.instant()));
  }

  /** The adapters of this build (ServiceLoader), detecting the format when none is given. */
  static ListReader reader() {
    return ListAdapters.load()::read;
  }

  @Override
  public void close() {
    if (indexes != null) {
      indexes.close();
    }
    store.close();
  }

  private io.cordon.screening.CatalogIndexes indexes;

  /**
   * A screener over the active lists of this home (index opened from, or built into, the home's
   * index cache on first use), so that every command screens with the same index and scorer.
   */
  synchronized io.cordon.screening.Screener screener(io.cordon.match.Scorer scorer) {
    if (indexes == null) {
      indexes = new io.cordon.screening.CatalogIndexes(store.catalog(),
          new io.cordon.index.lucene.IndexCache(dir, Engine.keys()));
    }
    return new io.cordon.screening.Screener(indexes, scorer, clock, io.cordon.screening.Screener.Settings.DEFAULTS);
  }
}
