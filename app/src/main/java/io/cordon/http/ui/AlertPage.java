package io.cordon.http.ui;

import io.cordon.cases.Actor;
import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import io.cordon.cases.BadInputException;
import io.cordon.cases.CaseService;
import io.cordon.cases.ConflictException;
import io.cordon.cases.Decision;
import io.cordon.cases.Outcome;
import io.cordon.cases.Party;
import io.cordon.cases.Role;
import io.cordon.model.Entity;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One alert: the party and the listed entity side by side with the matching name parts marked, the
 * score's explanations, the list versions, the decision history, and the decide / approve forms the
 * user's role and the alert's state allow (and, where a form is missing, why).
 */
final class AlertPage {
  /** Entity properties shown in their own rows before the rest. */
  static final List<String> NAME_PROPS = List.of("name", "alias", "previousName", "weakAlias");
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

    Optional<io.cordon.cases.MessageCase> message = messages == null ? Optional.empty() : messages.ofAlert(me, a.id());
    // the forms this user may use on this alert now, or why there are none
    String form = null;
    String note = null;
    Decision pending = null;
    switch (a.status()) {
      case OPEN, NEEDS_INFORMATION -> {
        if (me.has(Role.ANALYST)) {
          form = "decide";
        } else {
          note = "Only users with the analyst role decide alerts; waiting for an analyst.";
        }
      }
      case PENDING_APPROVAL -> {
        pending = h.decisions().stream().filter(d -> d.state() == Decision.State.PENDING).reduce((x, y) -> y)
            .orElse(null);
        if (pending != null && pending.analyst().equals(me.name())) {
          note = "You made this decision, so another user with the approver role must approve or reject it "
              + "(four eyes: nobody approves their own decision).";
        } else if (!me.has(Role.APPROVER)) {
          note = "Waiting for a user with the approver role to approve or reject this decision.";
        } else {
          form = "approve";
        }
      }
      case CLOSED_TRUE_MATCH, CLOSED_FALSE_POSITIVE -> note = "Closed as \"" + Show.statusLabel(a.status())
          + "\". " + (a.status() == AlertStatus.CLOSED_FALSE_POSITIVE
              ? "The pair is on the good-guy list until the party's data or the list entry changes."
              : "Follow your procedure for confirmed matches (blocking, reporting).");
    }
    FormError shown = error != null && error.form().equals(form) ? error : null;
    View v = new View(a, h, now, message.orElse(null), new Highlight(e.names()), new Highlight(p.names()), form, shown,
        note, pending, s.csrf());
    return Layout.page(s, "alerts", "Alert #" + a.id(), Templates.render("alert.jte", Map.of("v", v)));
  }

  /**
   * What alert.jte shows.
   *
   * @param formName "decide", "approve" or null: the form this user may use now
   * @param form     what the user typed into that form when it was refused, or null
   * @param note     why there is no form, or null
   * @param pending  the decision waiting for approval, or null
   */
  record View(Alert alert, CaseService.AlertHistory history, Instant now, io.cordon.cases.MessageCase message,
              Highlight onParty, Highlight onEntity, String formName, FormError form, String note, Decision pending,
              String csrf) {}

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
