package io.cordon.rules;

/** The answer of a trade check (the field {@code decision} of its JSON and CLI forms). */
public enum Verdict {
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
  public static Verdict parse(String s) {
    return Labels.parse(Verdict.class, s, "decision");
  }
}
