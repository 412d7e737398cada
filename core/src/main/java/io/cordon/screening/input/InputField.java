package io.cordon.screening.input;

import java.util.List;
import java.util.Locale;

/**
 * What a column of a party file means. Each field lists the headers recognised for it: FtM property
 * names and the usual headers of customer files. Matching ignores case, spaces, dashes and underscores.
 */
public enum InputField {
  ID("id", "external_id", "customer_id", "party_id", "client_id", "ref", "reference", "record_id"),
  NAME("name", "full_name", "fullname", "party_name", "customer_name", "entity_name", "company_name", "caption"),
  FIRST_NAME("first_name", "firstname", "given_name", "forename"),
  MIDDLE_NAME("middle_name", "middlename", "second_name"),
  LAST_NAME("last_name", "lastname", "surname", "family_name"),
  FATHER_NAME("father_name", "fathername", "patronymic"),
  ALIAS("alias", "aliases", "aka", "other_names"),
  SCHEMA("schema", "type", "entity_type", "party_type", "kind"),
  BIRTH_DATE("birth_date", "birthdate", "dob", "date_of_birth", "incorporation_date", "incorporationdate"),
  COUNTRY("country", "nationality", "citizenship", "jurisdiction", "country_code", "residence", "countries"),
  GENDER("gender", "sex"),
  IDENTIFIER("id_number", "idnumber", "identifier", "identifiers", "passport", "passport_number", "passportnumber",
      "national_id", "inn", "inn_code", "inncode", "ogrn", "ogrn_code", "ogrncode", "lei", "lei_code", "leicode",
      "bic", "swift", "swift_bic", "swiftbic", "imo", "imo_number", "imonumber", "isin", "registration_number",
      "registrationnumber", "tax_number", "taxnumber", "wallet", "crypto_wallet", "public_key", "mmsi");

  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_\\-.]+");

  private final List<String> headers;

  InputField(String... headers) {
    this.headers = List.of(headers);
  }

  /** The field a header names, or null for a column Cordon passes through untouched. */
  public static InputField forHeader(String header) {
    String key = key(header);
    for (InputField f : values()) {
      for (String h : f.headers) {
        if (key(h).equals(key)) {
          return f;
        }
      }
    }
    return null;
  }

  /** Parses a field name given by a user ({@code name}, {@code birth-date}, ...). */
  public static InputField parse(String s) {
    String key = key(s);
    for (InputField f : values()) {
      if (key(f.name()).equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown input field '" + s + "'; known: "
        + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }

  static String key(String s) {
    return SEPARATORS.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
