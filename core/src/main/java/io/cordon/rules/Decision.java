package io.cordon.rules;

/** The answer of a trade check. */
public enum Decision {
  /** a rule in force forbids the transaction with a certainly matched party */
  PROHIBITED,
  /** no rule in force forbids it */
  ALLOWED,
  /** an analyst must decide: the counterparty match is uncertain, a fact a rule needs is missing, or a date falls on a boundary the texts word differently */
  REVIEW;

  /** The user-facing spelling, e.g. {@code prohibited}. */
  public String label() {
    return Labels.label(this);
  }

  /** Parses the user-facing spelling (case and - or _ do not matter). */
  public static Decision parse(String s) {
    return Labels.parse(Decision.class, s, "decision");
  }
}
