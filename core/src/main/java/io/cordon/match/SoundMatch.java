package io.cordon.match;

import io.cordon.names.SoundKey;

/**
 * Compares a Latin spelling with a name written by sound in Han, Hangul or Arabic through their
 * {@link SoundKey}s: consonant classes must agree in order, vowels (epenthetic in Korean and
 * Chinese, unwritten in Arabic) cost little, and the letters each script renders its own way cost
 * half (s against t or k: 普京 "pujing" is Putin, Korean writes th as s). Used only across the two
 * sides (one transcribed, one Latin): Latin against Latin or Han against Han never comes here, so
 * those results are unchanged. A key of fewer than {@link #MIN_CONSONANTS} consonant classes is no
 * evidence (too many names share "PT" or "LN").
 */
final class SoundMatch {
  private SoundMatch() {}

  /** Shortest key (in consonant classes, on both sides) that counts. */
  static final int MIN_CONSONANTS = 3;
  /** Key similarity needed for a Latin word that reads as pinyin against Han */
  static final double PINYIN_MIN = 0.9;
  /** Key similarity below this is no match. */
  static final double MIN_SIMILARITY = 0.7;
  /** Score of equal keys; lower similarities scale down from it. */
  static final double EQUAL = 0.85;
  /** Score lost per unit of key dissimilarity: keys 0.8 alike score 0.75, the threshold */
  static final double SLOPE = 0.5;
  /** Score of a short key (1-2 consonant classes) within {@link #SHORT_MAX_DISTANCE}: below the threshold */
  static final double SHORT_EQUAL = 0.7;
  static final double SHORT_MAX_DISTANCE = 0.3;
  private static final double VOWEL_COST = 0.15;
  /** Korean names: one l/r or h dropped is still the same name */
  static final double KOREAN_MAX_DISTANCE = 0.5;
  static final double KOREAN_NEAR = 0.8;
  /** l, r or w dropped: Korean and British English do not write a final or preconsonantal r (Harper, 하퍼 "hapeo") */
  private static final double WEAK_COST = 0.5;
  private static final double NEAR_COST = 0.5;

  /** True when the two tokens are compared by sound: one transcribed, the other Latin. */
  static boolean applies(CompiledName.Tok a, CompiledName.Tok b) {
    return a.transcribed && b.soundSource == SoundKey.Source.LATIN
        || b.transcribed && a.soundSource == SoundKey.Source.LATIN;
  }

  /**
   * The best score of the keys of two tokens, 0 when none reaches {@link #MIN_SIMILARITY}. Keys
   * shorter than {@link #MIN_CONSONANTS} score at most {@link #SHORT_EQUAL}, below the threshold:
   * they can support a name whose other parts agree (숀 애스틴, Sean Astin) but never alert alone.
   */
  static double score(CompiledName.Tok a, CompiledName.Tok b) {
    CompiledName.Tok latin = a.transcribed ? b : a;
    CompiledName.Tok other = a.transcribed ? a : b;
    // a Latin word that reads as pinyin against Chinese characters may be the pinyin of other
    // characters (Jinlong, 秀兰 xiulan): only the same sounds throughout count
    double minSimilarity = other.soundSource == SoundKey.Source.HAN && latin.pinyinLike ? PINYIN_MIN : MIN_SIMILARITY;
    if (other.soundSource == SoundKey.Source.HANGUL && latin.koreanLike) {
      // the Latin spelling of a Korean name against Hangul: its vowels tell the names apart (Kim
      // Min-jun is not 김민찬 Min-chan), which consonant classes do not see
      return koreanName(latin.koreanKey, other.koreanKey);
    }
    // short keys only for Korean, where epenthetic vowels make short Western names common (Stephen
    // Cook, 스티븐 쿡)
    boolean shortKeys = other.soundSource == SoundKey.Source.HANGUL;
    double best = 0;
    double shortBest = 0;
    for (char[] x : latin.sound) {
      int cx = consonants(x);
      for (char[] y : other.sound) {
        int cy = consonants(y);
        if (cx < MIN_CONSONANTS || cy < MIN_CONSONANTS) {
          if (shortKeys && cx > 0 && cy > 0 && distance(x, y, other.soundSource) <= SHORT_MAX_DISTANCE) {
            shortBest = SHORT_EQUAL;
          }
          continue;
        }
        double sim = 1.0 - distance(x, y, other.soundSource) / Math.max(cx, cy);
        if (sim > best) {
          best = sim;
        }
      }
    }
    return best < minSimilarity ? shortBest : Math.max(shortBest, EQUAL - (1.0 - best) * SLOPE);
  }

