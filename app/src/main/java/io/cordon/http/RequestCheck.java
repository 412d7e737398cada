package io.cordon.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads query parameters the way yente's FastAPI declarations do and collects every failure, so a
 * request with several bad parameters gets one 422 listing all of them (as FastAPI answers).
 * Unknown parameters are ignored. Call {@link #done()} once all parameters are read.
 */
final class RequestCheck {
  private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "t", "y");
  private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "f", "n");

  private final Context ctx;
  private final List<Map<String, Object>> errors = new ArrayList<>();

  RequestCheck(Context ctx) {
    this.ctx = ctx;
  }

  /** Records one failure; {@code loc} as FastAPI writes it, e.g. {@code ["query", "limit"]}. */
  void fail(String type, List<Object> loc, String msg, Object input, Map<String, Object> context) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", type);
    e.put("loc", loc);
    e.put("msg", msg);
    e.put("input", input);
    if (context != null) {
      e.put("ctx", context);
    }
    errors.add(e);
  }

  /** Throws the collected failures as one 422. */
  void done() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  int integer(String name, int dflt, Integer le) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    int i;
    try {
      i = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      fail("int_parsing", List.of("query", name), "Input should be a valid integer, unable to parse string as an integer",
          v, null);
      return dflt;
    }
    if (le != null && i > le) {
      fail("less_than_equal", List.of("query", name), "Input should be less than or equal to " + le, v, Map.of("le", le));
    }
    return i;
  }

  double number(String name, double dflt) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      double d = Double.parseDouble(v.strip());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      fail("float_parsing", List.of("query", name), "Input should be a valid number, unable to parse string as a number",
          v, null);
      return dflt;
    }
  }

  Boolean bool(String name, Boolean dflt) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    String s = v.strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(s)) {
      return true;
    }
    if (FALSE.contains(s)) {
      return false;
    }
    fail("bool_parsing", List.of("query", name), "Input should be a valid boolean, unable to interpret input", v, null);
    return dflt;
  }

  String string(String name, String dflt) {
    String v = ctx.queryParam(name);
    return v == null ? dflt : v;
  }

  /** A string that must match {@code pattern} when given (yente's {@code changed_since}). */
  String matching(String name, Pattern pattern) {
    String v = ctx.queryParam(name);
    if (v != null && !pattern.matcher(v).matches()) {
      fail("string_pattern_mismatch", List.of("query", name), "String should match pattern '" + pattern.pattern() + "'",
          v, Map.of("pattern", pattern.pattern()));
      return null;
    }
    return v;
  }

  /** A repeated parameter; {@code maxItems} as pydantic's {@code max_length} on lists. */
  List<String> list(String name, Integer maxItems) {
    List<String> v = ctx.queryParams(name);
    if (maxItems != null && v.size() > maxItems) {
      fail("too_long", List.of("query", name), "List should have at most " + maxItems
          + " items after validation, not " + v.size(), v,
          Map.of("field_type", "List", "max_length", maxItems, "actual_length", v.size()));
    }
    return List.copyOf(v);
  }

  /** A repeated parameter whose values must be among {@code allowed}. */
  List<String> enumList(String name, List<String> allowed, List<String> dflt) {
    List<String> v = ctx.queryParams(name);
    if (v.isEmpty()) {
      return dflt;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (allowed.contains(v.get(i))) {
        out.add(v.get(i));
      } else {
        fail("enum", List.of("query", name, i), "Input should be " + expected(allowed), v.get(i),
            Map.of("expected", expected(allowed)));
      }
    }
    return out;
  }

  /** A single parameter whose value must be among {@code allowed}. */
  String oneOf(String name, List<String> allowed, String dflt) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    if (!allowed.contains(v)) {
      fail("enum", List.of("query", name), "Input should be " + expected(allowed), v, Map.of("expected", expected(allowed)));
      return dflt;
    }
    return v;
  }

  /** Cordon's own endpoints: a non-negative integer parameter, 400 naming it otherwise. */
  static int nonNegative(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v.strip());
      if (i < 0) {
        throw ApiException.badRequest(name + " must not be negative");
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be an integer, got '" + v + "'");
    }
  }

  /** pydantic's wording: {@code 'a', 'b' or 'c'}. */
  private static String expected(List<String> allowed) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < allowed.size(); i++) {
      if (i > 0) {
        b.append(i == allowed.size() - 1 ? " or " : ", ");
      }
      b.append('\'').append(allowed.get(i)).append('\'');
    }
    return b.toString();
  }
}
