package io.cordon.store;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The case workflow on the embedded default: an H2 file in a temporary home folder. */
class H2CaseStoreTest extends JdbcCaseServiceContract {
  @TempDir Path home;

  @Override
  protected CordonStore openStore() throws Exception {
    return CordonStore.open(StoreConfig.forHome(home, Optional.empty()));
  }
}
