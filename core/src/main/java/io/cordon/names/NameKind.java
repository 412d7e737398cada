package io.cordon.names;

/** The kind of party a name belongs to, from its FtM schema; it decides titles, legal forms and tags. */
public enum NameKind {
  PERSON, ORGANIZATION, VESSEL, OTHER;

  /** Person for Person; organisation for Organization, Company, PublicBody, LegalEntity-only parties as OTHER. */
  public static NameKind ofSchema(String schema) {
    if (schema == null) {
      return OTHER;
    }
    return switch (schema) {
      case "Person" -> PERSON;
      case "Organization", "Company", "PublicBody" -> ORGANIZATION;
      case "Vessel", "Airplane" -> VESSEL;
      default -> OTHER;
    };
  }
}
