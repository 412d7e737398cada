package io.cordon.screening.input;

import io.cordon.match.MatchQuery;
import io.cordon.model.Countries;
import io.cordon.model.FtmModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one row (column to value) into a party to screen, or a bad row with the reason. The batch
 * reader and the Spark job use the same mapper, so a row means the same wherever it is screened.
 * Not thread-safe (it remembers headers and country values per file): one per reader or partition.
 */
public final class RowMapper {
  /** Distinct country values remembered per file; a book has few, a hostile file many. */
  private static final int COUNTRY_MEMO = 4096;

  private final ColumnMapping mapping;
  // A file has one header row and few distinct country values: resolving them once per file,
  // not once per row, keeps normalisation and regex work out of the per-row path.
  private final Map<String, Optional<InputField>> fields = new HashMap<>();
  private final Map<String, Optional<String>> countryCodes = new HashMap<>();

  public RowMapper(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  private InputField field(String header) {
    return fields.computeIfAbsent(header, h -> Optional.ofNullable(mapping.fieldFor(h))).orElse(null);
  }

  private Optional<String> country(String value) {
    Optional<String> code = countryCodes.get(value);
    if (code == null) {
      code = Countries.code(value);
      if (countryCodes.size() < COUNTRY_MEMO) {
        countryCodes.put(value, code);
      }
    }
    return code;
  }

  /** @param raw column to value in column order; null or blank values are ignored */
  public InputRow map(long line, Map<String, String> raw) {
    Map<InputField, List<String>> f = new LinkedHashMap<>();
    raw.forEach((header, value) -> {
      InputField field = field(header);
      if (field != null && value != null && !value.isBlank()) {
        f.computeIfAbsent(field, k -> new ArrayList<>()).add(value.strip());
      }
    });
    List<String> warnings = new ArrayList<>();
    List<String> names = new ArrayList<>();
    f.getOrDefault(InputField.NAME, List.of()).forEach(n -> names.addAll(split(n)));
    String composed = String.join(" ", concat(f, InputField.FIRST_NAME, InputField.MIDDLE_NAME,
        InputField.FATHER_NAME, InputField.LAST_NAME)).strip();
    if (!composed.isEmpty() && !names.contains(composed)) {
      names.add(composed);
    }
    for (String a : f.getOrDefault(InputField.ALIAS, List.of())) {
      names.addAll(split(a));
    }
    if (names.isEmpty()) {
      return new InputRow.Bad(line, "no name (expected a column such as name, full_name or first_name/last_name)", raw);
    }
    String schema;
    try {
      schema = schema(first(f, InputField.SCHEMA), !composed.isEmpty());
    } catch (IllegalArgumentException e) {
      return new InputRow.Bad(line, e.getMessage(), raw);
    }
    List<String> dates = new ArrayList<>();
    for (String d : f.getOrDefault(InputField.BIRTH_DATE, List.of())) {
      try {
        dates.add(FlexibleDates.parse(d));
      } catch (IllegalArgumentException e) {
        warnings.add(e.getMessage() + "; screened without it");
      }
    }
    List<String> countries = new ArrayList<>();
    for (String c : f.getOrDefault(InputField.COUNTRY, List.of())) {
      for (String part : split(c)) {
        country(part).ifPresentOrElse(code -> {
          if (!countries.contains(code)) {
            countries.add(code);
          }
        }, () -> warnings.add("unknown country '" + part + "'; screened without it"));
      }
    }
    List<String> ids = new ArrayList<>();
    f.getOrDefault(InputField.IDENTIFIER, List.of()).forEach(v -> ids.addAll(split(v)));
    String gender = null;
    String g = first(f, InputField.GENDER);
    if (g != null) {
      gender = gender(g);
      if (gender == null) {
        warnings.add("unknown gender '" + g + "'; screened without it");
      }
    }
    String id = first(f, InputField.ID);
    if (names.stream().anyMatch(io.cordon.names.BidiControls::present)) {
      warnings.add("name contains bidirectional control characters (U+202A-202E, U+2066-2069, U+200E/F); "
          + "screened without them and in displayed order");
    }
    return new InputRow.Party(line, id != null ? id : "line-" + line,
        new MatchQuery(schema, names, dates, countries, ids, gender), raw, warnings);
  }

  private static List<String> concat(Map<InputField, List<String>> f, InputField... fields) {
    List<String> out = new ArrayList<>();
    for (InputField x : fields) {
      out.addAll(f.getOrDefault(x, List.of()));
    }
    return out;
  }

  private static String first(Map<InputField, List<String>> f, InputField field) {
    List<String> v = f.get(field);
    return v == null ? null : v.get(0);
  }

  /** Values separated by ';' or '|', stripped, blanks dropped. */
  private static List<String> split(String v) {
    List<String> out = new ArrayList<>(1);
    int from = 0;
    for (int i = 0; i <= v.length(); i++) {
      if (i == v.length() || v.charAt(i) == ';' || v.charAt(i) == '|') {
        String p = v.substring(from, i);
        if (!p.isBlank()) {
          out.add(p.strip());
        }
        from = i + 1;
      }
    }
    return out;
  }

  static String schema(String value, boolean hasPersonParts) {
    if (value == null) {
      return hasPersonParts ? "Person" : "LegalEntity";
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "person", "individual", "natural person", "natural", "people", "i" -> {
        return "Person";
      }
      case "company", "corporate", "corporation", "business", "firm", "c" -> {
        return "Company";
      }
      case "organization", "organisation", "entity", "org", "e" -> {
        return "Organization";
      }
      case "legalentity", "legal entity", "legal" -> {
        return "LegalEntity";
      }
      case "vessel", "ship", "v" -> {
        return "Vessel";
      }
      case "aircraft", "airplane", "plane" -> {
        return "Airplane";
      }
      default -> { }
    }
    return FtmModel.get().schema(value.strip())
        .filter(s -> !s.isAbstract() || "LegalEntity".equals(s.name()))
        .map(FtmModel.SchemaSpec::name)
        .orElseThrow(() -> new IllegalArgumentException("unknown party type '" + value
            + "' (use person, company, organization, vessel, aircraft or an FtM schema name)"));
  }

  private static String gender(String g) {
    return switch (g.strip().toLowerCase(Locale.ROOT)) {
      case "m", "male", "man" -> "male";
      case "f", "female", "woman" -> "female";
      case "other", "x", "diverse" -> "other";
      default -> null;
    };
  }
}
