package io.cordon.http.ui;

import io.cordon.cases.AuditEntry;
import io.cordon.cases.AuditReport;
import io.cordon.cases.CaseService;
import io.cordon.cases.ForbiddenException;
import io.cordon.cases.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** For admins: the newest audit rows and whether the hash chain is intact (recomputed on each visit). */
final class AuditPage {
  static final int ROWS = 100;

  private final CaseService cases;
  private final Clock clock;

  AuditPage(CaseService cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  String render(Session s) {
    if (!s.actor().has(Role.ADMIN)) {
      throw new ForbiddenException(s.actor().name() + " may not read the audit log: needs the admin role");
    }
    Instant now = clock.instant();
    AuditReport report = cases.verifyAudit();
    List<AuditEntry> rows = cases.auditTail(s.actor(), ROWS);
    String body = Templates.render("audit.jte", Map.of("report", report, "rows", rows, "now", now));
    return Layout.page(s, "audit", "Audit log", body);
  }
}
