package io.cordon.http.ui;

import io.cordon.cases.Actor;
import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import io.cordon.cases.Approval;
import io.cordon.cases.BadInputException;
import io.cordon.cases.CaseService;
import io.cordon.cases.ConflictException;
import io.cordon.cases.Decision;
import io.cordon.cases.Outcome;
import io.cordon.cases.Party;
import io.cordon.cases.Role;
import io.cordon.match.Explanation;
import io.cordon.model.Entity;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One alert: the party and the listed entity side by side with the matching name parts marked, the
 * score's explanations, the list versions, the decision history, and the decide / approve forms the
 * user's role and the alert's state allow (and, where a form is missing, why).
 */
final class AlertPage {
  /** Entity properties shown in their own rows before the rest. */
  private static final List<String> NAME_PROPS = List.of("name", "alias", "previousName", "weakAlias");
  /** Words of property names written in capitals: "innCode" is "INN code". */
  private static final java.util.Set<String> ACRONYMS = java.util.Set.of("inn", "ogrn", "okpo", "swift", "bic", "imo",
      "lei", "isin", "url", "vat", "duns", "mmsi", "id", "kpp", "npwp");

  /** What the user typed into a form that the core refused, to show it again with the reason. */
  record FormError(String form, String message, String outcome, String text) {}

  private final CaseService cases;
  private final Clock clock;
  private final io.cordon.cases.MessageQueue messages;

  /** @param messages held payment messages (an alert raised for one shows it), or null */
  AlertPage(CaseService cases, Clock clock, io.cordon.cases.MessageQueue messages) {
    this.cases = cases;
    this.clock = clock;
    this.messages = messages;
  }

  void decide(Context ctx, Session s, long id) {
    String outcome = ctx.formParam("outcome");
    String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("");
    try {
      if (outcome == null || outcome.isBlank()) {
        throw new BadInputException("choose an outcome: true match, false positive or needs information");
      }
      Decision d = cases.decide(s.actor(), id, Outcome.parse(outcome), reason);
      s.flash("Alert #" + id + ": decision \"" + Show.outcomeLabel(d.outcome())
          + "\" recorded; it now waits for an approver.", false);
      ctx.redirect("/ui/alerts", HttpStatus.SEE_OTHER);
    } catch (BadInputException | ConflictException e) {
      UiRoutes.html(ctx, e instanceof ConflictException ? 409 : 400,
          render(s, id, new FormError("decide", e.getMessage(), outcome, reason)));
    }
  }

  void approve(Context ctx, Session s, long id) {
    String verdict = Optional.ofNullable(ctx.formParam("verdict")).orElse("");
    String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
    try {
      boolean confirm = switch (verdict) {
        case "confirm" -> true;
        case "reject" -> false;
        default -> throw new BadInputException("verdict must be confirm or reject, got '" + verdict + "'");
      };
      cases.approve(s.actor(), id, confirm, comment);
      AlertStatus now = cases.alert(s.actor(), id).status();
      s.flash("Alert #" + id + ": decision " + (confirm ? "confirmed; the alert is now \"" + Show.statusLabel(now) + "\"."
          : "rejected; the alert is open again for the analysts."), false);
      ctx.redirect("/ui/alerts?status=pending-approval", HttpStatus.SEE_OTHER);
    } catch (BadInputException | ConflictException e) {
      UiRoutes.html(ctx, e instanceof ConflictException ? 409 : 400,
          render(s, id, new FormError("approve", e.getMessage(), verdict, comment)));
    }
  }

