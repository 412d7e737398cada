package io.cordon.sources.support;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the adapters. */
public final class Texts {
  private Texts() {}

  /** Non-blank parts, stripped, joined with the separator; "" when all are blank. */
  public static String join(String sep, String... parts) {
    return join(sep, List.of(parts));
  }

  public static String join(String sep, List<String> parts) {
    List<String> keep = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank() && !p.strip().equals("-")) {
        String v = p.strip().replaceAll("\\s+", " ");
        if (!keep.contains(v)) {
          keep.add(v);
        }
      }
    }
    return String.join(sep, keep);
  }

  /** Collapses whitespace runs (including no-break spaces) and strips. */
  public static String clean(String s) {
    return s == null ? "" : s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** FtM gender from the lists' spellings, or null. */
  public static String gender(String s) {
    String g = clean(s).toLowerCase(java.util.Locale.ROOT);
    return switch (g) {
      case "male", "m", "man" -> "male";
      case "female", "f", "woman" -> "female";
      default -> null;
    };
  }
}
