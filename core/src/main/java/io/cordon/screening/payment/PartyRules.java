package io.cordon.screening.payment;

import io.cordon.model.Entity;
import java.time.LocalDate;
import java.util.List;

/** Transaction rules beyond a listing (e.g. EO 14024 Directive 4) for a party found in a payment. */
@FunctionalInterface
public interface PartyRules {

  /**
   * The rules that stop a payment involving {@code entity} on {@code date}.
   *
   * @param currency ISO 4217 code of the payment, or null
   */
  List<Finding> check(Entity entity, LocalDate date, String currency);

  /** A rule that fired: its id, a line for people, and whether it prohibits or needs review. */
  record Finding(String rule, String text, boolean prohibited) {}

  /** No rules. */
  PartyRules NONE = (e, d, c) -> List.of();
}
