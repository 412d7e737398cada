package io.cordon.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A respelling of folded words by rewrite rules, the engine of {@link LooseSpelling} and
 * {@link LoanSpelling}. A word is read left to right; at each position the first letter group of
 * the table that starts there is replaced (so longer groups are listed first), else the
 * {@link Rule} may decide, else the single-letter replacement, else the letter stays. No letter is
 * written twice in a row: doubled letters fold to one, also across replacements. Immutable.
 */
final class Respelling {

  /** A rewrite that depends on the letters around it (a soft c, a final e). */
  @FunctionalInterface
  interface Rule {
    /** @return letters of {@code s} consumed at {@code i} after writing to {@code out}, or 0 to pass */
    int step(String s, int i, Out out);
  }

  private final String[] groups;
  private final String[] groupReplacements;
  private final String[] letters = new String[128];
  private final Rule rule;

  /**
   * @param table space-separated {@code from>to} pairs, e.g. {@code "sh>s ch>c w>v"}; groups of
   *              two letters or more are tried in the order given, single letters last
   * @param rule  tried after the groups and before the single letters
   */
  Respelling(String table, Rule rule) {
    List<String> from = new ArrayList<>();
    List<String> to = new ArrayList<>();
    for (String pair : table.trim().split("\\s+")) {
      int gt = pair.indexOf('>');
      String f = pair.substring(0, gt);
      String t = pair.substring(gt + 1);
      if (f.length() == 1) {
        letters[f.charAt(0)] = t;
      } else {
        from.add(f);
        to.add(t);
      }
    }
    this.groups = from.toArray(String[]::new);
    this.groupReplacements = to.toArray(String[]::new);
    this.rule = rule;
  }

  String of(String s) {
    Out out = new Out(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      i += step(s, i, out);
    }
    return out.b.toString();
  }

  private int step(String s, int i, Out out) {
    for (int g = 0; g < groups.length; g++) {
      if (s.startsWith(groups[g], i)) {
        return out.put(groupReplacements[g], groups[g].length());
      }
    }
    if (rule != null) {
      int len = rule.step(s, i, out);
      if (len > 0) {
        return len;
      }
    }
    char c = s.charAt(i);
    String r = c < letters.length ? letters[c] : null;
    return r == null ? out.put(c) : out.put(r, 1);
  }

  /** Where a step writes; folds a letter equal to the one before it. */
  static final class Out {
    private final StringBuilder b;

    private Out(int capacity) {
      b = new StringBuilder(capacity);
    }

    /** Writes {@code r} for {@code len} consumed letters and returns {@code len}. */
    int put(String r, int len) {
      for (int k = 0; k < r.length(); k++) {
        put(r.charAt(k));
      }
      return len;
    }

    /** Writes one letter for one consumed letter and returns 1. */
    int put(char o) {
      if (b.length() == 0 || b.charAt(b.length() - 1) != o) {
        b.append(o);
      }
      return 1;
    }
  }
}
