package io.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.access.ApiKey;
import io.cordon.access.ApiKeys;
import io.cordon.store.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys on H2 (file) and a real PostgreSQL: created, verified, revoked, never stored in clear. */
@Tag("postgres")
class ApiKeysStoreTest {
  @TempDir Path home;

  @Test
  void h2() throws Exception {
    check(StoreConfig.h2(home));
  }

  @Test
  void postgres() throws Exception {
    check(StoreConfig.of(TestPostgres.freshDatabase("keys_test")));
  }

  private static void check(StoreConfig config) throws Exception {
    try (CordonStore store = CordonStore.open(config)) {
      ApiKeys keys = store.apiKeys(Clock.systemUTC());
      String k1 = keys.create("bank-app");
      String k2 = keys.create("batch");
      assertThat(k1).startsWith("ck_").isNotEqualTo(k2);
      assertThat(keys.verify(k1)).map(ApiKey::name).contains("bank-app");
      assertThat(keys.verify(k1 + "x")).isEmpty();
      assertThatThrownBy(() -> keys.create("bank-app")).hasMessageContaining("exists already");
      assertThatThrownBy(() -> keys.create("bad name")).hasMessageContaining("key name");
      assertThat(keys.revoke("bank-app")).isTrue();
      assertThat(keys.verify(k1)).isEmpty();
      assertThat(keys.verify(k2)).isPresent();
      List<ApiKey> all = keys.list();
      assertThat(all).extracting(ApiKey::name).containsExactly("bank-app", "batch");
      try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT name, prefix, sha256 FROM api_key")) {
        while (rs.next()) {
          // The clear key appears nowhere in the table.
          for (int i = 1; i <= 3; i++) {
            assertThat(rs.getString(i)).isNotEqualTo(k1).isNotEqualTo(k2);
          }
          assertThat(rs.getString(3)).hasSize(64);
        }
      }
    }
  }
}
