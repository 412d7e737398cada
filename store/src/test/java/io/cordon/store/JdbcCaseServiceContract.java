package io.cordon.store;

import io.cordon.cases.CaseServiceContract;
import io.cordon.cases.CaseStore;
import org.junit.jupiter.api.AfterEach;

/** The case workflow contract on {@link JdbcCaseStore}; subclasses say which database. */
abstract class JdbcCaseServiceContract extends CaseServiceContract {
  private CordonStore store;

  /** A fresh, empty store for one test. */
  protected abstract CordonStore openStore() throws Exception;

  @Override
  protected CaseStore newStore() throws Exception {
    store = openStore();
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
