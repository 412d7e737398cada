package io.cordon.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as lists write them ("Russia", "Russian Federation", "Korea, North", "Iran") to
 * FtM country codes. Built from the JDK's ISO 3166 names plus the spellings sanctions lists use.
 */
public final class Countries {
  private Countries() {}

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
  private static final Map<String, String> BY_NAME = build();

  /** The FtM code for a country name, ISO alpha-2 or alpha-3 code; empty when unknown. */
  public static Optional<String> code(String nameOrCode) {
    if (nameOrCode == null) {
      return Optional.empty();
    }
    String key = key(nameOrCode);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String code = BY_NAME.get(key);
    if (code == null && key.length() == 2 && FtmModel.get().isCountry(key)) {
      code = key;
    }
    return Optional.ofNullable(code);
  }

  private static String key(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    return NON_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static Map<String, String> build() {
    Map<String, String> m = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      Locale l = new Locale("", iso);
      String code = iso.toLowerCase(Locale.ROOT);
      if (!FtmModel.get().isCountry(code)) {
        continue;
      }
      m.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
      try {
        m.put(key(l.getISO3Country()), code);
      } catch (java.util.MissingResourceException ignored) {
        // no alpha-3 code for this one; the name still maps
      }
    }
    String[][] extra = {
        {"russian federation", "ru"}, {"russia", "ru"}, {"iran", "ir"}, {"iran islamic republic of", "ir"},
        {"korea north", "kp"}, {"north korea", "kp"}, {"democratic people s republic of korea", "kp"},
        {"korea democratic people s republic of", "kp"}, {"dprk", "kp"},
        {"korea south", "kr"}, {"south korea", "kr"}, {"republic of korea", "kr"}, {"korea republic of", "kr"},
        {"syria", "sy"}, {"syrian arab republic", "sy"}, {"venezuela", "ve"},
        {"venezuela bolivarian republic of", "ve"}, {"bolivia", "bo"}, {"tanzania", "tz"},
        {"united republic of tanzania", "tz"}, {"vietnam", "vn"}, {"viet nam", "vn"}, {"laos", "la"},
        {"lao people s democratic republic", "la"}, {"moldova", "md"}, {"republic of moldova", "md"},
        {"burma", "mm"}, {"myanmar", "mm"}, {"congo democratic republic of the", "cd"},
        {"democratic republic of the congo", "cd"}, {"congo kinshasa", "cd"}, {"drc", "cd"},
        {"congo republic of the", "cg"}, {"republic of the congo", "cg"}, {"congo", "cg"},
        {"cote d ivoire", "ci"}, {"ivory coast", "ci"}, {"united kingdom", "gb"}, {"uk", "gb"},
        {"great britain", "gb"}, {"united states", "us"}, {"usa", "us"}, {"united states of america", "us"},
        {"czech republic", "cz"}, {"czechia", "cz"}, {"macedonia", "mk"}, {"north macedonia", "mk"},
        {"the former yugoslav republic of macedonia", "mk"}, {"bosnia and herzegovina", "ba"},
        {"bosnia herzegovina", "ba"}, {"palestinian", "ps"}, {"palestine", "ps"}, {"west bank", "ps"},
        {"gaza", "ps"}, {"state of palestine", "ps"}, {"turkey", "tr"}, {"turkiye", "tr"},
        {"the bahamas", "bs"}, {"bahamas", "bs"}, {"the gambia", "gm"}, {"gambia", "gm"},
        {"kyrgyzstan", "kg"}, {"kyrgyz republic", "kg"}, {"slovak republic", "sk"},
        {"brunei", "bn"}, {"cape verde", "cv"}, {"cabo verde", "cv"}, {"eswatini", "sz"}, {"swaziland", "sz"},
        {"micronesia", "fm"}, {"micronesia federated states of", "fm"}, {"st kitts and nevis", "kn"},
        {"saint kitts and nevis", "kn"}, {"st lucia", "lc"}, {"st vincent and the grenadines", "vc"},
        {"holy see", "va"}, {"vatican", "va"}, {"taiwan", "tw"}, {"hong kong", "hk"}, {"macau", "mo"},
        {"macao", "mo"}, {"kosovo", "xk"}, {"crimea", "ua"}, {"region crimea", "ua"},
        {"soviet union", "suhh"}, {"ussr", "suhh"}, {"yugoslavia", "yucs"},
        {"serbia and montenegro", "csxx"}, {"sudan south", "ss"}, {"south sudan", "ss"},
        {"east timor", "tl"}, {"timor leste", "tl"}, {"libya", "ly"}, {"libyan arab jamahiriya", "ly"},
        {"united arab emirates", "ae"}, {"uae", "ae"}, {"curacao", "cw"}, {"aruba", "aw"},
        {"netherlands antilles", "an"}, {"british virgin islands", "vg"}, {"virgin islands british", "vg"},
        {"isle of man", "im"}, {"jersey", "je"}, {"guernsey", "gg"}
    };
    for (String[] e : extra) {
      if (FtmModel.get().isCountry(e[1])) {
        m.put(e[0], e[1]);
      }
    }
    return Map.copyOf(m);
  }
}
