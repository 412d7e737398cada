package io.cordon.http.ui;

import io.cordon.cases.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the frame of every page shows (layout.jte): title, navigation for the user's roles, the user
 * and the flash message. {@code user} is null before login (login and error pages).
 */
record Frame(String title, List<Nav> nav, String user, String roles, String csrf, Session.Flash flash) {
  record Nav(String label, String path, boolean active) {}

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

  /**
   * @param session the logged-in user, or null; its flash message is taken (shown once)
   * @param active  the navigation key to highlight
   */
  static Frame of(Session session, String active, String title) {
    if (session == null) {
      return new Frame(title, List.of(), null, null, null, null);
    }
    List<Nav> nav = new ArrayList<>();
    for (String[] n : NAV) {
      if ((n[0].equals("audit") || n[0].equals("users")) && !session.actor().has(Role.ADMIN)) {
        continue;
      }
      nav.add(new Nav(n[1], n[2], n[0].equals(active)));
    }
    String roles = session.actor().roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
    return new Frame(title, nav, session.actor().name(), roles, session.csrf(), session.takeFlash());
  }
}
