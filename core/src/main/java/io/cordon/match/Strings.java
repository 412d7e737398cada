package io.cordon.match;

/**
 * String similarity on char arrays, written for the per-pair hot path: no regex, no ICU, no
 * boxing; bounded edit distance gives up as soon as the bound is exceeded, and a letter-set bound
 * rejects most unrelated pairs before any table is filled.
 */
final class Strings {
  private Strings() {}

  /** The set of letters of a word as bits (a-z and digits folded into 64 bits). */
  static long letterMask(char[] s) {
    long m = 0;
    for (char c : s) {
      m |= 1L << (c & 63);
    }
    return m;
  }

  /**
   * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "Marcon" and
   * "Macron" are one edit apart) when it is at most {@code max}; otherwise some value above
   * {@code max}.
   */
  static int osaDistance(char[] a, char[] b, int max) {
    int la = a.length;
    int lb = b.length;
    if (Math.abs(la - lb) > max) {
      return max + 1;
    }
    if (la == 0 || lb == 0) {
      return Math.max(la, lb);
    }
    // names are words: one machine word holds a column, no table and no scratch memory (the
    // per-thread rows of the table cost 5% of a screen in ThreadLocal lookups, allocating them more)
    if (la <= 64) {
      return osaBitParallel(a, b, max);
    }
    if (lb <= 64) {
      return osaBitParallel(b, a, max);
    }
    return osaBanded(a, b, max);
  }

  /**
   * Hyyrö's bit-parallel OSA distance (H. Hyyrö, "A bit-vector algorithm for computing
   * Levenshtein and Damerau edit distances", Nordic Journal of Computing 10, 2003), as rapidfuzz
   * implements it: the pattern {@code p} (1 to 64 chars) is a bit column, one step per char of
   * {@code t}. Exact distance when at most {@code max}, else {@code max + 1}.
   */
  static int osaBitParallel(char[] p, char[] t, int max) {
    int m = p.length;
    long vp = -1L;
    long vn = 0;
    long d0 = 0;
    long pmOld = 0;
    int dist = m;
    long last = 1L << (m - 1);
    int left = t.length;
    for (char c : t) {
      long pm = 0;
      for (int i = 0; i < m; i++) {
        if (p[i] == c) {
          pm |= 1L << i;
        }
      }
      long tr = ((~d0 & pm) << 1) & pmOld;
      d0 = (((pm & vp) + vp) ^ vp) | pm | vn | tr;
      long hp = vn | ~(d0 | vp);
      long hn = d0 & vp;
      if ((hp & last) != 0) {
        dist++;
      } else if ((hn & last) != 0) {
        dist--;
      }
      // each further char lowers the distance by at most one
      if (dist - --left > max) {
        return max + 1;
      }
      hp = (hp << 1) | 1;
      vp = (hn << 1) | ~(d0 | hp);
      vn = hp & d0;
      pmOld = pm;
    }
    return dist <= max ? dist : max + 1;
  }

  /** The OSA table in the Ukkonen band, for words longer than 64 chars. */
  static int osaBanded(char[] a, char[] b, int max) {
    int la = a.length;
    int lb = b.length;
    int[] prev2 = new int[lb + 1];
    int[] prev = new int[lb + 1];
    int[] cur = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    // Ukkonen band: a cell with |i - j| > max holds more than max edits, so only the band is
    // filled and its edges read max + 1 (never below a true value above max, so every value up to
    // max is exact and every value above max stays above max)
    int inf = max + 1;
    for (int i = 1; i <= la; i++) {
      int lo = Math.max(1, i - max);
      int hi = Math.min(lb, i + max);
      cur[lo - 1] = lo == 1 ? i : inf;
      char ca = a[i - 1];
      int rowMin = lo == 1 ? i : inf;
      for (int j = lo; j <= hi; j++) {
        char cb = b[j - 1];
        int v = prev[j - 1] + (ca == cb ? 0 : 1);
        int del = prev[j] + 1;
        if (del < v) {
          v = del;
        }
        int ins = cur[j - 1] + 1;
        if (ins < v) {
          v = ins;
        }
        if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb && prev2[j - 2] + 1 < v) {
          v = prev2[j - 2] + 1;
        }
        cur[j] = v;
        if (v < rowMin) {
          rowMin = v;
        }
      }
      if (hi < lb) {
        cur[hi + 1] = inf;
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] tmp = prev2;
      prev2 = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[lb];
  }

  /**
   * 1 - OSA distance / longer length when that is at least {@code min}, else 0. The letter-set
   * bound (each edit changes the presence of at most two letters) and the length difference
   * reject most pairs without computing a distance.
   */
  static double editSimilarity(char[] a, long maskA, char[] b, long maskB, double min) {
    int longer = Math.max(a.length, b.length);
    if (longer == 0) {
      return 1.0;
    }
    int max = (int) Math.floor((1.0 - min) * longer + 1e-9);
    if (Math.abs(a.length - b.length) > max || (Long.bitCount(maskA ^ maskB) + 1) / 2 > max) {
      return 0.0;
    }
    int d = osaDistance(a, b, max);
    return d > max ? 0.0 : 1.0 - (double) d / longer;
  }

  /** Unbounded edit similarity of two strings (for the few callers off the hot path). */
  static double editSimilarity(String a, String b) {
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    return editSimilarity(x, letterMask(x), y, letterMask(y), 0.0);
  }
}
