package io.cordon.http.ui;

import io.cordon.cases.Alert;
import io.cordon.cases.CaseService;
import io.cordon.cases.MessageCase;
import io.cordon.cases.QueuedHit;
import io.cordon.cases.MessageQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Payment messages of the case queue: the list of held messages, and one message shown as received
 * with every hit marked in place. Each mark links to the hit's row (entity, score, explanation,
 * rule, its alert). The message text is hostile input: it goes through {@link Html#text} only.
 */
final class MessagePage {
  static final int LIST_SIZE = 200;

  private final MessageQueue queue;
  private final CaseService cases;
  private final Clock clock;

  MessagePage(MessageQueue queue, CaseService cases, Clock clock) {
    this.queue = queue;
    this.cases = cases;
    this.clock = clock;
  }

  String list(Session s) {
    Instant now = clock.instant();
    List<MessageCase> all = queue.messages(s.actor(), LIST_SIZE);
    Html b = new Html();
    b.raw("<div class=\"page-head\"><h1>Payment messages</h1><p class=\"muted\">Held messages and those the good-guy ")
        .raw("list released, newest first; each hit is an alert of the queue.</p></div>");
    if (all.isEmpty()) {
      b.raw("<div class=\"empty\" id=\"messages-empty\">No message has been held.</div>");
      return Layout.page(s, "messages", "Payment messages", b);
    }
    b.raw("<table class=\"grid\" id=\"messages\"><thead><tr><th class=\"num\">Message</th><th>Status</th><th>Type</th>")
        .raw("<th>Reference</th><th>Source</th><th class=\"num\">Hits</th><th>Received</th></tr></thead><tbody>");
    for (MessageCase m : all) {
      String href = "/ui/messages/" + m.id();
      b.raw("<tr data-message=\"").text(m.id()).raw("\"><td class=\"num\">").link(href, "#" + m.id()).raw("</td><td>")
          .add(status(queue.status(s.actor(), m))).raw("</td><td>")
          .raw("<a class=\"strong\" href=\"").text(href).raw("\">").text(m.type() == null ? "unreadable" : m.type())
          .raw("</a></td>").el("td", m.reference() == null ? "" : m.reference()).el("td", m.source())
          .el("td class=\"num\"", m.hits().size()).raw("<td>").add(Show.when(m.received(), now)).raw("</td></tr>");
    }
    b.raw("</tbody></table>");
    return Layout.page(s, "messages", "Payment messages", b);
  }

  String render(Session s, long id) {
    MessageCase m = queue.message(s.actor(), id);
    Instant now = clock.instant();
    String status = queue.status(s.actor(), m);
    Html b = new Html();
    b.raw("<div class=\"crumbs\"><a href=\"/ui/messages\">Payment messages</a> / Message #").text(m.id()).raw("</div>");
    b.raw("<div class=\"page-head row\"><div><h1>").text(m.type() == null ? "Unreadable message" : m.type())
        .raw(m.reference() == null ? "" : " <span class=\"vs\">ref</span> ").text(m.reference() == null ? "" : m.reference())
        .raw("</h1><p class=\"muted\">Message #").text(m.id()).raw(" · ").text(m.source()).raw(" · received ")
        .add(Show.when(m.received(), now)).raw(" · policy ").text(m.policy()).raw("</p></div>")
        .raw("<div class=\"head-right\"><span id=\"message-status\">").add(status(status)).raw("</span></div></div>");
    if (m.error() != null) {
      b.raw("<div class=\"flash flash-error\" id=\"message-error\"><strong>Held: the message cannot be read.</strong> ")
          .text(m.error()).raw("</div>");
    }

    // the raw text with the hits marked: identical spans share a mark, an overlapping one is listed only
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < m.hits().size(); i++) {
      if (m.hits().get(i).placed() && m.hits().get(i).end() <= m.raw().length()) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingInt((Integer i) -> m.hits().get(i).start()).thenComparingInt(i -> -m.hits().get(i).end()));
    boolean[] marked = new boolean[m.hits().size()];
    Html raw = new Html();
    int at = 0;
    for (int k = 0; k < order.size(); k++) {
      QueuedHit h = m.hits().get(order.get(k));
      if (h.start() < at) {
        continue;
      }
      List<Integer> same = new ArrayList<>();
      for (int j = k; j < order.size(); j++) {
        QueuedHit o = m.hits().get(order.get(j));
        if (o.start() == h.start() && o.end() == h.end()) {
          same.add(order.get(j));
        }
      }
      raw.text(m.raw().substring(at, h.start()));
      raw.raw("<mark class=\"hit hit-").text(h.kind()).raw("\" id=\"mark-").text(same.get(0) + 1).raw("\" data-hits=\"");
      for (int j = 0; j < same.size(); j++) {
        raw.text(j == 0 ? "" : " ").text(same.get(j) + 1);
        marked[same.get(j)] = true;
      }
      raw.raw("\" title=\"").text(title(m, same)).raw("\"><a href=\"#hit-").text(same.get(0) + 1).raw("\">")
          .text(m.raw().substring(h.start(), h.end())).raw("</a></mark>");
      at = h.end();
    }
    raw.text(m.raw().substring(Math.min(at, m.raw().length())));
    b.raw("<section class=\"panel\"><h2>Message as received <span class=\"sub\">")
        .text(m.hits().isEmpty() ? "no hit" : m.hits().size() + " hit(s); marked in place")
        .raw("</span></h2><pre class=\"raw-message\" id=\"raw-message\">").add(raw).raw("</pre></section>");

    b.raw("<section class=\"panel\"><h2>Hits</h2><table class=\"grid compact\" id=\"hits\"><thead><tr>")
        .raw("<th class=\"num\">#</th><th>Place</th><th>Value</th><th>Kind</th><th>Listed entity</th>")
        .raw("<th class=\"num\">Score</th><th>Explanation</th><th>Rule</th><th>Alert</th></tr></thead><tbody>");
    for (int i = 0; i < m.hits().size(); i++) {
      QueuedHit h = m.hits().get(i);
      b.raw("<tr id=\"hit-").text(i + 1).raw("\" data-kind=\"").text(h.kind()).raw("\"><td class=\"num\">");
      if (marked[i]) {
        b.link("#mark-" + firstMark(m, i, marked), Integer.toString(i + 1));
      } else {
        b.text(i + 1);
      }
      b.raw("</td><td><code>").text(h.path()).raw("</code><div class=\"sub\">").text(h.role()).raw("</div></td><td>")
          .text(h.matched());
      if (!h.matched().equals(h.value())) {
        b.raw("<div class=\"sub\">in: ").text(h.value()).raw("</div>");
      }
      if (!marked[i] && !h.kind().equals("unreadable")) {
        b.raw("<div class=\"sub\">not marked in the text (").text(h.placed() ? "overlaps another hit"
            : "value not found as written").raw(")</div>");
      }
      b.raw("</td><td><span class=\"tag\">").text(h.kind()).raw("</span></td><td class=\"entity\">").text(h.entityCaption())
          .raw("<div class=\"sub\">").text(h.entityId()).raw("</div></td>").add(scoreCell(h.score()))
          .el("td class=\"reason\"", h.explanation()).raw("<td>").text(h.rule() == null ? "" : h.rule()).raw("</td><td>");
      if (h.alertId() != 0) {
        Alert a = cases.alert(s.actor(), h.alertId());
        b.link("/ui/alerts/" + h.alertId(), "#" + h.alertId()).raw(" ").add(Show.status(a.status()));
      } else if (h.clearedBy() != 0) {
        b.raw("cleared: good-guy list (").link("/ui/alerts/" + h.clearedBy(), "alert #" + h.clearedBy()).raw(")");
      }
      b.raw("</td></tr>");
    }
    b.raw("</tbody></table></section>");
    b.raw("<section class=\"panel\"><h2>Screening record</h2><table class=\"kv\">");
    b.raw("<tr><th>Decision</th><td>").text(m.decision()).raw("</td></tr>");
    b.raw("<tr><th>Run</th><td>").text(m.runId()).raw("</td></tr>");
    b.raw("<tr><th>List versions</th><td>");
    for (String sid : m.snapshotIds()) {
      b.raw("<div><code class=\"snapshot\">").text(sid).raw("</code></div>");
    }
    b.raw("</td></tr></table></section>");
    return Layout.page(s, "messages", "Message #" + m.id(), b);
  }

  private static int firstMark(MessageCase m, int i, boolean[] marked) {
    QueuedHit h = m.hits().get(i);
    for (int j = 0; j < m.hits().size(); j++) {
      QueuedHit o = m.hits().get(j);
      if (marked[j] && o.start() == h.start() && o.end() == h.end()) {
        return j + 1;
      }
    }
    return i + 1;
  }

  private static String title(MessageCase m, List<Integer> hits) {
    StringBuilder t = new StringBuilder();
    for (int i : hits) {
      QueuedHit h = m.hits().get(i);
      t.append(t.length() == 0 ? "" : "; ").append(h.kind()).append(": ").append(h.entityCaption())
          .append(String.format(Locale.ROOT, " (%.2f)", h.score()));
    }
    return t.toString();
  }

  private static Html scoreCell(double score) {
    return new Html().raw("<td class=\"num\">").add(Show.score(score)).raw("</td>");
  }

  static Html status(String status) {
    return new Html().raw("<span class=\"badge msg-").text(status).raw("\">").text(status).raw("</span>");
  }
}
