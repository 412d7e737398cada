package io.cordon.cases;

import io.cordon.match.MatchQuery;
import io.cordon.match.QueryLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A customer (or counterparty) of the book, as imported. Only the screening-relevant data is kept:
 * what a change of it means is "screen again".
 *
 * @param externalId  the customer's stable id in the institution's own systems (column {@code id})
 * @param schema      FtM schema: Person, Company, Organization, LegalEntity, Vessel...
 * @param names       full names, as given
 * @param birthDates  FtM dates
 * @param countries   FtM country codes
 * @param identifiers identifier values (passport, INN, LEI...)
 * @param gender      FtM gender or null
 */
public record Party(String externalId, String schema, List<String> names, List<String> birthDates,
                    List<String> countries, List<String> identifiers, String gender) {

  public Party {
    if (externalId == null || externalId.isBlank()) {
      throw new BadInputException("party: external id is empty");
    }
    externalId = externalId.strip();
    if (externalId.length() > 200) {
      throw new BadInputException("party " + externalId.substring(0, 40) + "...: external id longer than 200 characters");
    }
    schema = schema == null || schema.isBlank() ? "LegalEntity" : schema.strip();
    names = clean(names);
    birthDates = clean(birthDates);
    countries = clean(countries);
    identifiers = clean(identifiers);
    gender = gender == null || gender.isBlank() ? null : gender.strip();
    if (names.isEmpty()) {
      throw new BadInputException("party " + externalId + ": no name");
    }
    String id = externalId;
    QueryLimits.check(names, birthDates, countries, identifiers).ifPresent(v -> {
      throw new BadInputException("party " + id + ": " + v);
    });
  }

  private static List<String> clean(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : Objects.requireNonNullElse(values, List.<String>of())) {
      if (v != null && !v.isBlank() && !out.contains(v.strip())) {
        out.add(v.strip());
      }
    }
    return List.copyOf(out);
  }

  /** The query this party is screened with. */
  public MatchQuery toQuery() {
    return new MatchQuery(schema, names, birthDates, countries, identifiers, gender);
  }

  /**
   * SHA-256 (hex) of the screening-relevant data in a canonical form (values sorted, so a reordering
   * in the source file is not a change). Equal hashes mean: screening again would give the same result.
   */
  public String hash() {
    StringBuilder b = new StringBuilder();
    Hashing.field(b, "schema", List.of(schema));
    Hashing.field(b, "names", new TreeSet<>(names));
    Hashing.field(b, "birthDates", new TreeSet<>(birthDates));
    Hashing.field(b, "countries", new TreeSet<>(countries));
    Hashing.field(b, "identifiers", new TreeSet<>(identifiers));
    Hashing.field(b, "gender", gender == null ? List.of() : List.of(gender));
    return Hashing.sha256Hex(b.toString());
  }

  /** The display name: the first name given. */
  public String caption() {
    return names.get(0);
  }
}
