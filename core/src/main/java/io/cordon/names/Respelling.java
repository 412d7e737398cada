package io.cordon.names;

/**
 * The loop {@link LooseSpelling} and {@link LoanSpelling} share: a word is rewritten left to right,
 * each {@link Rule} step reading at a position and writing the replacement of the letters it
 * consumed, and no letter is written twice in a row (doubled letters fold to one, also across
 * replacements).
 */
final class Respelling {
  private Respelling() {}

  /** One step of a respelling: writes the replacement of {@code s} at {@code i} to {@code out}. */
  @FunctionalInterface
  interface Rule {
    /** @return how many letters of {@code s} the step consumed (at least one) */
    int step(String s, int i, Out out);
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

  static String apply(String s, Rule rule) {
    Out out = new Out(s.length());
    for (int i = 0, n = s.length(); i < n; ) {
      i += rule.step(s, i, out);
    }
    return out.b.toString();
  }
}
