package io.cordon.rules;

/**
 * Who the counterparty (or issuer) is, as the user gave it: exactly one of a name (resolved through
 * name matching), an entity id (e.g. {@code ofac-31695}) or an identifier (BIC, LEI, ISIN, INN...).
 */
public record PartyQuery(String name, String entityId, String identifier) {
  public PartyQuery {
    name = blankToNull(name);
    entityId = blankToNull(entityId);
    identifier = blankToNull(identifier);
    int given = (name != null ? 1 : 0) + (entityId != null ? 1 : 0) + (identifier != null ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException("counterparty: give exactly one of name, entity id or identifier");
    }
  }

  public static PartyQuery byName(String name) {
    return new PartyQuery(name, null, null);
  }

  public static PartyQuery byId(String id) {
    return new PartyQuery(null, id, null);
  }

  public static PartyQuery byIdentifier(String identifier) {
    return new PartyQuery(null, null, identifier);
  }

  /** e.g. {@code name "Bank of Russia"}. */
  public String describe() {
    if (name != null) {
      return "name \"" + name + "\"";
    }
    return entityId != null ? "entity " + entityId : "identifier " + identifier;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
