package io.cordon.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Romanises a Cyrillic token in the several ways Latin documents spell Russian and Ukrainian names,
 * because no single standard is used in practice: BGN/PCGN (Aleksey, Navalnyy), ICAO passport
 * (Aleksei, Navalnyi), the usual English spellings (Alexey, Alexei, Navalny), a German/Polish style
 * (Wladimirowitsch) and Ukrainian (Volodymyr). Plain tables, no ICU: this runs for every Cyrillic
 * name of every list entry. The first variant is BGN/PCGN, used to recognise legal forms and titles.
 */
final class CyrillicRomanizer {
  private CyrillicRomanizer() {}

  /** JAPANESE reverses the Polivanov system Russian uses for Japanese names (Дзюнъитиро, Junichiro). */
  enum Scheme { BGN, ICAO, ENGLISH_Y, ENGLISH_I, GERMAN, UKRAINIAN, JAPANESE }

  private static final Map<Character, String> BASE = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
      Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
      Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
      Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
      Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
      Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
      Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
      // Ukrainian, Belarusian, Serbian, Macedonian, Kazakh letters
      Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"), Map.entry('ґ', "g"), Map.entry('ў', "w"),
      Map.entry('ђ', "dj"), Map.entry('ј', "j"), Map.entry('љ', "lj"), Map.entry('њ', "nj"), Map.entry('ћ', "c"),
      Map.entry('џ', "dz"), Map.entry('ѓ', "gj"), Map.entry('ќ', "kj"), Map.entry('ѕ', "dz"), Map.entry('ә', "a"),
      Map.entry('ғ', "g"), Map.entry('қ', "q"), Map.entry('ң', "ng"), Map.entry('ө', "o"), Map.entry('ұ', "u"),
      Map.entry('ү', "u"), Map.entry('һ', "h"));

  private static final Map<Character, String> ICAO = Map.of(
      'й', "i", 'ъ', "ie", 'ю', "iu", 'я', "ia");
  private static final Map<Character, String> GERMAN = Map.ofEntries(
      Map.entry('в', "w"), Map.entry('ж', "sch"), Map.entry('з', "s"), Map.entry('й', "j"), Map.entry('х', "ch"),
      Map.entry('ц', "z"), Map.entry('ч', "tsch"), Map.entry('ш', "sch"), Map.entry('щ', "schtsch"),
      Map.entry('ю', "ju"), Map.entry('я', "ja"), Map.entry('ё', "jo"));
  private static final Map<Character, String> UKRAINIAN = Map.of(
      'и', "y", 'г', "h", 'й', "i");

  /** Distinct romanisations of one lower-case Cyrillic token, BGN/PCGN first. */
  static List<String> variants(String token) {
    String t = token.toLowerCase(java.util.Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    boolean ukrainianLetters = t.indexOf('і') >= 0 || t.indexOf('ї') >= 0 || t.indexOf('є') >= 0
        || t.indexOf('ґ') >= 0;
    if (ukrainianLetters) {
      out.add(romanize(t, Scheme.UKRAINIAN));
    }
    for (Scheme s : Scheme.values()) {
      out.add(romanize(t, s));
    }
    return new ArrayList<>(out);
  }

  static String romanize(String t, Scheme scheme) {
    StringBuilder b = new StringBuilder(t.length() + 4);
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      char prev = i > 0 ? t.charAt(i - 1) : ' ';
      char next = i + 1 < n ? t.charAt(i + 1) : ' ';
      String r = null;
      switch (scheme) {
        case BGN -> {
          if (c == 'е' && (i == 0 || isVowel(prev) || prev == 'ъ' || prev == 'ь' || prev == 'й')) {
            r = "ye";
          } else if (c == 'ё') {
            r = i == 0 || isVowel(prev) || prev == 'ъ' || prev == 'ь' ? "yo" : "e";
          }
        }
        case ICAO -> r = ICAO.get(c);
        case ENGLISH_Y, ENGLISH_I -> {
          if (c == 'у' && (i == 0 || !isVowel(prev)) && "иэоа".indexOf(next) >= 0 && scheme == Scheme.ENGLISH_Y) {
            // English names: Уилл is Will, Уолтер is Walter
            r = "w";
          } else if (c == 'к' && next == 'с') {
            r = "x";
            i++;
          } else if ((c == 'и' || c == 'ы') && next == 'й' && i + 2 == n) {
            r = "y";
            i++;
          } else if (c == 'й') {
            r = scheme == Scheme.ENGLISH_Y ? "y" : "i";
          } else if (c == 'ё') {
            r = "yo";
          } else if (c == 'х' && i == 0) {
            r = "kh";
          }
        }
        case GERMAN -> {
          if (c == 'с' && (isVowel(prev) && isVowel(next))) {
            r = "ss";
          } else if (c == 'е' && (i == 0 || isVowel(prev))) {
            r = "je";
          } else {
            r = GERMAN.get(c);
          }
        }
        case JAPANESE -> {
          char after = i + 2 < n ? t.charAt(i + 2) : ' ';
          if (c == 'д' && next == 'з') {
            r = "ёюя".indexOf(after) >= 0 ? "j" : after == 'и' ? "j" : "z";
            i++;
            if ("ёюя".indexOf(after) >= 0) {
              r += after == 'ё' ? "o" : after == 'ю' ? "u" : "a";
              i++;
            }
          } else if ((c == 'с' || c == 'т') && "иёюя".indexOf(next) >= 0) {
            String head = c == 'с' ? "sh" : "ch";
            r = head + (next == 'и' ? "i" : next == 'ё' ? "o" : next == 'ю' ? "u" : "a");
            i++;
          } else if (c == 'ц' && next == 'у') {
            r = "tsu";
            i++;
          } else if (c == 'х') {
            r = "h";
          } else if (c == 'ж' || c == 'д' && next == 'ж') {
            r = "j";
            if (c == 'д') {
              i++;
            }
          } else if (c == 'й') {
            r = "i";
          } else if (c == 'ё') {
            r = "yo";
          }
        }
        case UKRAINIAN -> {
          if (c == 'и' && next == 'й' && i + 2 == n) {
            r = "yi";
            i++;
          } else {
            r = UKRAINIAN.get(c);
          }
        }
        default -> { }
      }
      if (r == null) {
        r = BASE.get(c);
      }
      if (r == null) {
        r = String.valueOf(c);
      }
      b.append(r);
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюяіїє".indexOf(c) >= 0;
  }
}
