package io.cordon.http.ui;

import io.cordon.match.MatchQuery;
import io.cordon.model.Countries;
import io.cordon.screening.InvalidQueryException;
import io.cordon.screening.NoListsException;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Ad-hoc screening: a name with optional schema, birth date and country, answered with the ranked
 * results, their scores and explanations. Read-only (GET), so it needs no CSRF token and the result
 * page can be bookmarked or shared with a colleague.
 */
final class ScreenPage {
  static final List<String> SCHEMAS = List.of("LegalEntity", "Person", "Company", "Organization", "Vessel", "Airplane");
  static final int LIMIT = 10;

  private final Screener screener;

  ScreenPage(Screener screener) {
    this.screener = screener;
  }

  void handle(Context ctx, Session s) {
    String name = trim(ctx.queryParam("name"));
    String schema = trim(ctx.queryParam("schema"));
    String birth = trim(ctx.queryParam("birth_date"));
    String country = trim(ctx.queryParam("country"));
    String threshold = trim(ctx.queryParam("threshold"));
    Map<String, Object> params = new HashMap<>();
    params.put("name", name);
    params.put("schema", schema);
    params.put("birth", birth);
    params.put("country", country);
    params.put("threshold", threshold);
    params.put("defaultThreshold", screener.settings().threshold().orElse(screener.scorer().threshold()));
    params.put("response", null);
    params.put("error", null);
    int status = 200;
    if (!name.isEmpty()) {
      try {
        params.put("response", screener.screen(query(name, schema, birth, country, threshold)));
      } catch (InvalidQueryException | NoListsException e) {
        status = e instanceof NoListsException ? 503 : 400;
        params.put("error", e.getMessage());
      }
    }
    UiRoutes.html(ctx, status, Layout.page(s, "screen", "Screen", Templates.render("screen.jte", params)));
  }

  private static ScreeningQuery query(String name, String schema, String birth, String country, String threshold) {
    List<String> countries = List.of();
    if (!country.isEmpty()) {
      countries = List.of(Countries.code(country).orElseThrow(() ->
          new InvalidQueryException("country", "'" + country + "' is not a country name or code we know")));
    }
    OptionalDouble t = OptionalDouble.empty();
    if (!threshold.isEmpty()) {
      try {
        t = OptionalDouble.of(Double.parseDouble(threshold));
      } catch (NumberFormatException e) {
        throw new InvalidQueryException("threshold", "'" + threshold + "' is not a number");
      }
    }
    MatchQuery m = new MatchQuery(schema.isEmpty() ? "LegalEntity" : schema, List.of(name),
        birth.isEmpty() ? List.of() : List.of(birth), countries, List.of(), null);
    return new ScreeningQuery(m, t, LIMIT, Set.of(), Optional.empty());
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
