package io.cordon.http;

import io.cordon.cases.MessageCase;
import io.cordon.cases.QueuedHit;
import io.cordon.cases.MessageQueue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a message in the case queue: what {@code screen-message} and
 * {@code POST /v1/screen/message} add to a message's result when it is queued, and the stored
 * message of {@code GET /v1/messages/{id}}. One form for the CLI and the API.
 */
public final class MessageCaseJson {
  private MessageCaseJson() {}

  /**
   * Adds {@code "case": {"message", "alerts", "cleared"}} to a message's result and sets its decision to
   * the one after the good-guy list (a message whose every hit was cleared passes).
   */
  public static void addQueued(Map<String, Object> result, MessageQueue.Queued q) {
    result.put("decision", q.decision());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("message", q.messageId() == 0 ? null : q.messageId());
    c.put("alerts", q.alertIds());
    c.put("cleared", q.cleared());
    result.put("case", c);
  }

  /** A stored message with its status, raw text and hits (with their offsets in the raw text). */
  public static Map<String, Object> message(MessageCase m, String status) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", m.id());
    o.put("source", m.source());
    o.put("index", m.index());
    o.put("type", m.type());
    o.put("reference", m.reference());
    o.put("decision", m.decision());
    o.put("status", status);
    o.put("error", m.error());
    o.put("policy", m.policy());
    o.put("received", m.received().toString());
    o.put("snapshots", m.snapshotIds());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (QueuedHit h : m.hits()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("field", h.field());
      x.put("path", h.path());
      x.put("role", h.role());
      x.put("value", h.value());
      x.put("matched", h.matched());
      x.put("kind", h.kind());
      x.put("rule", h.rule());
      x.put("entity", Map.of("id", h.entityId(), "caption", h.entityCaption()));
      x.put("score", Math.round(h.score() * 10000) / 10000.0);
      x.put("explanation", h.explanation());
      x.put("start", h.start());
      x.put("end", h.end());
      x.put("alert", h.alertId() == 0 ? null : h.alertId());
      x.put("clearedBy", h.clearedBy() == 0 ? null : h.clearedBy());
      hits.add(x);
    }
    o.put("hits", hits);
    o.put("raw", m.raw());
    return o;
  }
}
