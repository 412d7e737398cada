package io.cordon.model;

/** FtM property names used in code, so a typo fails at compile time instead of at run time. */
public final class Prop {
  private Prop() {}

  public static final String NAME = "name";
  public static final String ALIAS = "alias";
  public static final String WEAK_ALIAS = "weakAlias";
  public static final String PREVIOUS_NAME = "previousName";
  public static final String FIRST_NAME = "firstName";
  public static final String MIDDLE_NAME = "middleName";
  public static final String LAST_NAME = "lastName";
  public static final String FATHER_NAME = "fatherName";
  public static final String TITLE = "title";
  public static final String BIRTH_DATE = "birthDate";
  public static final String BIRTH_PLACE = "birthPlace";
  public static final String NATIONALITY = "nationality";
  public static final String CITIZENSHIP = "citizenship";
  public static final String COUNTRY = "country";
  public static final String JURISDICTION = "jurisdiction";
  public static final String GENDER = "gender";
  public static final String ADDRESS = "address";
  public static final String NOTES = "notes";
  public static final String TOPICS = "topics";
  public static final String SOURCE_URL = "sourceUrl";
  public static final String PASSPORT_NUMBER = "passportNumber";
  public static final String ID_NUMBER = "idNumber";
  public static final String TAX_NUMBER = "taxNumber";
  public static final String INN_CODE = "innCode";
  public static final String OGRN_CODE = "ogrnCode";
  public static final String LEI_CODE = "leiCode";
  public static final String SWIFT_BIC = "swiftBic";
  public static final String IMO_NUMBER = "imoNumber";
  public static final String MMSI = "mmsi";
  public static final String ISIN = "isin";
  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String FLAG = "flag";
  public static final String CALL_SIGN = "callSign";
  public static final String TYPE = "type";
  public static final String EMAIL = "email";
  public static final String WEBSITE = "website";
  public static final String INCORPORATION_DATE = "incorporationDate";

  // Sanction link (schema Sanction)
  public static final String ENTITY = "entity";
  public static final String AUTHORITY = "authority";
  public static final String PROGRAM = "program";
  public static final String PROVISIONS = "provisions";
  public static final String START_DATE = "startDate";
  public static final String END_DATE = "endDate";
  public static final String LISTING_DATE = "listingDate";
  public static final String REASON = "reason";
  public static final String SUMMARY = "summary";
  public static final String AUTHORITY_ID = "authorityId";
  public static final String UNSC_ID = "unscId";

  // Ownership link (schema Ownership)
  public static final String OWNER = "owner";
  public static final String ASSET = "asset";
  public static final String PERCENTAGE = "percentage";

  // Family / Associate / UnknownLink
  public static final String PERSON = "person";
  public static final String RELATIVE = "relative";
  public static final String RELATIONSHIP = "relationship";
  public static final String ASSOCIATE = "associate";
  public static final String SUBJECT = "subject";
  public static final String OBJECT = "object";
  public static final String ROLE = "role";

  // CryptoWallet
  public static final String PUBLIC_KEY = "publicKey";
  public static final String CURRENCY = "currency";
  public static final String HOLDER = "holder";
}
