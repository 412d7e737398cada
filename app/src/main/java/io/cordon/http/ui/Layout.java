package io.cordon.http.ui;

import io.cordon.cases.Role;
import java.util.stream.Collectors;

/** The frame of every page: head, navigation bar with the user and logout, flash message, title. */
final class Layout {
  /** Navigation entries: key, label, path. */
  private static final String[][] NAV = {
      {"alerts", "Alerts", "/ui/alerts"},
      {"messages", "Messages", "/ui/messages"},
      {"screen", "Screen", "/ui/screen"},
      {"parties", "Parties", "/ui/parties"},
      {"sources", "Sources", "/ui/sources"},
      {"audit", "Audit", "/ui/audit"},
      {"users", "Users", "/ui/users"},
  };

  private Layout() {}

  /**
   * @param session the logged-in user, or null (login and error pages before login)
   * @param active  the navigation key to highlight
   */
  static String page(Session session, String active, String title, Html body) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<title>").text(title).raw(" · Cordon</title>")
        .raw("<link rel=\"stylesheet\" href=\"/static/cordon.css\"></head><body>");
    h.raw("<header class=\"topbar\"><a class=\"brand\" href=\"/ui/alerts\"><span class=\"logo\">◈</span> Cordon</a>");
    if (session != null) {
      h.raw("<nav>");
      for (String[] n : NAV) {
        if ((n[0].equals("audit") || n[0].equals("users")) && !session.actor().has(Role.ADMIN)) {
          continue;
        }
        h.raw("<a href=\"").raw(n[2]).raw("\"").raw(n[0].equals(active) ? " class=\"active\"" : "").raw(">")
            .text(n[1]).raw("</a>");
      }
      h.raw("</nav><div class=\"user\"><span class=\"who\">").text(session.actor().name())
          .raw("</span><span class=\"roles\">")
          .text(session.actor().roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
          .raw("</span><form method=\"post\" action=\"/ui/logout\">").hidden(UiRoutes.CSRF_FIELD, session.csrf())
          .raw("<button type=\"submit\" class=\"btn btn-ghost\" id=\"logout\">Log out</button></form></div>");
    }
    h.raw("</header><main class=\"container\">");
    Session.Flash f = session == null ? null : session.takeFlash();
    if (f != null) {
      h.raw("<div class=\"flash ").raw(f.error() ? "flash-error" : "flash-ok").raw("\" role=\"status\">")
          .text(f.message()).raw("</div>");
    }
    h.add(body);
    h.raw("</main><footer class=\"foot\">Cordon sanctions screening · every action is recorded in the audit log</footer>")
        .raw("</body></html>");
    return h.toString();
  }

  /** A page with only a title, a message and a way back: errors. */
  static String message(Session session, String title, String message) {
    Html b = new Html().raw("<div class=\"panel narrow\"><h1>").text(title).raw("</h1><p class=\"lead\">")
        .text(message).raw("</p><p><a class=\"btn\" href=\"/ui/alerts\">Back to the alert queue</a></p></div>");
    return page(session, "", title, b);
  }
}
