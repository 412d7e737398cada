package io.cordon.screening.payment;

import io.cordon.model.Entity;
import io.cordon.screening.text.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of {@code cordon screen-message} / {@code POST /v1/screen/message} and
 * {@code cordon scan} / {@code POST /v1/scan}, as plain maps (one view for the CLI and the API).
 */
public final class PaymentJson {
  private PaymentJson() {}

  /** One message's result: file, index, type, reference, decision, hits, reasons. */
  public static Map<String, Object> message(String file, MessageDecision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("index", d.index());
    PaymentMessage msg = d.message();
    m.put("type", msg == null ? null : msg.type());
    m.put("reference", msg == null ? null : msg.reference());
    m.put("decision", d.decision());
    if (msg != null) {
      m.put("amount", msg.amount() == null ? null : msg.amount().toPlainString());
      m.put("currency", msg.currency());
      m.put("valueDate", msg.valueDate() == null ? null : msg.valueDate().toString());
    }
    List<Map<String, Object>> hits = new ArrayList<>();
    for (MessageHit h : d.hits()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("field", h.element().field());
      o.put("path", h.element().path());
      o.put("role", h.element().role().label());
      o.put("value", h.element().value());
      o.put("entity", h.entity() == null ? null : entity(h.entity()));
      o.put("score", round(h.score()));
      o.put("kind", h.kind().label());
      o.put("explanation", h.explanation());
      if (h.rule() != null) {
        o.put("rule", h.rule());
      }
      if (h.start() >= 0) {
        o.put("start", h.start());
        o.put("end", h.end());
      }
      hits.add(o);
    }
    m.put("hits", hits);
    m.put("reasons", d.reasons());
    if (d.error() != null) {
      m.put("error", d.error());
    }
    m.put("policy", d.policy());
    return m;
  }

  /** {@code {"mentions": [...]}} for a scanned text. */
  public static Map<String, Object> mentions(List<Mention> mentions) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Mention mn : mentions) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("start", mn.start());
      o.put("end", mn.end());
      o.put("text", mn.text());
      o.put("entity", entity(mn.result().entity()));
      o.put("score", round(mn.score()));
      o.put("match", mn.match());
      o.put("matched_name", mn.result().matchedName());
      o.put("explanation", mn.explanation());
      out.add(o);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mentions", out);
    return m;
  }

  private static Map<String, Object> entity(Entity e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", e.id());
    o.put("caption", e.caption());
    o.put("schema", e.schema());
    o.put("datasets", List.copyOf(e.datasets()));
    return o;
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
