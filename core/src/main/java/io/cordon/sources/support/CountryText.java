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
      Map.entry("unknown", ""),
      Map.entry("congo democratic republic of", "cd"),
      Map.entry("congo the democratic republic of the", "cd"),
      Map.entry("democratic republic of congo", "cd"),
      Map.entry("congo republic of", "cg"),
      Map.entry("tanzania united republic of", "tz"),
      Map.entry("bolivia plurinational state of", "bo"),
      Map.entry("moldova republic of", "md"),
      Map.entry("macedonia the former yugoslav republic of", "mk"),
      Map.entry("korea democratic people s republic of", "kp"),
      Map.entry("korea republic of", "kr"),
      Map.entry("lao people s democratic republic", "la"),
      Map.entry("syrian arab republic", "sy"),
      Map.entry("palestine state of", "ps"),
      Map.entry("afghan", "af"),
      Map.entry("afgan", "af"),
      Map.entry("afganistan", "af"),
      Map.entry("tunisian", "tn"),
      Map.entry("iraqi", "iq"),
      Map.entry("indonesian", "id"),
      Map.entry("pakistani", "pk"),
      Map.entry("congolese", "cd"),
      Map.entry("algerian", "dz"),
      Map.entry("north korean", "kp"),
      Map.entry("saudi arabian", "sa"),
      Map.entry("saudi", "sa"),
      Map.entry("filipino", "ph"),
      Map.entry("egyptian", "eg"),
      Map.entry("yemeni", "ye"),
      Map.entry("rwandan", "rw"),
      Map.entry("russian", "ru"),
      Map.entry("moroccan", "ma"),
      Map.entry("kuwaiti", "kw"),
      Map.entry("british", "gb"),
      Map.entry("somali", "so"),
      Map.entry("libyan", "ly"),
      Map.entry("french", "fr"),
      Map.entry("syrian", "sy"),
      Map.entry("german", "de"),
      Map.entry("jordanian", "jo"),
      Map.entry("qatari", "qa"),
      Map.entry("qatarian", "qa"),
      Map.entry("malian", "ml"),
      Map.entry("burundian", "bi"),
      Map.entry("mauritanian", "mr"),
      Map.entry("ugandan", "ug"),
      Map.entry("turkish", "tr"),
      Map.entry("malaysian", "my"),
      Map.entry("iranian", "ir"),
      Map.entry("uzbek", "uz"),
      Map.entry("swedish", "se"),
      Map.entry("sudanese", "sd"),
      Map.entry("senegalese", "sn"),
      Map.entry("norwegian", "no"),
      Map.entry("nigerian", "ng"),
      Map.entry("ethiopian", "et"),
      Map.entry("indian", "in"),
      Map.entry("georgian", "ge"),
      Map.entry("chinese", "cn"),
      Map.entry("canadian", "ca"),
      Map.entry("australian", "au"),
      Map.entry("american", "us"),
      Map.entry("belgian", "be"),
      Map.entry("lebanese", "lb"),
      Map.entry("bahraini", "bh"),
      Map.entry("emirati", "ae"),
      Map.entry("italian", "it"),
      Map.entry("spanish", "es"),
      Map.entry("dutch", "nl"),
      Map.entry("danish", "dk"),
      Map.entry("ukrainian", "ua"),
      Map.entry("belarusian", "by"),
      Map.entry("belarussian", "by"),
      Map.entry("kazakh", "kz"),
      Map.entry("kyrgyz", "kg"),
      Map.entry("tajik", "tj"),
      Map.entry("turkmen", "tm"),
      Map.entry("azerbaijani", "az"),
      Map.entry("armenian", "am"),
      Map.entry("chechen", "ru"),
      Map.entry("bosnian", "ba"),
      Map.entry("serbian", "rs"),
      Map.entry("croatian", "hr"),
      Map.entry("kosovar", "xk"),
      Map.entry("albanian", "al"),
      Map.entry("nicaraguan", "ni"),
      Map.entry("venezuelan", "ve"),
      Map.entry("cuban", "cu"),
      Map.entry("zimbabwean", "zw"),
      Map.entry("south sudanese", "ss"),
      Map.entry("central african", "cf"),
      Map.entry("eritrean", "er"),
      Map.entry("kenyan", "ke"),
      Map.entry("tanzanian", "tz"),
      Map.entry("nigerien", "ne"),
      Map.entry("chadian", "td"),
      Map.entry("cameroonian", "cm"),
      Map.entry("ghanaian", "gh"),
      Map.entry("guinean", "gn"),
      Map.entry("ivorian", "ci"),
      Map.entry("burmese", "mm"),
      Map.entry("myanmar", "mm"),
      Map.entry("bangladeshi", "bd"),
      Map.entry("sri lankan", "lk"),
      Map.entry("thai", "th"),
      Map.entry("vietnamese", "vn"),
      Map.entry("cambodian", "kh"),
      Map.entry("singaporean", "sg"),
      Map.entry("omani", "om"),
      Map.entry("palestinian", "ps"),
      Map.entry("israeli", "il"),
      Map.entry("trinidadian", "tt"),
      Map.entry("trinadad and tobago", "tt"),
      Map.entry("oman", "om"),
      Map.entry("sultanate of oman", "om"),
      Map.entry("union of the comoros", "km"),
      Map.entry("drc", "cd"),
      Map.entry("former yugoslavia", "yucs"),
      Map.entry("moldovan", "md"),
      Map.entry("republic of moldova", "md"),
      Map.entry("uk", "gb"),
      Map.entry("us", "us"),
      Map.entry("usa", "us"));

  private static final java.util.regex.Pattern ENUMERATION = java.util.regex.Pattern.compile(
      "\\(?\\b(?:\\d{1,2}|[a-h])\\)(?:\\s*(?:-|to)\\s*\\(?(?:\\d{1,2}|[a-h])\\))?\\s*");
  private static final java.util.regex.Pattern QUALIFIERS = java.util.regex.Pattern.compile(
      "(?i)\\b(citizenship|nationality|nationalities|national|by birth|possibly|dual|\\(.*\\)|as at .*|as of .*|at time of .*|until .*|from .*|withdrawn.*|revoked.*)");

  /**
   * All countries in a text that may enumerate several ("(1) Afghanistan (2) Pakistan",
   * "a) French, b) Tunisian") and use demonyms or qualifiers ("Saudi Arabia citizenship").
   * {@code complete} is false when some part named no known country.
   */
  public record Found(java.util.List<String> codes, boolean complete) {}

  public static Found codes(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (text == null || text.isBlank()) {
      return new Found(out, true);
    }
    Optional<String> whole = code(text);
    if (whole.isPresent()) {
      return new Found(java.util.List.of(whole.get()), true);
    }
    boolean complete = true;
    for (String chunk : ENUMERATION.split(text)) {
      for (String part : chunk.split("\\s*[;,]\\s*|\\s+and\\s+|\\s*\\.\\s+")) {
        String p = part.strip().replaceAll("[.,;]+$", "");
        if (p.isEmpty()) {
          continue;
        }
        Optional<String> c = code(p).or(() -> code(QUALIFIERS.matcher(p).replaceAll(" ").strip()));
        if (c.isPresent()) {
          if (!out.contains(c.get())) {
            out.add(c.get());
          }
        } else {
          complete = false;
        }
      }
    }
    return new Found(out, complete && !out.isEmpty());
  }

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

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");

  private static String key(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
