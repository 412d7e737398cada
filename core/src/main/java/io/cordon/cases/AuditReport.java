package io.cordon.cases;

/**
 * Result of recomputing the audit hash chain.
 *
 * @param intact    true when every row's hash is right, seqs have no gap and the head matches the last row
 * @param rows      rows checked
 * @param brokenSeq seq of the first broken row (0 when intact)
 * @param problem   what is wrong with it ("edited", "deleted"...), empty when intact
 */
public record AuditReport(boolean intact, long rows, long brokenSeq, String problem) {

  /** Recomputes the chain over rows in seq order; {@code head} is the store's record of the last row. */
  public static AuditReport verify(Iterable<AuditEntry> rowsInOrder, AuditHead head) {
    Verifier v = new Verifier();
    rowsInOrder.forEach(v::accept);
    return v.result(head);
  }

  /** Streaming form of {@link #verify}: feed rows in seq order, then ask for the result. */
  static final class Verifier {
    private final AuditSeal.Checkpoint checkpoint;
    private String hashAtCheckpoint;
    private String prev = AuditEntry.GENESIS;
    private long expectedSeq = 1;
    private long rows;
    private AuditReport broken;

    Verifier() {
      this(null);
    }

    /** Also requires the chain to pass through {@code checkpoint} (null: no checkpoint). */
    Verifier(AuditSeal.Checkpoint checkpoint) {
      this.checkpoint = checkpoint;
    }

    void accept(AuditEntry e) {
      rows++;
      if (checkpoint != null && e.seq() == checkpoint.seq()) {
        hashAtCheckpoint = e.hash();
      }
      if (broken != null) {
        return;
      }
      if (e.seq() != expectedSeq) {
        broken = new AuditReport(false, rows, expectedSeq,
            "row " + expectedSeq + " is missing (deleted); the next row is " + e.seq());
      } else if (!e.prevHash().equals(prev)) {
        broken = new AuditReport(false, rows, e.seq(),
            "row " + e.seq() + " does not chain to the row before it (that row was edited)");
      } else if (!e.expectedHash().equals(e.hash())) {
        broken = new AuditReport(false, rows, e.seq(), "row " + e.seq() + " was edited: its content does not match its hash");
      }
      prev = e.hash();
      expectedSeq = e.seq() + 1;
    }

    AuditReport result(AuditHead head) {
      if (broken != null) {
        return new AuditReport(false, rows, broken.brokenSeq(), broken.problem());
      }
      long last = expectedSeq - 1;
      if (head.seq() != last || !head.hash().equals(prev)) {
        return new AuditReport(false, rows, last + 1, "the log ends at row " + last + " but " + head.seq()
            + " rows were written (the newest rows were deleted or the head was edited)");
      }
      if (checkpoint != null) {
        if (last < checkpoint.seq()) {
          return new AuditReport(false, rows, last + 1, "the log ends at row " + last + " but the checkpoint "
              + "outside the database records row " + checkpoint.seq() + " (the newest rows were deleted)");
        }
        if (!checkpoint.hash().equals(hashAtCheckpoint)) {
          return new AuditReport(false, rows, checkpoint.seq(), "row " + checkpoint.seq() + " is not the row "
              + "the checkpoint outside the database records (rows were rewritten and the chain recomputed)");
        }
      }
      return new AuditReport(true, rows, 0, "");
    }
  }
}
