package io.cordon.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.model.Countries;
import java.util.ArrayList;
import java.util.List;

/** Reading fields of the JSON request bodies shared by the v1 screening and case routes. */
final class JsonFields {
  private JsonFields() {}

  /** The values of a field given either singly ({@code name}) or as a list ({@code names}), both merged. */
  static List<String> strings(JsonNode p, String one, String many) {
    List<String> out = new ArrayList<>();
    for (String f : List.of(one, many)) {
      JsonNode v = p.get(f);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        v.forEach(x -> out.add(x.asText()));
      } else {
        out.add(v.asText());
      }
    }
    return out;
  }

  /** {@code country}/{@code countries} as FtM codes; an unknown country is a 400 naming {@code where}. */
  static List<String> countries(String where, JsonNode p) {
    List<String> countries = new ArrayList<>();
    for (String c : strings(p, "country", "countries")) {
      countries.add(Countries.code(c).orElseThrow(() -> ApiException.badRequest(where + ": unknown country '" + c + "'")));
    }
    return countries;
  }
}
