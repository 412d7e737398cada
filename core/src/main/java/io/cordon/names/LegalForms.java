package io.cordon.names;

import io.cordon.model.LegalFormTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The legal forms of {@link LegalFormTable} as name analysis sees them: every form tokenised and
 * romanised by the same chain as a name, so "ООО", "OOO", "obshchestvo s ogranichennoi
 * otvetstvennostyu" and "LLC" all become the symbol {@code llc}, and the scorer compares "OAO
 * Gazprom" and "Gazprom JSC" as the same name with the same legal form. Phrases of several words,
 * and single words of five letters or more, are compared by {@link LooseSpelling} of each word, so
 * ogranichennoy/ogranichennoi/ogranichennoj are one; short forms must be equal. Phrases are
 * matched longest first.
 */
final class LegalForms {
  private static final int MAX_COMBINATIONS = 64;

  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, String> loose = new HashMap<>();
  /** forms written in Han, Hangul or Kana, longest first: split off names written without spaces */
  private final List<String> cjk;
  private final int maxWords;

  /**
   * @param romanize folded romanisations of one raw token, most standard first (the analyser's)
   */
  LegalForms(LegalFormTable table, Function<String, List<String>> romanize) {
    int max = 1;
    Set<String> cjkForms = new LinkedHashSet<>();
    for (LegalFormTable.Form f : table.forms()) {
      String text = UnicodeNormalizer.normalize(f.text());
      List<Tokenizer.RawToken> raw = Tokenizer.tokenize(text);
      List<List<String>> variants = new ArrayList<>();
      for (Tokenizer.RawToken r : raw) {
        List<String> v = romanize.apply(r.text());
        if (!v.isEmpty()) {
          variants.add(v);
        }
        Script s = Script.of(r.text());
        if ((s == Script.HAN || s == Script.HANGUL || s == Script.KANA) && r.text().length() >= 2) {
          cjkForms.add(r.text());
        }
      }
      if (variants.isEmpty()) {
        continue;
      }
      max = Math.max(max, variants.size());
      List<String> first = new ArrayList<>();
      for (List<String> v : variants) {
        first.add(v.get(0));
      }
      exact.putIfAbsent(String.join(" ", first), f.symbol());
      if (variants.size() > 1 || first.get(0).length() > 4) {
        for (String k : looseKeys(variants)) {
          loose.putIfAbsent(k, f.symbol());
        }
      }
    }
    List<String> c = new ArrayList<>(cjkForms);
    c.sort(Comparator.comparingInt(String::length).reversed());
    this.cjk = List.copyOf(c);
    this.maxWords = max;
  }

  /** Loose keys of every combination of the words' variants (bounded). */
  private static Set<String> looseKeys(List<List<String>> variants) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("");
    for (List<String> word : variants) {
      Set<String> next = new LinkedHashSet<>();
      Set<String> ls = new LinkedHashSet<>();
      for (String v : word) {
        ls.add(LooseSpelling.of(v));
      }
      for (String k : keys) {
        for (String l : ls) {
          if (next.size() < MAX_COMBINATIONS) {
            next.add(k.isEmpty() ? l : k + " " + l);
          }
        }
      }
      keys = next;
    }
    return keys;
  }

  /** Length in tokens of the legal-form phrase starting at {@code from}, or 0. */
  int match(List<String> forms, int from) {
    for (int len = Math.min(maxWords, forms.size() - from); len >= 1; len--) {
      if (symbol(forms, from, len) != null) {
        return len;
      }
    }
    return 0;
  }

  /** The symbol of a phrase found by {@link #match}, or null. */
  String symbol(List<String> forms, int from, int len) {
    String s = exact.get(join(forms, from, len, false));
    if (s == null && (len > 1 || forms.get(from).length() > 4)) {
      s = loose.get(join(forms, from, len, true));
    }
    return s;
  }

  /**
   * Han, Hangul and Kana names are written without spaces ("华为技术有限公司", "株式会社東芝"): a
   * legal form at the end or start of such a word becomes a word of its own.
   */
  List<String> splitCjk(String token) {
    if (cjk.contains(token)) {
      return List.of(token);
    }
    for (String f : cjk) {
      if (token.length() > f.length()) {
        if (token.endsWith(f)) {
          return List.of(token.substring(0, token.length() - f.length()), f);
        }
        if (token.startsWith(f)) {
          return List.of(f, token.substring(f.length()));
        }
      }
    }
    return List.of(token);
  }

  private static String join(List<String> forms, int from, int len, boolean loose) {
    if (len == 1) {
      return loose ? LooseSpelling.of(forms.get(from)) : forms.get(from);
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + len; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(loose ? LooseSpelling.of(forms.get(i)) : forms.get(i));
    }
    return b.toString();
  }
}
