package io.cordon.cases;

import java.time.Instant;

/**
 * Appends to the hash-chained audit log inside the caller's transaction, so that a change and its
 * audit row commit together. Used by the case workflow and by {@code io.cordon.access}.
 */
public final class AuditLog {
  private AuditLog() {}

  public static void append(CaseTx tx, Actor actor, String action, String subject, String detail, Instant at) {
    AuditHead head = tx.auditHeadForUpdate();
    tx.appendAudit(AuditEntry.chain(head.seq() + 1, at, actor.name(), action, subject == null ? "" : subject,
        detail == null ? "" : detail, head.hash()));
  }
}
