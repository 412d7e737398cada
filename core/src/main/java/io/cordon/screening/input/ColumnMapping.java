package io.cordon.screening.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which input column feeds which field: recognised headers by default, with explicit overrides
 * ({@code --column name="Customer Name"}). Immutable.
 */
public final class ColumnMapping {
  private final Map<String, InputField> overrides;

  private ColumnMapping(Map<String, InputField> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /** Recognise columns by their headers only. */
  public static ColumnMapping byHeaders() {
    return new ColumnMapping(Map.of());
  }

  /** A copy where the column titled {@code header} feeds {@code field}. */
  public ColumnMapping with(InputField field, String header) {
    Map<String, InputField> m = new HashMap<>(overrides);
    m.put(InputField.key(header), field);
    return new ColumnMapping(m);
  }

  /**
   * Parses {@code field=header} specifications as given on the command line; a bad one fails with
   * a message naming it.
   */
  public static ColumnMapping parse(List<String> specs) {
    ColumnMapping m = byHeaders();
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new IllegalArgumentException("column mapping must be FIELD=HEADER, got '" + spec + "'");
      }
      m = m.with(InputField.parse(spec.substring(0, eq)), spec.substring(eq + 1));
    }
    return m;
  }

  /** The field for a header: an override first, else the recognised header, else null. */
  public InputField fieldFor(String header) {
    InputField f = overrides.get(InputField.key(header));
    return f != null ? f : InputField.forHeader(header);
  }
}