  String render(Session s, long id, FormError error) {
    Actor me = s.actor();
    CaseService.AlertHistory h = cases.history(me, id);
    Alert a = h.alert();
    Instant now = clock.instant();
    Party p = a.party();
    Entity e = a.entity();

    Html b = new Html();
    b.raw("<div class=\"crumbs\"><a href=\"/ui/alerts\">Alert queue</a> / Alert #").text(a.id()).raw("</div>");
    b.raw("<div class=\"page-head row\"><div><h1>").text(p.caption()).raw(" <span class=\"vs\">vs</span> ")
        .text(e.caption()).raw("</h1><p class=\"muted\">Alert #").text(a.id()).raw(" · raised ")
        .add(Show.when(a.created(), now)).raw(" by screening run ").text(a.runId()).raw("</p></div>")
        .raw("<div class=\"head-right\"><span id=\"alert-status\">").add(Show.status(a.status())).raw("</span>")
        .add(Show.score(a.score())).raw("</div></div>");
    Optional<io.cordon.cases.MessageCase> message = messages == null ? Optional.empty() : messages.ofAlert(me, a.id());
    message.ifPresent(m -> b.raw("<div class=\"flash flash-warn\" id=\"alert-message\"><strong>Raised for a held payment ")
        .raw("message.</strong> ").link("/ui/messages/" + m.id(), "Message #" + m.id() + " ("
            + (m.type() == null ? "unreadable" : m.type()) + (m.reference() == null ? "" : " " + m.reference()) + ")")
        .raw(": the message as received with every hit marked in place. A false positive confirmed here clears ")
        .raw("the same value against the same entity in later messages.</div>"));
    if (!a.changes().isEmpty()) {
      b.raw("<div class=\"flash flash-warn\"><strong>Alerting again after a cleared hit.</strong> What changed: ")
          .text(a.changes()).raw("</div>");
    }

    // side by side: party, why it matched and the review on the left; the (often long) list entry on the right
    Highlight onParty = new Highlight(e.names());
    Highlight onEntity = new Highlight(p.names());
    Html ent = new Html();
    ent.raw("<section class=\"panel\" id=\"entity-panel\"><h2>Listed entity <span class=\"sub\">")
        .text(String.join(", ", new TreeSet<>(e.datasets()))).raw("</span></h2><table class=\"kv\">");
    kv(ent, "Id", new Html().text(e.id()));
    kv(ent, "Schema", new Html().text(e.schema()));
    for (String prop : NAME_PROPS) {
      List<String> vals = e.get(prop);
      if (!vals.isEmpty()) {
        Html v = new Html();
        for (String n : vals) {
          v.raw("<div class=\"name\">").add(onEntity.mark(n)).raw("</div>");
        }
        kv(ent, label(prop), v);
      }
    }
    for (Map.Entry<String, List<String>> prop : e.properties().entrySet()) {
      if (!NAME_PROPS.contains(prop.getKey()) && !prop.getValue().isEmpty()) {
        kvList(ent, label(prop.getKey()), prop.getValue());
      }
    }
    ent.raw("</table></section>");
    b.raw("<div class=\"compare\"><div class=\"col\"><section class=\"panel\" id=\"party-panel\"><h2>Party <span class=\"sub\">customer</span></h2>")
        .raw("<table class=\"kv\">");
    kv(b, "Id", message.isPresent() ? new Html().link("/ui/messages/" + message.get().id(), "payment message #"
        + message.get().id()) : new Html().link(Html.url("/ui/party", "id", p.externalId()), p.externalId()));
    kv(b, "Schema", new Html().text(p.schema()));
    Html names = new Html();
    for (String n : p.names()) {
      names.raw("<div class=\"name\">").add(onParty.mark(n)).raw("</div>");
    }
    kv(b, "Names", names);
    kvList(b, "Birth dates", p.birthDates());
    kvList(b, "Countries", p.countries());
    kvList(b, "Identifiers", p.identifiers());
    if (p.gender() != null) {
      kv(b, "Gender", new Html().text(p.gender()));
    }
    b.raw("</table></section>");

    // why it scored
    b.raw("<section class=\"panel\"><h2>Why it matched</h2>");
    if (a.explanations().isEmpty()) {
      b.raw("<p class=\"muted\">The scorer gave no explanation.</p>");
    } else {
      b.raw("<table class=\"grid compact\" id=\"explanations\"><thead><tr><th>Feature</th><th class=\"num\">Score</th>")
          .raw("<th class=\"num\">Weight</th><th>Detail</th></tr></thead><tbody>");
      for (Explanation x : a.explanations()) {
        b.raw("<tr><td><code>").text(x.feature()).raw("</code></td>").el("td class=\"num\"", Show.number(x.score()))
            .el("td class=\"num\"", Show.number(x.weight())).el("td", x.detail()).raw("</tr>");
      }
      b.raw("</tbody></table>");
    }
    b.raw("<h3>Screening record</h3><table class=\"kv\">");
    kv(b, "Score", new Html().text(Show.number(a.score())));
    kv(b, "Priority", new Html().text(a.priority() == null ? "none (the screening gave none)"
        : Show.number(a.priority())));
    kv(b, "Raised", new Html().text(Show.time(a.created())));
    kv(b, "Run", new Html().text(a.runId()));
    Html snaps = new Html();
    for (String sid : a.snapshotIds()) {
      snaps.raw("<div><code class=\"snapshot\">").text(sid).raw("</code></div>");
    }
    kv(b, "List versions", snaps.isEmpty() ? new Html().raw("<span class=\"muted\">none recorded</span>") : snaps);
    b.raw("</table></section>");
    actions(b, s, a, h, error);
    b.raw("</div><div class=\"col\">").add(ent).raw("</div></div>");
    history(b, h, now);
    return Layout.page(s, "alerts", "Alert #" + a.id(), b);
  }

