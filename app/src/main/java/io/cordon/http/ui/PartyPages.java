package io.cordon.http.ui;

import io.cordon.cases.Alert;
import io.cordon.cases.CaseService;
import io.cordon.cases.Party;
import io.cordon.cases.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    Map<String, Object> params = new HashMap<>();
    params.put("count", (long) cases.partyCount(s.actor()));
    params.put("refused", refused);
    params.put("lookup", lookup);
    params.put("canImport", s.actor().has(Role.ANALYST) || s.actor().has(Role.ADMIN));
    params.put("csrf", s.csrf());
    params.put("runs", cases.runs(s.actor(), 25));
    params.put("now", now);
    return Layout.page(s, "parties", "Parties", Templates.render("parties.jte", params));
  }

  String party(Session s, String id) {
    Instant now = clock.instant();
    Party p = cases.party(s.actor(), id);
    List<Alert> alerts = cases.alerts(s.actor(), Optional.empty(), Optional.of(p.externalId()), 0);
    Map<String, Object> params = new HashMap<>();
    params.put("p", p);
    params.put("alerts", alerts);
    params.put("canScreen", s.actor().has(Role.ANALYST) || s.actor().has(Role.ADMIN));
    params.put("csrf", s.csrf());
    params.put("now", now);
    return Layout.page(s, "parties", p.caption(), Templates.render("party.jte", params));
  }

  void screenAgain(Context ctx, Session s, String id) {
    CaseService.ScreeningOutcome o = cases.screenParty(s.actor(), id);
    s.flash("Screened " + id + " again: " + o.hits().size() + " hit(s) above the threshold, " + o.alerts()
        + " new alert(s), " + o.suppressed() + " suppressed by the good-guy list.", false);
    ctx.redirect(Urls.of("/ui/party", "id", id), HttpStatus.SEE_OTHER);
  }
}
