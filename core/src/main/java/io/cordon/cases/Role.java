package io.cordon.cases;

import java.util.Locale;

/** What a user may do. Analysts decide alerts, approvers confirm or reject decisions, admins manage users. */
public enum Role {
  ANALYST, APPROVER, ADMIN;

  /** Parses {@code analyst}, {@code APPROVER}...; fails naming the accepted values. */
  public static Role parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadInputException("unknown role '" + s + "' (expected analyst, approver or admin)");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
