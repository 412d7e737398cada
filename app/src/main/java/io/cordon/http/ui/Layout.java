package io.cordon.http.ui;

import gg.jte.Content;
import java.util.Map;

/** The frame of every page (layout.jte) around a page body; the error page (message.jte). */
final class Layout {
  private Layout() {}

  /**
   * @param session the logged-in user, or null (login and error pages before login)
   * @param active  the navigation key to highlight
   * @param body    a page body rendered by a template
   */
  static String page(Session session, String active, String title, String body) {
    // The body is a template's output, already escaped: it goes in as markup.
    Content content = out -> out.writeContent(body);
    return Templates.render("layout.jte", Map.of("frame", Frame.of(session, active, title), "body", content));
  }

  /** A page with only a title, a message and a way back: errors. */
  static String message(Session session, String title, String message) {
    return page(session, "", title, Templates.render("message.jte", Map.of("title", title, "message", message)));
  }
}
