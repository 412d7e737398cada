package io.cordon.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.cordon.catalog.CatalogStore;
import io.cordon.catalog.update.DownloadStates;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The opened store of a Cordon home: runs the Flyway migrations (the same on H2 and PostgreSQL),
 * then hands out the JDBC catalog and a {@link DataSource} for other JDBC stores (cases).
 * On PostgreSQL, connections come from one HikariCP pool per store (a PostgreSQL connection is a
 * server process: opening one per transaction cost more than most transactions). The embedded H2
 * file keeps a connection per transaction (opening one is an in-process call), and lets one
 * transaction write at a time until its commit is on disk ({@link SerialWriters}: without it a kill -9
 * could bring back a commit without the earlier one it was built on). Close the store when done: this closes the
 * pool, or releases the H2 file lock.
 */
public final class CordonStore implements AutoCloseable {
  private final StoreConfig config;
  /** Most connections the PostgreSQL pool holds: the server's request threads share them. */
  static final int POOL_SIZE = 10;

  private final DataSource dataSource;
  private final Connection keepOpen;
  private final JdbcCatalog catalog;
  private final JdbcDownloadStates downloads;

  private CordonStore(StoreConfig config, DataSource dataSource, Connection keepOpen) {
    this.config = config;
    this.dataSource = dataSource;
    this.keepOpen = keepOpen;
    this.catalog = new JdbcCatalog(dataSource);
    this.downloads = new JdbcDownloadStates(dataSource);
  }

  /** Opens (creating when missing) and migrates the database. */
  public static CordonStore open(StoreConfig config) {
    DataSource direct = dataSource(config);
    Connection keep = null;
    HikariDataSource pool = null;
    try {
      if (config.isH2()) {
        // H2 closes an embedded database with its last connection; holding one keeps it open
        // (and its file lock held) for the store's lifetime instead of reopening it per call.
        keep = firstConnection(direct);
        durableCommits(keep);
      } else {
        pool = pool(direct);
      }
      // H2: one writing transaction at a time until its commit is on disk (SerialWriters says why)
      DataSource ds = pool != null ? pool : SerialWriters.around(direct, config.url());
      Flyway.configure().dataSource(ds).locations("classpath:db/migration")
          .failOnMissingLocations(true).load().migrate();
      return new CordonStore(config, ds, keep);
    } catch (SQLException | FlywayException | HikariPool.PoolInitializationException e) {
      if (pool != null) {
        pool.close();
      }
      closeQuietly(keep, e);
      throw new StoreException("cannot open the store at " + config.describe() + ": " + rootMessage(e), e);
    }
  }

  /** H2's "database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
  private static final int H2_ALREADY_OPEN = 90020;

  /**
   * With AUTO_SERVER, a process opening the file while another has just locked it but not yet
   * written its server address into the lock file is refused; a moment later it connects through
   * that process's server. Two commands started together (two batches, say) hit this window.
   */
  private static Connection firstConnection(DataSource direct) throws SQLException {
    RetryPolicy<Connection> raced = RetryPolicy.<Connection>builder()
        .handleIf(e -> e instanceof SQLException q && q.getErrorCode() == H2_ALREADY_OPEN)
        .withDelay(Duration.ofMillis(200)).withMaxRetries(25).build();
    try {
      return Failsafe.with(raced).get(direct::getConnection);
    } catch (FailsafeException e) {
      if (e.getCause() instanceof SQLException q) {
        throw q;
      }
      throw e;
    }
  }

  private static HikariDataSource pool(DataSource direct) {
    HikariConfig c = new HikariConfig();
    c.setPoolName("cordon-store");
    c.setDataSource(direct);
    c.setMaximumPoolSize(POOL_SIZE);
    c.setMinimumIdle(1); // a CLI command uses one; the pool grows under a server's load
    return new HikariDataSource(c);
  }

  /**
   * Makes every H2 commit write its chunk to the file before COMMIT returns. H2's default WRITE_DELAY
   * (500 ms) leaves committed transactions in memory for up to half a second, and H2 takes the delay
   * from the connection settings at each open (a stored SET is overridden), so a kill -9 lost
   * acknowledged writes (CatalogDurabilityTest). Set on every open, before anything is written.
   * The data is written to the OS, not fsynced: a killed process loses nothing, a power cut may
   * (docs/reliability.md); PostgreSQL is the store for that.
   */
  private static void durableCommits(Connection c) throws SQLException {
    try (java.sql.Statement st = c.createStatement()) {
      st.execute("SET WRITE_DELAY 0");
    }
  }

  public CatalogStore catalog() {
    return catalog;
  }

  /** API keys of the HTTP API (hashes only). */
  public io.cordon.access.ApiKeys apiKeys(java.time.Clock clock) {
    return new JdbcApiKeys(dataSource, clock);
  }

  /** State of asynchronous screening jobs. */
  public io.cordon.screening.jobs.JobStore jobs() {
    return new JdbcJobStore(dataSource);
  }

  public DownloadStates downloads() {
    return downloads;
  }

  /** Connections to the same database, for other JDBC-backed stores. */
  public DataSource dataSource() {
    return dataSource;
  }

  public StoreConfig config() {
    return config;
  }

  @Override
  public void close() {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
    if (keepOpen != null) {
      try {
        keepOpen.close();
      } catch (SQLException e) {
        throw new StoreException("closing the store: " + e.getMessage(), e);
      }
    }
  }

  private static DataSource dataSource(StoreConfig c) {
    if (c.isH2()) {
      org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
      ds.setURL(c.url());
      ds.setUser(c.user().orElse("sa"));
      ds.setPassword(c.password().orElse(""));
      return ds;
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(c.url());
    c.user().ifPresent(ds::setUser);
    c.password().ifPresent(ds::setPassword);
    return ds;
  }

  private static void closeQuietly(Connection c, Exception primary) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        primary.addSuppressed(e);
      }
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
