package io.cordon.cases;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import io.cordon.names.NameAnalyzer;
import io.cordon.names.NamePart;
import io.cordon.names.PartTag;
import java.util.EnumSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Blocking keys of a name for {@link NameIndex}. {@link #ANALYZED} (the default) keys a name by the
 * primary folded romanisation of each identifying word as the name analysis chain gives it (so
 * Cyrillic and Latin spellings meet; legal forms, titles and initials are not keys). One key per
 * word keeps "shares two keys" meaning "shares two words". {@link #WORDS} is the plain fallback:
 * words, diacritics removed, lower-cased.
 */
public final class BlockingKeys {
  private BlockingKeys() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Plain words, schema ignored. */
  public static final BiFunction<String, String, Set<String>> WORDS = (name, schema) -> words(name);

  /** Analysed words (see class comment). */
  public static final BiFunction<String, String, Set<String>> ANALYZED = BlockingKeys::analyzed;

  private static final Set<PartTag> NOT_KEYS = EnumSet.of(PartTag.LEGAL_FORM, PartTag.INITIAL, PartTag.PARTICLE);

  static Set<String> analyzed(String name, String schema) {
    Set<String> out = new LinkedHashSet<>();
    var parts = NameAnalyzer.standard().analyze(name, schema).parts();
    for (NamePart p : parts) {
      if (!NOT_KEYS.contains(p.tag()) && p.form().length() >= 2) {
        out.add(p.form());
      }
    }
    if (out.isEmpty()) { // a name of legal forms and initials only: key it by what there is
      for (NamePart p : parts) {
        if (!p.form().isEmpty()) {
          out.add(p.form());
        }
      }
    }
    return out;
  }

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
