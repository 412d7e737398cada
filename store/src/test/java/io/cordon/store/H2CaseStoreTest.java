package io.cordon.store;

import io.cordon.cases.CaseServiceContract;
import io.cordon.cases.CaseStore;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The case workflow on the embedded default: an H2 file in a temporary home folder. */
class H2CaseStoreTest extends CaseServiceContract {
  @TempDir Path home;
  CordonStore store;

  @Override
  protected CaseStore newStore() throws Exception {
    store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()));
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
