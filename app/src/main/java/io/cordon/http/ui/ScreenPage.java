package io.cordon.http.ui;

import io.cordon.match.Explanation;
import io.cordon.match.MatchQuery;
import io.cordon.model.Countries;
import io.cordon.screening.InvalidQueryException;
import io.cordon.screening.NoListsException;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

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
    Html b = new Html();
    b.raw("<div class=\"page-head\"><h1>Screen a name</h1><p class=\"muted\">Against the active list versions; ")
        .raw("nothing is stored and no alert is raised.</p></div>");
    form(b, name, schema, birth, country, threshold);
    int status = 200;
    if (!name.isEmpty()) {
      try {
        ScreeningResponse r = screener.screen(query(name, schema, birth, country, threshold));
        results(b, r);
      } catch (InvalidQueryException | NoListsException e) {
        status = e instanceof NoListsException ? 503 : 400;
        b.raw("<div class=\"flash flash-error\" role=\"alert\" id=\"screen-error\">").text(e.getMessage()).raw("</div>");
      }
    }
    UiRoutes.html(ctx, status, Layout.page(s, "screen", "Screen", b));
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

  private void form(Html b, String name, String schema, String birth, String country, String threshold) {
    double defaultThreshold = screener.settings().threshold().orElse(screener.scorer().threshold());
    b.raw("<form class=\"filters screen\" method=\"get\" action=\"/ui/screen\">")
        .raw("<label class=\"grow\">Name<input id=\"screen-name\" name=\"name\" required autofocus value=\"").text(name)
        .raw("\" placeholder=\"e.g. Positive Technologies\"></label>")
        .raw("<label>Type<select name=\"schema\" id=\"screen-schema\">");
    for (String sc : SCHEMAS) {
      b.raw("<option value=\"").text(sc).raw("\"").raw(sc.equals(schema) ? " selected" : "").raw(">")
          .text(sc.equals("LegalEntity") ? "Any" : sc).raw("</option>");
    }
    b.raw("</select></label><label>Birth date<input name=\"birth_date\" placeholder=\"YYYY-MM-DD\" value=\"").text(birth)
        .raw("\"></label><label>Country<input name=\"country\" placeholder=\"ru or Russia\" value=\"").text(country)
        .raw("\"></label><label>Threshold<input name=\"threshold\" type=\"number\" min=\"0\" max=\"1\" step=\"0.01\" placeholder=\"")
        .text(Show.number(defaultThreshold)).raw("\" value=\"").text(threshold).raw("\"></label>")
        .raw("<button type=\"submit\" class=\"btn btn-primary\" id=\"screen-submit\">Screen</button></form>");
  }

  private static void results(Html b, ScreeningResponse r) {
    b.raw("<p class=\"muted\" id=\"screen-summary\">").text(r.results().size()).raw(" result(s) of ").text(r.candidates())
        .raw(" candidates · threshold ").text(Show.number(r.threshold())).raw(" · algorithm ").text(r.algorithm())
        .raw(" · lists ").text(String.join(", ", new TreeSet<>(r.snapshotIds()))).raw("</p>");
    if (r.results().isEmpty()) {
      b.raw("<div class=\"empty\" id=\"screen-none\">No listed entity scores above the cut-off.</div>");
      return;
    }
    b.raw("<table class=\"grid\" id=\"screen-results\"><thead><tr><th class=\"num\">#</th><th>Listed entity</th>")
        .raw("<th>Lists</th><th>Score</th><th>Match</th><th>Explanation</th></tr></thead><tbody>");
    int rank = 0;
    for (ScreeningResult x : r.results()) {
      rank++;
      b.raw("<tr>").el("td class=\"num\"", rank).raw("<td><span class=\"strong\">").text(x.entity().caption())
          .raw("</span><div class=\"sub\">").text(x.entity().schema()).raw(" · ").text(x.entity().id());
      if (x.matchedName() != null && !x.matchedName().equals(x.entity().caption())) {
        b.raw(" · matched ").text(x.matchedName());
      }
      b.raw("</div></td><td>");
      for (String d : new TreeSet<>(x.datasets())) {
        b.el("span class=\"tag\"", d);
      }
      b.raw("</td><td>").add(Show.score(x.score())).raw("</td><td>")
          .raw(x.match() ? "<span class=\"badge st-closed-true-match\">match</span>" : "<span class=\"badge st-muted\">below</span>")
          .raw("</td><td><ul class=\"expl\">");
      for (Explanation e : x.explanations()) {
        b.raw("<li><code>").text(e.feature()).raw("</code> ").text(Show.number(e.score())).raw(" — ").text(e.detail())
            .raw("</li>");
      }
      b.raw("</ul></td></tr>");
    }
    b.raw("</tbody></table>");
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
