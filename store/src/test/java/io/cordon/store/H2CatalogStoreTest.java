package io.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.catalog.CommitOutcome;
import io.cordon.catalog.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog on the embedded default: an H2 file in a temporary home folder. */
class H2CatalogStoreTest extends CatalogStoreContract {
  @TempDir Path home;

  @Override
  StoreConfig freshDatabase() throws Exception {
    return StoreConfig.forHome(home, Optional.empty());
  }

  @Test
  void survivesReopeningTheHome() throws Exception {
    Snapshot s = snap("s-00000000000a", "s", LocalDate.of(2022, 1, 1), "2026-11-29T10:00:00Z", 1, 2);
    assertThat(catalog.commit(s, entities(1))).isEqualTo(CommitOutcome.ACTIVE);
    store.close();
    assertThat(home.resolve("cordon.mv.db")).exists();
    store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()));
    assertThat(store.catalog().active("s")).contains(s);
    assertThat(store.catalog().entities(s.id())).isEqualTo(entities(1));
  }

  @Test
  void propertiesFileChoosesTheDatabase() throws Exception {
    Path other = Files.createDirectories(home.resolve("elsewhere"));
    Files.writeString(home.resolve("cordon.properties"), "db.url=jdbc:h2:file:" + other.resolve("db") + "\n");
    assertThat(StoreConfig.forHome(home, Optional.empty()).url()).isEqualTo("jdbc:h2:file:" + other.resolve("db"));
    assertThat(StoreConfig.forHome(home, Optional.of("jdbc:postgresql://h/db")).url()).isEqualTo("jdbc:postgresql://h/db");
    Files.writeString(home.resolve("cordon.properties"), "db.url=mysql://nope\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreConfig.forHome(home, Optional.empty()))
        .hasMessageContaining("cordon.properties").hasMessageContaining("unsupported database URL");
  }
}
