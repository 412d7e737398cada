package io.cordon.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.match.MatchQuery;
import io.cordon.model.Countries;
import io.cordon.model.FtmModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A yente query example ({@code {"schema": "Person", "properties": {"name": [...], ...}}}) to a
 * {@link MatchQuery}. Property values may be a string or a list, as yente accepts. Properties the
 * FtM schema does not have are refused with their name, as FtM would.
 */
final class QueryParsing {
  private QueryParsing() {}

  private static final List<String> NAME_PROPS = List.of("name", "alias", "previousName", "weakAlias", "abbreviation");
  private static final List<String> DATE_PROPS = List.of("birthDate", "incorporationDate", "buildDate");
  private static final List<String> COUNTRY_PROPS = List.of("nationality", "citizenship", "country", "jurisdiction",
      "birthCountry", "mainCountry", "registrationCountry", "flag", "residency");

  static MatchQuery parse(String key, JsonNode example) {
    if (example == null || !example.isObject()) {
      throw ApiException.badRequest("query '" + key + "' must be an object with schema and properties");
    }
    String schema = example.path("schema").asText("");
    if (schema.isEmpty()) {
      throw ApiException.badRequest("query '" + key + "': schema is required (e.g. Person, Company, LegalEntity)");
    }
    FtmModel.SchemaSpec spec = FtmModel.get().schema(schema).orElseThrow(() ->
        ApiException.badRequest("query '" + key + "': unknown schema '" + schema + "'"));
    JsonNode props = example.path("properties");
    if (!props.isObject()) {
      throw ApiException.badRequest("query '" + key + "': properties must be an object of property to values");
    }
    List<String> names = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    String gender = null;
    List<String> first = new ArrayList<>();
    List<String> middle = new ArrayList<>();
    List<String> last = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) props::fields) {
      String prop = e.getKey();
      FtmModel.PropertySpec p = spec.property(prop).orElseThrow(() ->
          ApiException.badRequest("query '" + key + "': property '" + prop + "' does not exist on " + schema));
      List<String> values = values(key, prop, e.getValue());
      if (NAME_PROPS.contains(prop)) {
        names.addAll(values);
      } else if (prop.equals("firstName")) {
        first.addAll(values);
      } else if (prop.equals("middleName") || prop.equals("fatherName") || prop.equals("secondName")) {
        middle.addAll(values);
      } else if (prop.equals("lastName")) {
        last.addAll(values);
      } else if (DATE_PROPS.contains(prop)) {
        for (String v : values) {
          dates.add(v.length() > 10 && v.charAt(4) == '-' ? v.substring(0, 10) : v);
        }
      } else if (COUNTRY_PROPS.contains(prop)) {
        for (String v : values) {
          countries.add(Countries.code(v).orElseThrow(() ->
              ApiException.badRequest("query '" + key + "': '" + v + "' in " + prop + " is not a country")));
        }
      } else if (prop.equals("gender")) {
        gender = values.isEmpty() ? null : values.get(0).toLowerCase(java.util.Locale.ROOT);
      } else if (p.type().equals("identifier") || prop.equals("publicKey")) {
        ids.addAll(values);
      }
    }
    if (!first.isEmpty() || !last.isEmpty()) {
      // As yente does: a name made of the parts, so name-part queries match full names.
      List<String> parts = new ArrayList<>();
      parts.addAll(first);
      parts.addAll(middle);
      parts.addAll(last);
      names.add(String.join(" ", parts));
    }
    return new MatchQuery(schema, names, dates, countries, ids, gender);
  }

  private static List<String> values(String key, String prop, JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode x : v) {
        if (!x.isValueNode()) {
          throw ApiException.badRequest("query '" + key + "': values of " + prop + " must be strings");
        }
        if (!x.asText().isBlank()) {
          out.add(x.asText().strip());
        }
      }
    } else if (v.isValueNode() && !v.isNull()) {
      if (!v.asText().isBlank()) {
        out.add(v.asText().strip());
      }
    } else if (!v.isNull()) {
      throw ApiException.badRequest("query '" + key + "': " + prop + " must be a string or a list of strings");
    }
    return out;
  }
}
