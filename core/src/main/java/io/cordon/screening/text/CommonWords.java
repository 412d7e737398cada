package io.cordon.screening.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Common words: English dictionary words (bundled list, see english-words.README.md) and the names
 * of months and weekdays in the main European languages (from the JDK). A listed name that is one
 * such word does not alert on that word alone.
 */
final class CommonWords {
  private CommonWords() {}

  private static final Locale[] CALENDAR = {Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN,
      Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("ru")};

  /** Loaded once, on first use; immutable. */
  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  static boolean contains(String folded) {
    return Holder.WORDS.contains(folded);
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>(300_000);
    try (InputStream in = CommonWords.class.getResourceAsStream("english-words.txt.gz")) {
      if (in == null) {
        throw new IllegalStateException("bundled english-words.txt.gz missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Locale l : CALENDAR) {
      for (Month m : Month.values()) {
        out.add(m.getDisplayName(TextStyle.FULL_STANDALONE, l).toLowerCase(l));
        out.add(m.getDisplayName(TextStyle.FULL, l).toLowerCase(l));
      }
      for (DayOfWeek d : DayOfWeek.values()) {
        out.add(d.getDisplayName(TextStyle.FULL, l).toLowerCase(l));
      }
    }
    return Set.copyOf(out);
  }
}