  /**
   * Two keys of Korean names ({@link SoundKey#koreanName}): the same consonants and vowel classes
   * throughout, up to one l/r or h dropped (Park/박 "bag", Hae/애); at least three consonants.
   */
  static double koreanName(char[] x, char[] y) {
    if (x == null || y == null) {
      return 0.0;
    }
    int cx = 0;
    for (char c : x) {
      cx += Character.isUpperCase(c) ? 1 : 0;
    }
    int cy = 0;
    for (char c : y) {
      cy += Character.isUpperCase(c) ? 1 : 0;
    }
    if (Math.min(cx, cy) < MIN_CONSONANTS) {
      return 0.0;
    }
    int n = x.length;
    int m = y.length;
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + koreanIndel(y[j - 1]);
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = prev[0] + koreanIndel(x[i - 1]);
      for (int j = 1; j <= m; j++) {
        double d = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1.0);
        d = Math.min(d, prev[j] + koreanIndel(x[i - 1]));
        d = Math.min(d, cur[j - 1] + koreanIndel(y[j - 1]));
        cur[j] = d;
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    double d = prev[m];
    return d == 0 ? EQUAL : d <= KOREAN_MAX_DISTANCE ? KOREAN_NEAR : 0.0;
  }

  private static double koreanIndel(char c) {
    return c == 'L' || c == 'H' ? WEAK_COST : 1.0;
  }

  private static int consonants(char[] key) {
    int n = 0;
    for (char c : key) {
      if (c != SoundKey.VOWEL) {
        n++;
      }
    }
    return n;
  }

  /** Weighted edit distance of a Latin key {@code x} and a key {@code y} read from {@code source}. */
  static double distance(char[] x, char[] y, SoundKey.Source source) {
    int n = x.length;
    int m = y.length;
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + indel(y[j - 1]);
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = prev[0] + indel(x[i - 1]);
      for (int j = 1; j <= m; j++) {
        double d = prev[j - 1] + substitution(x[i - 1], y[j - 1], source);
        d = Math.min(d, prev[j] + indel(x[i - 1]));
        d = Math.min(d, cur[j - 1] + indel(y[j - 1]));
        cur[j] = d;
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  private static double indel(char c) {
    return switch (c) {
      case SoundKey.VOWEL -> VOWEL_COST;
      case 'L', 'R', 'W' -> WEAK_COST;
      default -> 1.0;
    };
  }

  /**
   * What each writing cannot tell apart costs nothing (l/r in Chinese and Korean, f/p in Korean,
   * v/w in Chinese), what it renders its own way costs half or less (s/sh, s against t or k).
   */
  static double substitution(char a, char b, SoundKey.Source source) {
    if (a == b) {
      return 0;
    }
    if (a == SoundKey.VOWEL || b == SoundKey.VOWEL) {
      return 2.0;
    }
    boolean hanOrHangul = source == SoundKey.Source.HAN || source == SoundKey.Source.HANGUL;
    if (pair(a, b, 'L', 'R')) {
      return hanOrHangul ? 0 : 1.0;
    }
    if (pair(a, b, 'S', 'C')) {
      return hanOrHangul ? 0.25 : NEAR_COST;
    }
    if (pair(a, b, 'B', 'F')) {
      return source == SoundKey.Source.HANGUL ? 0 : NEAR_COST;
    }
    if (pair(a, b, 'F', 'W')) {
      return source == SoundKey.Source.HAN ? 0 : NEAR_COST;
    }
    if (pair(a, b, 'B', 'W')) {
      return NEAR_COST;
    }
    // sibilants and affricates against stops: 普京 "pujing" is Putin, Korean writes th as s
    if ((a == 'S' || a == 'C') && (b == 'T' || b == 'K') || (b == 'S' || b == 'C') && (a == 'T' || a == 'K')) {
      return NEAR_COST;
    }
    return 1.0;
  }

  private static boolean pair(char a, char b, char x, char y) {
    return a == x && b == y || a == y && b == x;
  }
}
