package io.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast OSA distances (bit-parallel for words up to 64 chars, banded table beyond) against the
 * textbook full table: equal whenever the distance is at most the bound, above the bound otherwise.
 */
class OsaDistanceTest {

  /** Optimal string alignment distance, full table, no bound. */
  static int reference(char[] a, char[] b) {
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length][b.length];
  }

  private static char[] word(Random r, int maxLength, int alphabet) {
    char[] w = new char[r.nextInt(maxLength + 1)];
    for (int i = 0; i < w.length; i++) {
      w[i] = (char) ('a' + r.nextInt(alphabet));
    }
    return w;
  }

  /** A word and a few edits of it (substitutions, insertions, deletions, swaps), so that near pairs are frequent. */
  private static char[] edited(Random r, char[] w, int alphabet) {
    StringBuilder b = new StringBuilder(new String(w));
    for (int k = r.nextInt(4); k > 0; k--) {
      int op = r.nextInt(4);
      int at = b.length() == 0 ? 0 : r.nextInt(b.length());
      char c = (char) ('a' + r.nextInt(alphabet));
      if (op == 0 && b.length() > 0) {
        b.setCharAt(at, c);
      } else if (op == 1) {
        b.insert(at, c);
      } else if (op == 2 && b.length() > 0) {
        b.deleteCharAt(at);
      } else if (b.length() > at + 1) {
        char x = b.charAt(at);
        b.setCharAt(at, b.charAt(at + 1));
        b.setCharAt(at + 1, x);
      }
    }
    return b.toString().toCharArray();
  }

  private static void check(char[] a, char[] b, int max) {
    int want = reference(a, b);
    int got = Strings.osaDistance(a, b, max);
    String pair = "'" + new String(a) + "' / '" + new String(b) + "' max " + max;
    if (want <= max) {
      assertThat(got).as(pair).isEqualTo(want);
    } else {
      assertThat(got).as(pair).isGreaterThan(max);
    }
  }

  @Test
  void equalToTheFullTableOnRandomAndNearPairs() {
    Random r = new Random(11);
    for (int n = 0; n < 200_000; n++) {
      int alphabet = 2 + r.nextInt(8);
      char[] a = word(r, 14, alphabet);
      char[] b = r.nextBoolean() ? word(r, 14, alphabet) : edited(r, a, alphabet);
      check(a, b, r.nextInt(8));
    }
  }

  @Test
  void longWordsUseTheTableAndAgree() {
    Random r = new Random(12);
    for (int n = 0; n < 300; n++) {
      char[] a = word(r, 140, 4);
      char[] b = r.nextBoolean() ? word(r, 140, 4) : edited(r, a, 4);
      check(a, b, r.nextInt(12));
      check(a, b, 200);
    }
  }

  @Test
  void knownDistances() {
    assertThat(Strings.osaDistance("marcon".toCharArray(), "macron".toCharArray(), 3)).isEqualTo(1);
    assertThat(Strings.osaDistance("ca".toCharArray(), "abc".toCharArray(), 5)).isEqualTo(3);
    assertThat(Strings.osaDistance("putin".toCharArray(), "poutine".toCharArray(), 2)).isEqualTo(2);
    assertThat(Strings.osaDistance("putin".toCharArray(), "poutine".toCharArray(), 1)).isGreaterThan(1);
    assertThat(Strings.osaDistance("".toCharArray(), "abc".toCharArray(), 5)).isEqualTo(3);
  }
}
