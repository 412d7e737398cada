package io.cordon.store;

import io.cordon.cases.Actor;
import io.cordon.cases.AuditLog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Child process of {@link CommitGapTest}, run under a debugger: one thread appends five audit rows and
 * commits (the debugger stops it inside the commit); then, on the parent's word, the main thread
 * appends a sixth row on top of them and commits. Prints {@code ACK ...} after each commit returned.
 */
public final class CommitGapWriter {
  private CommitGapWriter() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    CordonStore store = CordonStore.open(StoreConfig.forHome(Path.of(args[0]), Optional.empty()));
    JdbcCaseStore cases = new JdbcCaseStore(store.dataSource());
    out.println("READY");
    in.readLine();
    Thread first = new Thread(() -> {
      cases.inTransaction(tx -> {
        for (int i = 0; i < 5; i++) {
          AuditLog.append(tx, Actor.SYSTEM, "first", "row " + i, "", Instant.now());
        }
        return null;
      });
      out.println("ACK first");
    }, "first-writer");
    first.start();
    in.readLine();
    cases.inTransaction(tx -> {
      AuditLog.append(tx, Actor.SYSTEM, "second", "on top", "", Instant.now());
      return null;
    });
    out.println("ACK second");
    Thread.sleep(120_000); // only reached when the parent did not kill us
    System.exit(3);
  }
}
