package io.cordon.match;

/**
 * Jaro-Winkler similarity (prefix scale 0.1, common prefix up to 4), the one implementation: the
 * OFAC scorer's name features and the trade rules' plain name resolution use it.
 *
 * <p>Not commons-text's {@code JaroWinklerSimilarity}: that one adds the prefix bonus only when
 * the Jaro score is at least 0.7, while OFAC's Sanctions List Search (which {@link OfacScorer}
 * emulates) adds it whatever the Jaro score, and the scorer calls this per word pair on char
 * arrays. At Jaro 0.7 and above the two agree ({@code JaroWinklerTest}).
 */
public final class JaroWinkler {
  private JaroWinkler() {}

  /** Jaro-Winkler similarity of two strings, 0 to 1 (0 when either is empty). */
  public static double similarity(String a, String b) {
    return similarity(a.toCharArray(), b.toCharArray());
  }

  static double similarity(char[] a, char[] b) {
    int la = a.length;
    int lb = b.length;
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    if (java.util.Arrays.equals(a, b)) {
      return 1.0;
    }
    int range = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int lo = Math.max(0, i - range);
      int hi = Math.min(lb - 1, i + range);
      char c = a[i];
      for (int j = lo; j <= hi; j++) {
        if (!mb[j] && b[j] == c) {
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
        if (a[i] != b[k]) {
          t++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
    int prefix = 0;
    int max = Math.min(4, Math.min(la, lb));
    while (prefix < max && a[prefix] == b[prefix]) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }
}
