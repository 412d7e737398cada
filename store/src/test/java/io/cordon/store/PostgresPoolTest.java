package io.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.store.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The store's connections come from a pool: on PostgreSQL, where each connection is a server
 * process, one transaction after another runs on the same server process instead of starting a
 * new one each time.
 */
@Tag("postgres")
class PostgresPoolTest {

  @Test
  void transactionsReuseServerConnections() throws Exception {
    try (CordonStore store = CordonStore.open(StoreConfig.of(TestPostgres.freshDatabase("cordon_pool")))) {
      Set<Integer> backends = new HashSet<>();
      for (int i = 0; i < 20; i++) {
        store.catalog().lastActivation("ofac-sdn"); // a catalog read, its own transaction
        try (Connection c = store.dataSource().getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
          rs.next();
          backends.add(rs.getInt(1));
        }
      }
      assertThat(backends).as("server processes used by 20 sequential transactions").hasSizeLessThanOrEqualTo(2);
    }
  }

  @Test
  void aClosedStoreHandsOutNoConnections() throws Exception {
    CordonStore store = CordonStore.open(StoreConfig.of(TestPostgres.freshDatabase("cordon_pool")));
    store.close();
    assertThatThrownBy(() -> store.dataSource().getConnection()).isInstanceOf(java.sql.SQLException.class);
  }
}
