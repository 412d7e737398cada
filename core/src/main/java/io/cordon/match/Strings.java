package io.cordon.match;

/**
 * String similarity on plain char sequences, written for the per-pair hot path: no allocation
 * beyond two small boolean arrays, no regex, no ICU.
 */
final class Strings {
  private Strings() {}

  /** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4), as jellyfish and Lucene define it. */
  static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    int range = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int lo = Math.max(0, i - range);
      int hi = Math.min(lb - 1, i + range);
      char c = a.charAt(i);
      for (int j = lo; j <= hi; j++) {
        if (!mb[j] && b.charAt(j) == c) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int t = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          t++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
    int prefix = 0;
    int max = Math.min(4, Math.min(la, lb));
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }

  /** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("Marcon"/"Macron"). */
  static int osaDistance(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0) {
      return lb;
    }
    if (lb == 0) {
      return la;
    }
    int[] prev2 = new int[lb + 1];
    int[] prev = new int[lb + 1];
    int[] cur = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= lb; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
      }
      int[] tmp = prev2;
      prev2 = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[lb];
  }

  /** 1 - OSA distance / longer length. */
  static double editSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int max = Math.max(a.length(), b.length());
    if (max == 0) {
      return 1.0;
    }
    // cheap bound: the length difference alone is a lower bound of the distance
    if (Math.abs(a.length() - b.length()) * 2 > max) {
      return 1.0 - (double) Math.abs(a.length() - b.length()) / max;
    }
    return 1.0 - (double) osaDistance(a, b) / max;
  }
}
