package io.cordon.cases;

class MemoryCaseServiceTest extends CaseServiceContract {
  private MemoryCaseStore store;

  @Override
  protected CaseStore newStore() {
    store = new MemoryCaseStore();
    return store;
  }

  @Override
  protected void editAuditDetail(long seq, String detail) {
    store.inTransaction(tx -> {
      AuditEntry[] found = new AuditEntry[1];
      tx.forEachAudit(e -> {
        if (e.seq() == seq) {
          found[0] = e;
        }
      });
      AuditEntry e = found[0];
      store.tamperAudit((int) seq - 1, new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), detail,
          e.prevHash(), e.hash()));
      return null;
    });
  }

  @Override
  protected void deleteAudit(long seq) {
    store.deleteAudit((int) seq - 1);
  }
}
