package io.cordon.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * A plain name similarity for resolving counterparties when no matcher is plugged in: case,
 * accents, punctuation and word order do not matter; the score is the larger of the token-set
 * Dice coefficient and Jaro-Winkler on the sorted tokens. Identical names score 1, names equal but
 * for legal forms (JSC, AO, LLC...) 0.95.
 */
final class TokenSimilarity {
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  private TokenSimilarity() {}

  static double score(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    String sa = String.join(" ", ta.stream().sorted().toList());
    String sb = String.join(" ", tb.stream().sorted().toList());
    if (sa.equals(sb)) {
      return 1.0;
    }
    List<String> ca = core(ta);
    List<String> cb = core(tb);
    if (!ca.isEmpty() && ca.stream().sorted().toList().equals(cb.stream().sorted().toList())) {
      return 0.95; // the same name but for legal forms ("JSC Positive Technologies")
    }
    Set<String> inter = new HashSet<>(ta);
    inter.retainAll(new HashSet<>(tb));
    double dice = 2.0 * inter.size() / (new HashSet<>(ta).size() + new HashSet<>(tb).size());
    // never 1.0 for different names: exact equality alone earns a certain match
    return Math.min(0.99, Math.max(dice, JW.apply(sa, sb)));
  }

  // Legal forms that do not tell two organisations apart (English and transliterated Russian).
  private static final Set<String> LEGAL_FORMS = Set.of("jsc", "pjsc", "ojsc", "cjsc", "ao", "oao", "zao", "pao",
      "ooo", "llc", "ltd", "limited", "inc", "plc", "co", "corp", "gmbh", "ag", "sa", "fsue", "fgup");

  private static List<String> core(List<String> tokens) {
    return tokens.stream().filter(t -> !LEGAL_FORMS.contains(t)).toList();
  }

  static List<String> tokens(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(n.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toList();
  }
}
