package io.cordon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What someone with database access could do to the audit log by hand, for the tamper tests. */
final class CaseStoreTampering {
  private CaseStoreTampering() {}

  static void editAuditDetail(CordonStore store, long seq, String detail) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
         PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET detail = ? WHERE seq = ?")) {
      ps.setString(1, detail);
      ps.setLong(2, seq);
      if (ps.executeUpdate() != 1) {
        throw new AssertionError("no audit row " + seq);
      }
    }
  }

  static void deleteAudit(CordonStore store, long seq) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
         PreparedStatement ps = c.prepareStatement("DELETE FROM audit_log WHERE seq = ?")) {
      ps.setLong(1, seq);
      if (ps.executeUpdate() != 1) {
        throw new AssertionError("no audit row " + seq);
      }
    }
  }
}
