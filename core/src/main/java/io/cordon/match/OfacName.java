package io.cordon.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name as OFAC's Sanctions List Search appears to see it: upper case words split at spaces and
 * punctuation, apostrophes deleted ("O'BRIEN" is one word). No transliteration, no reordering.
 *
 * @param original the name as given
 * @param text     the words joined by single spaces
 * @param words    the words
 */
record OfacName(String original, String text, List<String> words, char[] textChars, char[][] wordChars,
                char[][] significantChars) {

  static OfacName of(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= upper.length(); i++) {
      char c = i < upper.length() ? upper.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        w.append(c);
      } else if (c == '\'' || c == '\u2019' || c == '`') {
        continue;
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    String text = String.join(" ", words);
    return new OfacName(name, text, List.copyOf(words), text.toCharArray(), chars(words),
        chars(significant(words)));
  }

  private static char[][] chars(List<String> words) {
    char[][] out = new char[words.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = words.get(i).toCharArray();
    }
    return out;
  }

  /** The query words OFAC compares: words of one or two letters are dropped, unless none would remain. */
  static List<String> significant(List<String> words) {
    List<String> kept = new ArrayList<>(words.size());
    for (String w : words) {
      if (w.length() > 2) {
        kept.add(w);
      }
    }
    return kept.isEmpty() ? words : kept;
  }
}
