package io.cordon.screening.payment;

import io.cordon.model.Entity;
import java.util.Objects;

/**
 * One reason to hold a message: an element, where it is, what it matched and why.
 *
 * @param element     the element screened
 * @param entity      the listed entity, or null for a country or region
 * @param score       in [0, 1] (1 for exact identifier, country and rule hits)
 * @param kind        what matched
 * @param explanation for people
 * @param rule        the rule that fired (kind RULE, COUNTRY), or null
 * @param start       for text hits: offset of the mention in the element's value, else -1
 * @param end         for text hits: offset after the mention, else -1
 */
public record MessageHit(Element element, Entity entity, double score, Kind kind, String explanation, String rule,
                  int start, int end) {
  public MessageHit {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** What matched. */
  public enum Kind {
    NAME, BIC, VESSEL, COUNTRY, RULE, TEXT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