  private static void history(Html b, CaseService.AlertHistory h, Instant now) {
    b.raw("<section class=\"panel\" id=\"history\"><h2>Decision history</h2>");
    if (h.decisions().isEmpty()) {
      b.raw("<p class=\"muted\">No decision yet.</p></section>");
      return;
    }
    b.raw("<table class=\"grid compact\"><thead><tr><th>When</th><th>Who</th><th>What</th><th>State</th>")
        .raw("<th>Reason / comment</th></tr></thead><tbody>");
    for (Decision d : h.decisions()) {
      b.raw("<tr><td>").add(Show.when(d.at(), now)).raw("</td><td>").text(d.analyst()).raw(" <span class=\"sub\">analyst</span></td><td>")
          .text(Show.outcomeLabel(d.outcome())).raw("</td><td>").add(Show.decisionState(d.state())).raw("</td><td class=\"reason\">")
          .text(d.reason()).raw("</td></tr>");
      for (Approval ap : h.approvals()) {
        if (ap.decisionId() == d.id()) {
          b.raw("<tr class=\"approval\"><td>").add(Show.when(ap.at(), now)).raw("</td><td>").text(ap.approver())
              .raw(" <span class=\"sub\">approver</span></td><td>").text(ap.confirmed() ? "Approved" : "Rejected")
              .raw("</td><td></td><td class=\"reason\">").text(ap.comment()).raw("</td></tr>");
        }
      }
    }
    b.raw("</tbody></table></section>");
  }

  /** The forms this user may use on this alert now, or why there are none. */
  private static void actions(Html b, Session s, Alert a, CaseService.AlertHistory h, FormError error) {
    Actor me = s.actor();
    b.raw("<section class=\"panel actions\" id=\"actions\"><h2>Review</h2>");
    switch (a.status()) {
      case OPEN, NEEDS_INFORMATION -> {
        if (me.has(Role.ANALYST)) {
          decideForm(b, s, a, error != null && error.form().equals("decide") ? error : null);
        } else {
          note(b, "Only users with the analyst role decide alerts; waiting for an analyst.");
        }
      }
      case PENDING_APPROVAL -> {
        Optional<Decision> pending = h.decisions().stream().filter(d -> d.state() == Decision.State.PENDING)
            .reduce((x, y) -> y);
        pending.ifPresent(d -> b.raw("<p>").text(d.analyst()).raw(" decided <strong>").text(Show.outcomeLabel(d.outcome()))
            .raw("</strong>: <span class=\"reason\">").text(d.reason()).raw("</span></p>"));
        if (pending.isPresent() && pending.get().analyst().equals(me.name())) {
          note(b, "You made this decision, so another user with the approver role must approve or reject it "
              + "(four eyes: nobody approves their own decision).");
        } else if (!me.has(Role.APPROVER)) {
          note(b, "Waiting for a user with the approver role to approve or reject this decision.");
        } else {
          approveForm(b, s, a, error != null && error.form().equals("approve") ? error : null);
        }
      }
      case CLOSED_TRUE_MATCH, CLOSED_FALSE_POSITIVE -> note(b, "Closed as \"" + Show.statusLabel(a.status())
          + "\". " + (a.status() == AlertStatus.CLOSED_FALSE_POSITIVE
              ? "The pair is on the good-guy list until the party's data or the list entry changes."
              : "Follow your procedure for confirmed matches (blocking, reporting)."));
    }
    b.raw("</section>");
  }

