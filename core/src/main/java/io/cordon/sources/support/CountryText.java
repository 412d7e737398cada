package io.cordon.sources.support;

import io.cordon.model.Countries;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country text as the UN, EU, UK, Canadian and Swiss lists write it, on top of
 * {@link Countries}: official long forms ("United Kingdom of Great Britain and Northern Ireland"),
 * bilingual Canadian labels ("Russia / Russie"), notes in brackets ("CONGO, Democratic Republic
 * of (was Zaire)"), and "and" where the JDK writes "&".
 */
public final class CountryText {
  private CountryText() {}

  private static final Map<String, String> EXTRA = Map.ofEntries(
      Map.entry("united kingdom of great britain and northern ireland", "gb"),
      Map.entry("former soviet union", "suhh"),
      Map.entry("ussr", "suhh"),
      Map.entry("china hong kong special administrative region", "hk"),
      Map.entry("hong kong china", "hk"),
      Map.entry("china macao special administrative region", "mo"),
      Map.entry("iran islamic republic of", "ir"),
      Map.entry("iran islamic republic", "ir"),
      Map.entry("korea democratic people s republic", "kp"),
      Map.entry("democratic people s republic of korea dprk", "kp"),
      Map.entry("republic of korea south korea", "kr"),
      Map.entry("syrian arab republic syria", "sy"),
      Map.entry("the united kingdom", "gb"),
      Map.entry("the netherlands", "nl"),
      Map.entry("united states of america usa", "us"),
      Map.entry("russian federation russia", "ru"),
      Map.entry("occupied palestinian territory", "ps"),
      Map.entry("palestinian territories", "ps"),
      Map.entry("kosovo under unscr 1244 1999", "xk"),
      Map.entry("bosnia and herzegovina bih", "ba"),
      Map.entry("turkiye", "tr"),
      Map.entry("lao pdr", "la"),
      Map.entry("myanmar burma", "mm"),
      Map.entry("burma myanmar", "mm"),
      Map.entry("unknown", ""));

  /** The FtM code, or empty when the text names no country Cordon knows. */
  public static Optional<String> code(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.replace('\u00A0', ' ').strip();
    Optional<String> c = Countries.code(t);
    if (c.isPresent()) {
      return c;
    }
    String key = key(t);
    if (EXTRA.containsKey(key)) {
      String v = EXTRA.get(key);
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
    c = Countries.code(t.replace(" and ", " & "));
    if (c.isPresent()) {
      return c;
    }
    // "CONGO, Democratic Republic of (was Zaire)": drop the bracket, retry.
    String noBracket = t.replaceAll("\\([^)]*\\)", " ").strip();
    if (!noBracket.equals(t) && !noBracket.isEmpty()) {
      return code(noBracket);
    }
    // Canada: "Russia / Russie" (English / French).
    int slash = t.indexOf(" / ");
    if (slash > 0) {
      return code(t.substring(0, slash));
    }
    return Optional.empty();
  }

  private static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
