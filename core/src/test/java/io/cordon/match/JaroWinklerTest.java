package io.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/**
 * The one Jaro-Winkler. It replaced commons-text's in the trade rules' name resolution
 * ({@code rules.TokenSimilarity}, which counts a word at 0.9 or more): the two agree whenever the
 * Jaro score is at least 0.7, so that switch changed no answer; below 0.7 only this one adds the
 * prefix bonus, as the OFAC scorer needs.
 */
class JaroWinklerTest {
  private static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

  @Test
  void textbookValues() {
    // Winkler (1990) examples
    assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.9611, within(1e-4));
    assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.84, within(1e-4));
    assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.8133, within(1e-4));
    assertThat(JaroWinkler.similarity("same", "same")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("", "abc")).isZero();
    assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
  }

  @Test
  void agreesWithCommonsTextWhereverTheJaroScoreIsAtLeastPointSeven() {
    Random r = new Random(15);
    int high = 0;
    for (int i = 0; i < 200_000; i++) {
      // a small alphabet makes repeated letters, where greedy matching could differ
      String a = word(r, 1 + r.nextInt(10));
      String b = r.nextBoolean() ? mutate(r, a) : word(r, 1 + r.nextInt(10));
      double theirs = COMMONS.apply(a, b);
      double ours = JaroWinkler.similarity(a, b);
      if (theirs >= 0.7) {
        high++;
        assertThat(ours).as("%s ~ %s", a, b).isCloseTo(theirs, within(1e-12));
      } else {
        assertThat(ours).as("%s ~ %s", a, b).isGreaterThanOrEqualTo(theirs).isLessThan(0.9);
      }
    }
    assertThat(high).isGreaterThan(10_000);
  }

  @Test
  void prefixBonusEvenBelowJaroPointSeven() {
    // Jaro("abcdxyzw", "abcdpqrs") = 0.6667: commons-text gives it as is, OFAC's score adds the bonus
    assertThat(COMMONS.apply("abcdxyzw", "abcdpqrs")).isCloseTo(0.6667, within(1e-4));
    assertThat(JaroWinkler.similarity("abcdxyzw", "abcdpqrs")).isCloseTo(0.8, within(1e-4));
  }

  private static String word(Random r, int len) {
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append((char) ('a' + r.nextInt(5)));
    }
    return b.toString();
  }

  private static String mutate(Random r, String s) {
    StringBuilder b = new StringBuilder(s);
    for (int k = r.nextInt(3); k > 0 && b.length() > 1; k--) {
      int p = r.nextInt(b.length() - 1);
      switch (r.nextInt(3)) {
        case 0 -> b.deleteCharAt(p);
        case 1 -> b.insert(p, (char) ('a' + r.nextInt(7)));
        default -> {
          char t = b.charAt(p);
          b.setCharAt(p, b.charAt(p + 1));
          b.setCharAt(p + 1, t);
        }
      }
    }
    return b.toString();
  }
}