  private static void decideForm(Html b, Session s, Alert a, FormError error) {
    if (error != null) {
      b.raw("<div class=\"flash flash-error\" role=\"alert\" id=\"form-error\">").text(error.message()).raw("</div>");
    }
    String chosen = error == null || error.outcome() == null ? "" : error.outcome();
    b.raw("<form method=\"post\" id=\"decide-form\" action=\"/ui/alerts/").text(a.id()).raw("/decide\">")
        .hidden(UiRoutes.CSRF_FIELD, s.csrf()).raw("<fieldset class=\"choices\"><legend>Outcome</legend>");
    for (Outcome o : Outcome.values()) {
      b.raw("<label class=\"choice choice-").text(o.label()).raw("\"><input type=\"radio\" name=\"outcome\" required value=\"")
          .text(o.label()).raw("\" id=\"outcome-").text(o.label()).raw("\"").raw(o.label().equals(chosen) ? " checked" : "")
          .raw("> ").text(Show.outcomeLabel(o)).raw("</label>");
    }
    b.raw("</fieldset><label for=\"reason\">Reason</label><textarea id=\"reason\" name=\"reason\" rows=\"3\" required ")
        .raw("placeholder=\"What you checked and why (date of birth differs, other nationality, ...)\">")
        .text(error == null ? "" : error.text()).raw("</textarea>")
        .raw("<div class=\"form-foot\"><button type=\"submit\" class=\"btn btn-primary\" id=\"decide\">Submit decision</button>")
        .raw("<span class=\"muted small\">Another user with the approver role confirms it (four eyes).</span></div></form>");
  }

  private static void approveForm(Html b, Session s, Alert a, FormError error) {
    if (error != null) {
      b.raw("<div class=\"flash flash-error\" role=\"alert\" id=\"form-error\">").text(error.message()).raw("</div>");
    }
    b.raw("<form method=\"post\" id=\"approve-form\" action=\"/ui/alerts/").text(a.id()).raw("/approve\">")
        .hidden(UiRoutes.CSRF_FIELD, s.csrf())
        .raw("<label for=\"comment\">Comment <span class=\"muted\">(optional)</span></label>")
        .raw("<textarea id=\"comment\" name=\"comment\" rows=\"2\">").text(error == null ? "" : error.text())
        .raw("</textarea><div class=\"form-foot\">")
        .raw("<button type=\"submit\" name=\"verdict\" value=\"confirm\" class=\"btn btn-primary\" id=\"approve\">Approve decision</button>")
        .raw("<button type=\"submit\" name=\"verdict\" value=\"reject\" class=\"btn btn-danger\" id=\"reject\">Reject, send back</button>")
        .raw("</div></form>");
  }

  private static void note(Html b, String text) {
    b.raw("<p class=\"note\" id=\"no-action\">").text(text).raw("</p>");
  }

  private static void kv(Html b, String key, Html value) {
    b.raw("<tr><th>").text(key).raw("</th><td>").add(value).raw("</td></tr>");
  }

  private static void kvList(Html b, String key, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    Html v = new Html();
    for (String x : values) {
      v.raw("<div>").text(x).raw("</div>");
    }
    kv(b, key, v);
  }

  /** "birthDate" → "Birth date". */
  static String label(String prop) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (char c : prop.toCharArray()) {
      if (Character.isUpperCase(c) && w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
      w.append(Character.toLowerCase(c));
    }
    words.add(w.toString());
    words.replaceAll(x -> ACRONYMS.contains(x) ? x.toUpperCase(java.util.Locale.ROOT) : x);
    String s = String.join(" ", words);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
