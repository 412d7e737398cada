package io.cordon.index.lucene;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The index's own plain tokenisation, independent of the name-key function: case and diacritics
 * folded, split on everything that is not a letter or digit. It feeds the exact-name key and the
 * n-gram fallback, which only need to be consistent between build and search.
 */
final class Fold {
  private Fold() {}

  /** Folded tokens of a name, in order. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>(4);
    if (name == null || name.isEmpty()) {
      return out;
    }
    String s = name;
    // Fast path: pure ASCII needs no decomposition.
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        break;
      }
    }
    StringBuilder tok = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        tok.append(c);
      } else if (c == '\'' || c == '\u2019' || c == '`') {
        // O'Brien, Ma'ruf: the apostrophe joins, it does not split.
        continue;
      } else if (tok.length() > 0) {
        out.add(tok.toString().toLowerCase(Locale.ROOT));
        tok.setLength(0);
      }
    }
    if (tok.length() > 0) {
      out.add(tok.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The order-free exact key of a name: its folded tokens sorted and joined. */
  static String exact(List<String> tokens) {
    List<String> sorted = new ArrayList<>(tokens);
    sorted.sort(null);
    return String.join(" ", sorted);
  }

  /** Character trigrams of a token padded with boundary marks, so short tokens get some grams. */
  static List<String> grams(String token) {
    String p = "^" + token + "$";
    List<String> out = new ArrayList<>(p.length());
    for (int i = 0; i + 3 <= p.length(); i++) {
      out.add(p.substring(i, i + 3));
    }
    return out;
  }
}
