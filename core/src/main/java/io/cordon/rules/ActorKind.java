package io.cordon.rules;

/** What kind of party the actor (the one whose compliance is checked) is. */
public enum ActorKind {
  /** a bank, broker-dealer or other financial institution */
  FINANCIAL_INSTITUTION,
  /** a natural person */
  PERSON,
  /** any other legal entity */
  COMPANY;

  /** The user-facing spelling, e.g. {@code financial-institution}. */
  public String label() {
    return Labels.label(this);
  }

  /** Parses the user-facing spelling (case and - or _ do not matter). */
  public static ActorKind parse(String s) {
    return Labels.parse(ActorKind.class, s, "actor-kind");
  }
}
