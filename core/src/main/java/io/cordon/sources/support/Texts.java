package io.cordon.sources.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small text helpers shared by the adapters. */
public final class Texts {
  private Texts() {}

  /**
   * Non-blank parts, stripped, joined with the separator; "" when all are blank. A part may be null
   * (a column the file does not have), so no {@code List.of} here.
   */
  public static String join(String sep, String... parts) {
    return join(sep, Arrays.asList(parts));
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

  private static final java.util.regex.Pattern ENUMERATED = java.util.regex.Pattern.compile(
      "\\(?\\b(?:\\d{1,2}|[a-h])\\)\\s*");
  private static final java.util.regex.Pattern LABELLED_NUMBER = java.util.regex.Pattern.compile(
      "(?i)(?:\\b(?:no|nos|number|numbers|nr)\\b\\.?|n°)\\s*:?\\s*(?!no\\b)((?-i:[A-Z]{0,3})[ -]?\\d[0-9A-Z/-]{3,})");
  private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile(
      "^\\s*([A-Z]{0,3}[ -]?\\d[0-9A-Z/-]{3,})(?=$|[\\s,.;()])");
  private static final java.util.regex.Pattern DATE_LIKE = java.util.regex.Pattern.compile("^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}$|^(19|20)\\d{2}$");

  /**
   * Document numbers in free text as the UK HMT list writes passport and national id details:
   * "(1) 428720 (2) 215215", "Passport No: 592667 (Qatari passport ...)", "D 000974 (Afghan)".
   * Each enumerated part gives at most one number: the one after "No."/"number", else the one it
   * starts with. Dates and bare years are not numbers.
   */
  public static List<String> documentNumbers(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String chunk : ENUMERATED.split(text)) {
      java.util.regex.Matcher m = LABELLED_NUMBER.matcher(chunk);
      String found = m.find() ? m.group(1) : null;
      if (found == null) {
        java.util.regex.Matcher lead = LEADING_NUMBER.matcher(chunk);
        found = lead.find() ? lead.group(1) : null;
      }
      if (found != null) {
        String v = found.strip().replaceAll("[-/]+$", "");
        if (!DATE_LIKE.matcher(v).matches() && v.chars().filter(Character::isDigit).count() >= 4 && !out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
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
