package io.cordon.http.ui;

import io.cordon.cases.Alert;
import io.cordon.cases.CaseService;
import io.cordon.cases.Party;
import io.cordon.cases.Role;
import io.cordon.cases.ScreeningRun;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The customer book: a lookup page with the recent screening runs, and one party with its alert history. */
final class PartyPages {
  private final CaseService cases;
  private final Clock clock;

  PartyPages(CaseService cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  /** @param refused problems of a refused import to show, or null */
  String index(Session s, String lookup, PartyImport.Check refused) {
    Instant now = clock.instant();
    Html b = new Html();
    b.raw("<div class=\"page-head\"><h1>Parties</h1><p class=\"muted\">").text(cases.partyCount(s.actor()))
        .raw(" parties in the customer book</p></div>");
    if (refused != null) {
      b.raw("<div class=\"flash flash-error\" role=\"alert\" id=\"import-error\"><strong>Nothing imported: ")
          .text(refused.bad()).raw(" problem(s) in the file.</strong><ul>");
      for (String p : refused.problems()) {
        b.el("li", p);
      }
      b.raw("</ul></div>");
    }
    b.raw("<div class=\"two\"><form class=\"panel\" method=\"get\" action=\"/ui/party\"><h2>Open a party</h2>")
        .raw("<label for=\"party-id\">External id</label><div class=\"form-foot\"><input id=\"party-id\" name=\"id\" required value=\"")
        .text(lookup == null ? "" : lookup).raw("\" placeholder=\"e.g. C-1001\">")
        .raw("<button type=\"submit\" class=\"btn\">Open</button></div></form>");
    if (s.actor().has(Role.ANALYST) || s.actor().has(Role.ADMIN)) {
      b.raw("<form class=\"panel\" method=\"post\" action=\"/ui/parties/import\" enctype=\"multipart/form-data\">")
          .raw("<h2>Import customers</h2>").hidden(UiRoutes.CSRF_FIELD, s.csrf())
          .raw("<label for=\"import-file\">CSV, TSV or JSON lines file with an <code>id</code> column</label>")
          .raw("<div class=\"form-foot\"><input type=\"file\" id=\"import-file\" name=\"file\" required ")
          .raw("accept=\".csv,.tsv,.txt,.jsonl,.ndjson,.json\">")
          .raw("<button type=\"submit\" class=\"btn btn-primary\" id=\"import\">Import and screen</button></div>")
          .raw("<p class=\"muted small\">Columns as for <code>cordon batch</code> (name, first_name, last_name, schema, ")
          .raw("birth_date, country, ...). New and changed parties are screened; a file with a bad row is refused.</p></form>");
    }
    b.raw("</div>");
    List<ScreeningRun> runs = cases.runs(s.actor(), 25);
    b.raw("<section class=\"panel\"><h2>Recent screening runs</h2>");
    if (runs.isEmpty()) {
      b.raw("<p class=\"muted\">No screening run yet. Import parties with <code>cordon parties import FILE</code>.</p>");
    } else {
      b.raw("<table class=\"grid compact\" id=\"runs\"><thead><tr><th class=\"num\">Run</th><th>When</th><th>Trigger</th>")
          .raw("<th>By</th><th>Subject</th><th class=\"num\">Parties</th><th class=\"num\">Alerts</th>")
          .raw("<th class=\"num\">Suppressed</th></tr></thead><tbody>");
      for (ScreeningRun r : runs) {
        b.raw("<tr>").el("td class=\"num\"", r.id()).raw("<td>").add(Show.when(r.at(), now)).raw("</td>")
            .raw("<td><span class=\"tag\">").text(r.trigger().label()).raw("</span></td>").el("td", r.actor())
            .el("td class=\"wrap\"", r.subject()).el("td class=\"num\"", r.parties()).el("td class=\"num\"", r.alerts())
            .el("td class=\"num\"", r.suppressed()).raw("</tr>");
      }
      b.raw("</tbody></table>");
    }
    b.raw("</section>");
    return Layout.page(s, "parties", "Parties", b);
  }

  String party(Session s, String id) {
    Instant now = clock.instant();
    Party p = cases.party(s.actor(), id);
    List<Alert> alerts = cases.alerts(s.actor(), Optional.empty(), Optional.of(p.externalId()), 0);
    Html b = new Html();
    b.raw("<div class=\"crumbs\"><a href=\"/ui/parties\">Parties</a> / ").text(p.externalId()).raw("</div>");
    b.raw("<div class=\"page-head row\"><div><h1>").text(p.caption()).raw("</h1><p class=\"muted\">").text(p.schema())
        .raw(" · ").text(p.externalId()).raw("</p></div>");
    if (s.actor().has(Role.ANALYST) || s.actor().has(Role.ADMIN)) {
      b.raw("<form method=\"post\" action=\"/ui/party/screen\">").hidden(UiRoutes.CSRF_FIELD, s.csrf())
          .hidden("id", p.externalId())
          .raw("<button type=\"submit\" class=\"btn\" id=\"screen-again\">Screen again now</button></form>");
    }
    b.raw("</div>");
    b.raw("<div class=\"two\"><section class=\"panel\"><h2>Data as screened</h2><table class=\"kv\" id=\"party-data\">");
    row(b, "Names", p.names());
    row(b, "Schema", List.of(p.schema()));
    row(b, "Birth dates", p.birthDates());
    row(b, "Countries", p.countries());
    row(b, "Identifiers", p.identifiers());
    row(b, "Gender", p.gender() == null ? List.of() : List.of(p.gender()));
    b.raw("</table><p class=\"muted small\">Content hash <code>").text(p.hash().substring(0, 16))
        .raw("…</code>: an import with other data screens the party again.</p></section>");
    b.raw("<section class=\"panel\"><h2>Alert history</h2>");
    if (alerts.isEmpty()) {
      b.raw("<p class=\"muted\" id=\"no-alerts\">No alert was ever raised for this party.</p>");
    } else {
      b.raw("<table class=\"grid compact\" id=\"party-alerts\"><thead><tr><th class=\"num\">Alert</th><th>Status</th>")
          .raw("<th>Listed entity</th><th>Score</th><th>Raised</th></tr></thead><tbody>");
      for (Alert a : alerts) {
        b.raw("<tr><td class=\"num\">").link("/ui/alerts/" + a.id(), "#" + a.id()).raw("</td><td>")
            .add(Show.status(a.status())).raw("</td><td>").text(a.entity().caption()).raw("<div class=\"sub\">")
            .text(String.join(", ", new TreeSet<>(a.entity().datasets()))).raw(" · ").text(a.entityId())
            .raw("</div></td><td>").add(Show.score(a.score())).raw("</td><td>").add(Show.when(a.created(), now))
            .raw("</td></tr>");
      }
      b.raw("</tbody></table>");
    }
    b.raw("</section></div>");
    return Layout.page(s, "parties", p.caption(), b);
  }

  void screenAgain(Context ctx, Session s, String id) {
    CaseService.ScreeningOutcome o = cases.screenParty(s.actor(), id);
    s.flash("Screened " + id + " again: " + o.hits().size() + " hit(s) above the threshold, " + o.alerts()
        + " new alert(s), " + o.suppressed() + " suppressed by the good-guy list.", false);
    ctx.redirect(Html.url("/ui/party", "id", id), HttpStatus.SEE_OTHER);
  }

  private static void row(Html b, String key, List<String> values) {
    b.raw("<tr><th>").text(key).raw("</th><td>");
    if (values.isEmpty()) {
      b.raw("<span class=\"muted\">—</span>");
    }
    for (String v : values) {
      b.raw("<div>").text(v).raw("</div>");
    }
    b.raw("</td></tr>");
  }
}
