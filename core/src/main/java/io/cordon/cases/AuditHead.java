package io.cordon.cases;

/**
 * The store's record of the last audit row, kept apart from the rows so that deleting the newest
 * rows is detected too.
 */
public record AuditHead(long seq, String hash) {
  public static final AuditHead EMPTY = new AuditHead(0, AuditEntry.GENESIS);
}
