package io.cordon.match;

import io.cordon.names.BidiControls;
import java.util.List;

/**
 * What is known about the party being screened, in FtM terms.
 *
 * @param schema      FtM schema of the party (Person, Company, Organization, LegalEntity, Vessel...);
 *                    LegalEntity or Thing when unknown
 * @param names       full names as given (any script, any order); bidi controls are removed
 *                    (see {@link BidiControls})
 * @param birthDates  FtM dates (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param countries   FtM country codes (nationality, citizenship, jurisdiction, country)
 * @param identifiers identifier values of any kind (passport, INN, OGRN, LEI, BIC, IMO, ISIN, wallet)
 * @param gender      FtM gender (male, female, other) or null
 */
public record MatchQuery(String schema, List<String> names, List<String> birthDates, List<String> countries,
                         List<String> identifiers, String gender) {
  public MatchQuery {
    schema = schema == null || schema.isBlank() ? "LegalEntity" : schema;
    names = withoutBidiControls(names);
    birthDates = List.copyOf(birthDates);
    countries = List.copyOf(countries);
    identifiers = List.copyOf(identifiers);
  }

  /** Invisible bidi controls removed, plus the displayed order where an override reorders a name. */
  private static List<String> withoutBidiControls(List<String> names) {
    if (names.stream().noneMatch(BidiControls::present)) {
      return List.copyOf(names);
    }
    return names.stream().flatMap(n -> BidiControls.variants(n).stream()).distinct().toList();
  }

  /** A name-only query for any kind of party. */
  public static MatchQuery ofName(String name) {
    return new MatchQuery("LegalEntity", List.of(name), List.of(), List.of(), List.of(), null);
  }
}
