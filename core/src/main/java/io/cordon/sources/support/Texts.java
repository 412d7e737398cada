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
        String v = clean(p);
        if (!keep.contains(v)) {
          keep.add(v);
        }
      }
    }
    return String.join(sep, keep);
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Collapses whitespace runs (including no-break spaces) and strips. */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    if (isClean(s)) {
      return s; // the common case: no regex work
    }
    return SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
  }

  private static boolean isClean(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\u00A0' || (c < ' ') || (c == ' ' && prev == ' ') || Character.isWhitespace(c) && c != ' ') {
        return false;
      }
      prev = c;
    }
    return true;
  }

  private static final java.util.regex.Pattern TRAILING_NUMBER = java.util.regex.Pattern.compile(
      "(?i)^.*\\b(?:number|no\\.?|nr\\.?|n°)\\s*:?\\s*([A-Z0-9][A-Z0-9./-]*(?: [0-9][0-9./-]*)?)\\s*(?:\\([^)]*\\))?\\.?$");

  /**
   * The document number at the end of a description ("French passport number 05AT521433",
   * "Social Security Number 423-31-3021 (US)"), or empty when there is no such pattern.
   */
  public static java.util.Optional<String> trailingNumber(String s) {
    java.util.regex.Matcher m = TRAILING_NUMBER.matcher(s);
    if (m.matches() && m.group(1).chars().anyMatch(Character::isDigit)) {
      return java.util.Optional.of(m.group(1));
    }
    return java.util.Optional.empty();
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
