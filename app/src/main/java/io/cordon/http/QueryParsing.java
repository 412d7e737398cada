package io.cordon.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.match.MatchQuery;
import io.cordon.model.Countries;
import io.cordon.model.FtmModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A yente query example ({@code {"schema": "Person", "properties": {"name": [...], ...}}}) to a
 * {@link MatchQuery}, cleaned as yente cleans it: values may be a string, a number or a list;
 * properties the schema does not have and values that do not parse (a country that is no
 * country, a date that is no date) are dropped. The cleaned properties are echoed back as yente
 * echoes its parsed example. The shape itself (schema, properties present) was checked before.
 */
final class QueryParsing {
  private QueryParsing() {}

  /** The query to screen and the cleaned properties to echo. */
  record Parsed(MatchQuery query, Map<String, List<String>> properties) {}

  private static final List<String> NAME_PROPS = List.of("name", "alias", "previousName", "weakAlias", "abbreviation");
  private static final List<String> DATE_PROPS = List.of("birthDate", "incorporationDate", "buildDate");
  private static final Pattern DATE = Pattern.compile("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$");
  private static final List<String> GENDERS = List.of("male", "female", "other");

  /** @throws ApiException 400 "Cannot parse example entity: ..." for an unknown or non-matchable schema */
  static Parsed parse(JsonNode example) {
    String schema = example.path("schema").asText("");
    FtmModel.SchemaSpec spec = FtmModel.get().schema(schema).orElseThrow(() ->
        ApiException.badRequest("Cannot parse example entity: Unknown schema: '" + schema + "'"));
    if (!spec.matchable() && !schema.equals("Thing")) {
      throw ApiException.badRequest("Cannot parse example entity: Schema is not matchable: '" + schema + "'");
    }
    Map<String, List<String>> cleaned = new LinkedHashMap<>();
    JsonNode props = example.path("properties");
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) props::fields) {
      String prop = e.getKey();
      FtmModel.PropertySpec p = spec.property(prop).orElse(null);
      if (p == null) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String v : values(e.getValue())) {
        String c = clean(p, v);
        if (c != null && !values.contains(c)) {
          values.add(c);
        }
      }
      if (!values.isEmpty()) {
        cleaned.put(prop, values);
      }
    }
    return new Parsed(query(schema, cleaned), cleaned);
  }

  /** One value cleaned by the property's type; null when it does not parse (yente drops those). */
  private static String clean(FtmModel.PropertySpec p, String v) {
    switch (p.type()) {
      case "country" -> {
        return Countries.code(v).orElse(null);
      }
      case "date" -> {
        String d = v.length() > 10 && v.charAt(4) == '-' ? v.substring(0, 10) : v;
        return DATE.matcher(d).matches() ? d : null;
      }
      case "gender" -> {
        String g = v.toLowerCase(Locale.ROOT);
        return GENDERS.contains(g) ? g : null;
      }
      default -> {
        return v;
      }
    }
  }

  private static MatchQuery query(String schema, Map<String, List<String>> props) {
    List<String> names = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    String gender = null;
    List<String> first = new ArrayList<>();
    List<String> middle = new ArrayList<>();
    List<String> last = new ArrayList<>();
    FtmModel.SchemaSpec spec = FtmModel.get().require(schema);
    for (Map.Entry<String, List<String>> e : props.entrySet()) {
      String prop = e.getKey();
      List<String> values = e.getValue();
      String type = spec.property(prop).map(FtmModel.PropertySpec::type).orElse("");
      if (NAME_PROPS.contains(prop)) {
        names.addAll(values);
      } else if (prop.equals("firstName")) {
        first.addAll(values);
      } else if (prop.equals("middleName") || prop.equals("fatherName") || prop.equals("secondName")) {
        middle.addAll(values);
      } else if (prop.equals("lastName")) {
        last.addAll(values);
      } else if (DATE_PROPS.contains(prop)) {
        dates.addAll(values);
      } else if (type.equals("country")) {
        countries.addAll(values);
      } else if (prop.equals("gender")) {
        gender = values.get(0);
      } else if (type.equals("identifier") || prop.equals("publicKey")) {
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

  /** A string, number or list of them; nested objects and nulls are dropped, as yente's cleaning does. */
  private static List<String> values(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode x : v) {
        if (x.isValueNode() && !x.isNull() && !x.asText().isBlank()) {
          out.add(x.asText().strip());
        }
      }
    } else if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
      out.add(v.asText().strip());
    }
    return out;
  }
}
