package io.cordon.screening.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A payment message reduced to what screening needs, whatever its syntax.
 *
 * @param type      e.g. {@code MT103}, {@code MT103 STP}, {@code MT202 COV}, {@code pacs.008.001.08},
 *                  {@code pacs.009.001.11 COV}
 * @param reference the sender's reference (MT field 20, MX BizMsgIdr or MsgId), or null
 * @param amount    the (first) transaction amount, or null
 * @param currency  ISO 4217, or null
 * @param valueDate value / settlement / requested execution date, or null
 * @param elements  every party, agent, address part and free text, in message order
 */
public record PaymentMessage(String type, String reference, BigDecimal amount, String currency, LocalDate valueDate,
                             List<Element> elements) {
  public PaymentMessage {
    Objects.requireNonNull(type, "type");
    elements = List.copyOf(elements);
  }

  /** The elements of one kind. */
  public List<Element> elements(Element.Kind kind) {
    return elements.stream().filter(e -> e.kind() == kind).toList();
  }
}
