package io.cordon.http.ui;

import io.cordon.cases.AuditEntry;
import io.cordon.cases.AuditReport;
import io.cordon.cases.CaseService;
import io.cordon.cases.ForbiddenException;
import io.cordon.cases.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
    Html b = new Html();
    b.raw("<div class=\"page-head\"><h1>Audit log</h1><p class=\"muted\">Every action is appended to a hash chain; ")
        .raw("editing or deleting any row breaks it. <code>cordon audit verify</code> checks the same.</p></div>");
    if (report.intact()) {
      b.raw("<div class=\"flash flash-ok\" id=\"chain-status\"><strong>Chain intact.</strong> ").text(report.rows())
          .raw(" rows checked just now.</div>");
    } else {
      b.raw("<div class=\"flash flash-error\" id=\"chain-status\"><strong>Chain broken at row ").text(report.brokenSeq())
          .raw(".</strong> ").text(report.problem()).raw("</div>");
    }
    b.raw("<table class=\"grid compact\" id=\"audit\"><thead><tr><th class=\"num\">#</th><th>When</th><th>Actor</th>")
        .raw("<th>Action</th><th>Subject</th><th>Detail</th><th>Hash</th></tr></thead><tbody>");
    for (AuditEntry e : rows) {
      b.raw("<tr>").el("td class=\"num\"", e.seq()).raw("<td>").add(Show.when(e.at(), now)).raw("</td>")
          .el("td", e.actor()).raw("<td><span class=\"tag\">").text(e.action()).raw("</span></td>");
      if (e.subject().startsWith("alert:")) {
        b.raw("<td>").link("/ui/alerts/" + e.subject().substring(6), e.subject()).raw("</td>");
      } else {
        b.el("td", e.subject());
      }
      b.el("td class=\"wrap\"", e.detail()).raw("<td><code title=\"").text(e.hash()).raw("\">")
          .text(e.hash().substring(0, Math.min(10, e.hash().length()))).raw("</code></td></tr>");
    }
    b.raw("</tbody></table>");
    return Layout.page(s, "audit", "Audit log", b);
  }
}
