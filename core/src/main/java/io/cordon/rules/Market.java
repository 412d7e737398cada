package io.cordon.rules;

/** Where a security is acquired. */
public enum Market {
  /** from the issuer at issuance (subscription, underwriting) */
  PRIMARY,
  /** from another holder after issuance */
  SECONDARY;

  /** The user-facing spelling, e.g. {@code primary}. */
  public String label() {
    return Labels.label(this);
  }

  /** Parses the user-facing spelling (case and - or _ do not matter). */
  public static Market parse(String s) {
    return Labels.parse(Market.class, s, "market");
  }
}
