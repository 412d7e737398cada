package io.cordon.cases;

import java.time.Instant;

/**
 * One row of the tamper-evident audit log. {@code hash} = SHA-256(previous row's hash + canonical
 * content of this row); the first row's previous hash is 64 zeros. Editing or deleting a row breaks
 * every hash after it.
 *
 * @param seq      1, 2, 3... without gaps
 * @param at       when (millisecond precision, so it survives any database round trip)
 * @param actor    user name, {@code system}, or {@code key:NAME} for an API key
 * @param action   e.g. {@code screening}, {@code decision}, {@code approval}, {@code list-import}, {@code login}
 * @param subject  what it acted on, e.g. {@code alert:42}
 * @param detail   free text (outcome, reason, counts)
 * @param prevHash hash of the row before
 * @param hash     this row's hash
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
                         String prevHash, String hash) {

  /** The previous hash of the first row. */
  public static final String GENESIS = "0".repeat(64);

  /** The text hashed with the previous hash: every field, escaped, in a fixed order. */
  String canonical() {
    StringBuilder b = new StringBuilder();
    b.append(seq).append('|').append(at.toEpochMilli()).append('|');
    Hashing.escape(b, actor);
    b.append('|');
    Hashing.escape(b, action);
    b.append('|');
    Hashing.escape(b, subject);
    b.append('|');
    Hashing.escape(b, detail);
    return b.toString();
  }

  /** The hash this row should have given its previous hash and content. */
  public String expectedHash() {
    return Hashing.sha256Hex(prevHash + canonical());
  }

  /** A new row chained after {@code prevHash}. */
  static AuditEntry chain(long seq, Instant at, String actor, String action, String subject, String detail,
                          String prevHash) {
    AuditEntry e = new AuditEntry(seq, at, actor, action, subject, detail, prevHash, "");
    return new AuditEntry(seq, at, actor, action, subject, detail, prevHash, e.expectedHash());
  }
}
