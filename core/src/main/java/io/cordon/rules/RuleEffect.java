package io.cordon.rules;

/** What a rule says about the transactions it covers (the field {@code outcome} of a rule). */
public enum RuleEffect {
  /** the rule forbids the transaction */
  PROHIBITED,
  /** the rule expressly permits it (a carve-out, shown as the reason for an allowed answer) */
  ALLOWED;

  /** The user-facing spelling, e.g. {@code prohibited}. */
  public String label() {
    return Labels.label(this);
  }

  /** Parses the user-facing spelling (case and - or _ do not matter). */
  public static RuleEffect parse(String s) {
    return Labels.parse(RuleEffect.class, s, "outcome");
  }
}
