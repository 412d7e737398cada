package io.cordon.rules;

/** The kind of instrument traded or funds provided. */
public enum Instrument {
  /** a bond or other debt security */
  BOND,
  /** shares or other equity */
  EQUITY,
  /** lending funds (a loan, credit, or other extension of funds) */
  LOAN,
  /** anything else (payments, services, goods) */
  OTHER;

  /** The user-facing spelling, e.g. {@code bond}. */
  public String label() {
    return Labels.label(this);
  }

  /** Parses the user-facing spelling (case and - or _ do not matter). */
  public static Instrument parse(String s) {
    return Labels.parse(Instrument.class, s, "instrument");
  }
}
