package io.cordon.rules;

import io.cordon.match.JaroWinkler;
import io.cordon.model.LegalFormTable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plain name similarity for resolving counterparties when no matcher is plugged in. Case,
 * accents, punctuation and word order do not matter. Identical names score 1; names equal but for
 * legal forms (JSC, AO, LLC...) 0.95; otherwise the mean of how well each name's words are covered
 * by the other's (a word counts when Jaro-Winkler >= 0.9 against some word of the other name, so
 * "Russia" covers "Russian" but "Drex" does not cover "Positive"), capped at 0.94.
 */
final class TokenSimilarity {
  private static final double WORD = 0.9;

  // Legal forms do not tell two organisations apart: the words of the one legal-form table, plus
  // the letters of a dotted form split by the tokenizer ("S.A." gives "s" and "a").
  private static final LegalFormTable LEGAL_FORMS = LegalFormTable.standard();
  private static final Set<String> LETTERS_OF_DOTTED_FORMS = Set.of("s", "a");

  private TokenSimilarity() {}

  static double score(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    if (ta.stream().sorted().toList().equals(tb.stream().sorted().toList())) {
      return 1.0;
    }
    List<String> ca = core(ta);
    List<String> cb = core(tb);
    if (ca.isEmpty() || cb.isEmpty()) {
      ca = ta;
      cb = tb;
    } else if (ca.stream().sorted().toList().equals(cb.stream().sorted().toList())) {
      return 0.95; // the same name but for legal forms ("JSC Positive Technologies")
    }
    return Math.min(0.94, (coverage(ca, cb) + coverage(cb, ca)) / 2);
  }

  private static double coverage(List<String> a, List<String> b) {
    double sum = 0;
    for (String x : a) {
      double best = 0;
      for (String y : b) {
        best = Math.max(best, JaroWinkler.similarity(x, y));
      }
      sum += best >= WORD ? best : 0;
    }
    return sum / a.size();
  }

  private static List<String> core(List<String> tokens) {
    return tokens.stream().filter(t -> !LEGAL_FORMS.isFormWord(t) && !LETTERS_OF_DOTTED_FORMS.contains(t)).toList();
  }

  static List<String> tokens(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(n.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toList();
  }
}
