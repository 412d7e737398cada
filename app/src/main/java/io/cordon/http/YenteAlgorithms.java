package io.cordon.http;

import io.cordon.match.ScorerConfig;
import io.cordon.screening.Screener;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Algorithm names as yente clients send them. Cordon's own scorers are served under their names
 * (the first is the default); {@code best} and {@code logic-v2} (yente's default and best) are
 * aliases of Cordon's default scorer, which is <em>not</em> OpenSanctions' logic-v2: scores differ.
 * yente's other algorithms (logic-v1, regression-v1, name-based, name-qualified) are not offered
 * and are refused as yente refuses a disabled one. Names are case-insensitive, as in yente.
 */
final class YenteAlgorithms {
  static final List<String> ALIASES = List.of("best", "logic-v2");

  private final Map<String, Screener> screeners;
  private final String defaultName;

  YenteAlgorithms(Map<String, Screener> screeners) {
    if (screeners.isEmpty()) {
      throw new IllegalArgumentException("at least one screener is needed");
    }
    this.screeners = new LinkedHashMap<>(screeners);
    this.defaultName = screeners.keySet().iterator().next();
  }

  String defaultName() {
    return defaultName;
  }

  /** The screener for a requested name; 400 {@code Invalid algorithm: <name>} when there is none. */
  Screener resolve(String requested) {
    String name = requested == null ? "best" : requested.toLowerCase(Locale.ROOT);
    if (ALIASES.contains(name)) {
      return screeners.get(defaultName);
    }
    for (Map.Entry<String, Screener> e : screeners.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    throw ApiException.badRequest("Invalid algorithm: " + requested)
        .extra("known", names());
  }

  /** The algorithm's canonical name (for error texts as yente writes them). */
  String canonical(String requested) {
    return resolve(requested).scorer().name();
  }

  List<String> names() {
    List<String> out = new ArrayList<>(screeners.keySet());
    out.addAll(ALIASES);
    return out;
  }

  /** {@code GET /algorithms}: yente's AlgorithmResponse, plus Cordon's {@code aliases}. */
  void list(Context ctx) {
    List<Object> algos = new ArrayList<>();
    screeners.forEach((name, s) -> {
      String description = name.equals("ofac")
          ? "Emulation of OFAC's Sanctions List Search score (Jaro-Winkler and Soundex)"
          : "Cordon's scorer: transliteration-aware aligned name parts plus identifier, date, country and gender"
              + " qualifiers. Also served as 'best' and 'logic-v2' for yente clients (not OpenSanctions' logic-v2).";
      Map<String, Object> features = features(name.equals("ofac"));
      Map<String, Object> docs = new LinkedHashMap<>();
      docs.put("name", name);
      docs.put("description", description);
      docs.put("config", Map.of());
      docs.put("features", features);
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("name", name);
      a.put("description", description);
      a.put("features", features);
      a.put("docs", docs);
      a.put("threshold", s.settings().threshold().orElse(s.scorer().threshold()));
      algos.add(a);
    });
    Map<String, Object> aliases = new LinkedHashMap<>();
    ALIASES.forEach(a -> aliases.put(a, defaultName));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("algorithms", algos);
    out.put("default", "best");
    out.put("best", defaultName);
    out.put("aliases", aliases);
    ctx.json(out);
  }

  private static Map<String, Object> features(boolean ofac) {
    Map<String, Object> f = new LinkedHashMap<>();
    if (ofac) {
      f.put("name_jaro_winkler", feature("Jaro-Winkler similarity of whole names", 0.5));
      f.put("name_parts_jaro_winkler", feature("Jaro-Winkler similarity of name parts with Soundex", 0.5));
      return f;
    }
    ScorerConfig c = ScorerConfig.DEFAULTS;
    f.put("name_parts", feature("aligned, transliterated name parts (the base score)", 1.0));
    f.put("identifier_match", feature("a listed identifier (passport, INN, IMO...) given in the query", c.identifierMatch()));
    f.put("weak_alias", feature("the match is on a weak alias (penalty factor)", c.weakAlias()));
    f.put("birth_date", feature("birth year / day mismatch (penalty)", c.birthYearMismatch()));
    f.put("country_mismatch", feature("country mismatch (penalty)", c.countryMismatch()));
    f.put("gender_mismatch", feature("gender mismatch (penalty)", c.genderMismatch()));
    f.put("schema_mismatch", feature("entity type mismatch (penalty)", c.schemaMismatch()));
    return f;
  }

  private static Map<String, Object> feature(String description, double coefficient) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", description);
    m.put("coefficient", coefficient);
    m.put("url", "docs/matching.md");
    return m;
  }
}
