package io.cordon.cases;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Default blocking keys of a name for {@link NameIndex}: the name's words, diacritics removed,
 * lower-cased, one-letter words dropped. Deliberately simple; the index takes any key function, so
 * the name analysis chain (io.cordon.names) can replace it.
 */
public final class NameKeys {
  private NameKeys() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The default key function. */
  public static final Function<String, Set<String>> WORDS = NameKeys::words;

  static Set<String> words(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD);
    n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String t : SEPARATORS.split(n)) {
      if (t.length() >= 2) {
        out.add(t);
      }
    }
    return out;
  }
}
