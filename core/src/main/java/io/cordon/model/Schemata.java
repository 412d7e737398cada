package io.cordon.model;

import java.util.Set;

/** FtM schema names used in code. */
public final class Schemata {
  private Schemata() {}

  public static final String THING = "Thing";
  public static final String LEGAL_ENTITY = "LegalEntity";
  public static final String PERSON = "Person";
  public static final String ORGANIZATION = "Organization";
  public static final String COMPANY = "Company";
  public static final String PUBLIC_BODY = "PublicBody";
  public static final String VESSEL = "Vessel";
  public static final String AIRPLANE = "Airplane";
  public static final String SECURITY = "Security";
  public static final String CRYPTO_WALLET = "CryptoWallet";
  public static final String SANCTION = "Sanction";
  public static final String OWNERSHIP = "Ownership";
  public static final String FAMILY = "Family";
  public static final String ASSOCIATE = "Associate";
  public static final String UNKNOWN_LINK = "UnknownLink";
  public static final String ADDRESS = "Address";

  /** Schemata whose entities are screened by name (the "targets" of a list). */
  public static final Set<String> SCREENABLE =
      Set.of(PERSON, ORGANIZATION, COMPANY, LEGAL_ENTITY, PUBLIC_BODY, VESSEL, AIRPLANE, SECURITY, CRYPTO_WALLET);

  /** True when entities of this schema are list targets rather than link or detail records. */
  public static boolean isScreenable(String schema) {
    return SCREENABLE.contains(schema);
  }
}
