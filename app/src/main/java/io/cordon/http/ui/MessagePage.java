package io.cordon.http.ui;

import io.cordon.cases.CaseService;
import io.cordon.cases.MessageCase;
import io.cordon.cases.QueuedHit;
import io.cordon.cases.MessageQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Payment messages of the case queue: the list of held messages, and one message shown as received
 * with every hit marked in place. Each mark links to the hit's row (entity, score, explanation,
 * rule, its alert). The message text is hostile input: the templates write it as escaped text only.
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
    List<Listed> rows = all.stream().map(m -> new Listed(m, queue.status(s.actor(), m))).toList();
    return Layout.page(s, "messages", "Payment messages", Templates.render("messages.jte", Map.of("rows", rows, "now", now)));
  }

  /** A message of the list with its status. */
  record Listed(MessageCase message, String status) {}

  /** A piece of the raw text: plain ({@code kind} null) or a mark over hits (their 1-based numbers). */
  record Segment(String text, String kind, int first, String hits, String title) {}

  /** A hit's row: its number, the mark it is shown under (0: none), its alert's status (or null). */
  record HitRow(int number, QueuedHit hit, int mark, io.cordon.cases.AlertStatus alertStatus) {}

  String render(Session s, long id) {
    MessageCase m = queue.message(s.actor(), id);
    Instant now = clock.instant();
    String status = queue.status(s.actor(), m);
    // the raw text with the hits marked: identical spans share a mark, an overlapping one is listed only
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < m.hits().size(); i++) {
      if (m.hits().get(i).placed() && m.hits().get(i).end() <= m.raw().length()) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingInt((Integer i) -> m.hits().get(i).start()).thenComparingInt(i -> -m.hits().get(i).end()));
    boolean[] marked = new boolean[m.hits().size()];
    List<Segment> segments = new ArrayList<>();
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
      segments.add(new Segment(m.raw().substring(at, h.start()), null, 0, null, null));
      StringBuilder numbers = new StringBuilder();
      for (int j = 0; j < same.size(); j++) {
        numbers.append(j == 0 ? "" : " ").append(same.get(j) + 1);
        marked[same.get(j)] = true;
      }
      segments.add(new Segment(m.raw().substring(h.start(), h.end()), h.kind(), same.get(0) + 1, numbers.toString(),
          title(m, same)));
      at = h.end();
    }
    segments.add(new Segment(m.raw().substring(Math.min(at, m.raw().length())), null, 0, null, null));
    List<HitRow> hits = new ArrayList<>();
    for (int i = 0; i < m.hits().size(); i++) {
      QueuedHit h = m.hits().get(i);
      hits.add(new HitRow(i + 1, h, marked[i] ? firstMark(m, i, marked) : 0,
          h.alertId() != 0 ? cases.alert(s.actor(), h.alertId()).status() : null));
    }
    Map<String, Object> params = new HashMap<>();
    params.put("m", m);
    params.put("status", status);
    params.put("segments", segments);
    params.put("hits", hits);
    params.put("now", now);
    return Layout.page(s, "messages", "Message #" + m.id(), Templates.render("messagecase.jte", params));
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
}
