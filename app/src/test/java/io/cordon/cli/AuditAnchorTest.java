package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.cases.AuditEntry;
import io.cordon.store.CordonStore;
import io.cordon.store.JdbcCaseStore;
import io.cordon.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What someone with write access to the database can do to the audit log, and `cordon audit verify`
 * catching it through the signed checkpoint kept outside the database: the newest rows deleted and
 * audit_head fixed to match, a row rewritten and the whole chain recomputed after it, the checkpoint
 * file edited or deleted. Each of these passed `audit verify` before the checkpoint existed.
 */
class AuditAnchorTest {
  @TempDir Path home;
  @TempDir Path scratch;
  long n;

  @BeforeEach
  void someAuditedWork() throws Exception {
    ok(Cli.run(home, "users", "init"));
    ok(Cli.run(home, "keys", "create", "gateway"));
    ok(Cli.run(home, "keys", "create", "batch-job"));
    ok(Cli.run(home, "keys", "revoke", "batch-job"));
    n = rows().size();
    assertThat(n).isGreaterThanOrEqualTo(4);
    assertThat(ok(Cli.run(home, "audit", "verify")).out()).contains("intact").contains("anchored at row " + n);
    assertThat(Files.getPosixFilePermissions(home.resolve("audit.key")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void deletingTheNewestRowsAndFixingTheHeadIsDetected() throws Exception {
    List<AuditEntry> rows = rows();
    sql("DELETE FROM audit_log WHERE seq > 2");
    sql("UPDATE audit_head SET seq = 2, hash = '" + rows.get(1).hash() + "' WHERE id = 1");
    Cli.Result r = Cli.run(home, "audit", "verify");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("BROKEN").contains("the checkpoint outside the database records row " + n);
  }

  @Test
  void rewritingARowAndRecomputingTheChainIsDetected() throws Exception {
    List<AuditEntry> rows = rows();
    sql("DELETE FROM audit_log");
    String prev = AuditEntry.GENESIS;
    for (AuditEntry e : rows) {
      String detail = e.seq() == 2 ? "nothing to see" : e.detail();
      String hash = new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), detail, prev, "").expectedHash();
      AuditEntry x = new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), detail, prev, hash);
      insert(x);
      prev = x.hash();
    }
    sql("UPDATE audit_head SET seq = " + rows.size() + ", hash = '" + prev + "' WHERE id = 1");
    Cli.Result r = Cli.run(home, "audit", "verify");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("rows were rewritten and the chain recomputed");
  }

  @Test
  void anEditedOrMissingCheckpointIsDetected() throws Exception {
    Path cp = home.resolve("audit.checkpoint");
    String original = Files.readString(cp);
    Files.writeString(cp, original.replaceFirst("^" + n + " ", "2 "));
    assertThat(Cli.run(home, "audit", "verify").out()).contains("BROKEN").contains("signature does not match");
    Files.delete(cp);
    assertThat(Cli.run(home, "audit", "verify").out()).contains("BROKEN").contains("is missing");
    Files.writeString(cp, original);
    assertThat(ok(Cli.run(home, "audit", "verify")).out()).contains("intact");
  }

  @Test
  void theCheckpointCanBeCopiedElsewhere() throws Exception {
    Path copy = scratch.resolve("checkpoint-copy");
    assertThat(ok(Cli.run(home, "audit", "anchor", "--to", copy.toString())).out()).contains("row " + n);
    assertThat(Files.readString(copy)).isEqualTo(Files.readString(home.resolve("audit.checkpoint")));
  }

  @Test
  void editingAStoredDecisionOrApprovalIsDetected() throws Exception {
    Path list = scratch.resolve("list.csv");
    Files.writeString(list, "id,schema,name\nown-1,Company,Zarubezhneft Trading Company\n");
    ok(Cli.run(home, "import", list.toString(), "--source", "own"));
    withStdin("analyst-pass-1\n", () -> ok(Cli.run(home, "users", "add", "ana", "--role", "analyst", "--as", "admin")));
    withStdin("approver-pass-1\n", () -> ok(Cli.run(home, "users", "add", "bob", "--role", "approver", "--as", "admin")));
    Path book = scratch.resolve("book.csv");
    Files.writeString(book, "id,name,type\nC1,Zarubezhneft Trading Company,Company\n");
    ok(Cli.run(home, "parties", "import", book.toString()));
    ok(Cli.run(home, "decide", "1", "--as", "ana", "--outcome", "false_positive", "--reason", "another company"));
    ok(Cli.run(home, "decide", "1", "--as", "bob", "--approve"));
    assertThat(ok(Cli.run(home, "audit", "verify")).out()).contains("intact");

    sql("UPDATE case_decision SET reason = 'confirmed by phone' WHERE alert_id = 1");
    Cli.Result r = Cli.run(home, "audit", "verify");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("is not the decision its audit row records");
    sql("UPDATE case_decision SET reason = 'another company' WHERE alert_id = 1");
    assertThat(ok(Cli.run(home, "audit", "verify")).out()).contains("intact");

    sql("UPDATE case_approval SET approver = 'carol'");
    r = Cli.run(home, "audit", "verify");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("is not the approval its audit row records");
  }

  private static void withStdin(String text, Runnable run) {
    java.io.InputStream in = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      run.run();
    } finally {
      System.setIn(in);
    }
  }

  private List<AuditEntry> rows() throws Exception {
    List<AuditEntry> out = new ArrayList<>();
    withCaseStore(cases -> cases.inTransaction(tx -> {
      tx.forEachAudit(out::add);
      return null;
    }));
    return out;
  }

  /**
   * Writes a forged row with the store's own audit writer, as someone with the database password
   * could; a bare JdbcCaseStore tells no checkpoint, so only the checkpoint outside can catch it.
   */
  private void insert(AuditEntry e) throws Exception {
    withCaseStore(cases -> cases.inTransaction(tx -> {
      tx.appendAudit(e);
      return null;
    }));
  }

  private void withCaseStore(java.util.function.Consumer<JdbcCaseStore> work) throws Exception {
    try (CordonStore s = CordonStore.open(StoreConfig.forHome(home, Optional.empty()))) {
      work.accept(new JdbcCaseStore(s.dataSource()));
    }
  }

  private void sql(String statement) throws Exception {
    try (CordonStore s = CordonStore.open(StoreConfig.forHome(home, Optional.empty()));
         Connection c = s.dataSource().getConnection();
         PreparedStatement ps = c.prepareStatement(statement)) {
      ps.executeUpdate();
    }
  }

  private static Cli.Result ok(Cli.Result r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }
}
