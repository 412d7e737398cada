package io.cordon.names;

/**
 * Whether a folded Latin word can be read as syllables of a script's own romanisation: pinyin for
 * Chinese, the usual spellings of Korean names (Revised Romanization, McCune-Reischauer and their
 * common forms: Kim, Park, Jung, Soo, Hee). Such a word against the same script is compared by
 * its spelling, not by {@link SoundKey}: "Jinlong" is the pinyin of 金龙, not a Western name
 * written by sound, and 秀兰 (xiulan) must not meet it through coarse sound classes. The syllable
 * tables over-generate a little (bong, seo), which only keeps more words out of the comparison by
 * sound. Deterministic, no state.
 */
public final class OwnRomanization {
  private OwnRomanization() {}

  private static final String[] PINYIN_INITIALS = {
      "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y",
      "w", ""};
  private static final String[] PINYIN_FINALS = {
      "iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao", "ou", "an", "en",
      "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "a", "o", "e", "i", "u", "v"};

  private static final String[] KOREAN_INITIALS = {
      "kk", "tt", "pp", "ss", "jj", "ch", "sh", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", ""};
  private static final String[] KOREAN_VOWELS = {
      "yae", "yeo", "wae", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi", "yu", "eu", "ui", "oo", "ee",
      "ou", "oi", "uh", "a", "e", "o", "u", "i"};
  private static final String[] KOREAN_FINALS = {"ng", "rk", "k", "g", "n", "t", "l", "r", "m", "p", "b", ""};

  /** True when {@code s} is one or more pinyin syllables ("jinlong", "xiulan", "zhonghua"). */
  public static boolean pinyin(String s) {
    return segments(s, PINYIN_INITIALS, PINYIN_FINALS, new String[] {"", "n", "ng"});
  }

  /** True when {@code s} is one or more syllables of a Korean name as usually spelled ("hyun", "soo", "park"). */
  public static boolean korean(String s) {
    return segments(s, KOREAN_INITIALS, KOREAN_VOWELS, KOREAN_FINALS);
  }

  private static boolean segments(String s, String[] initials, String[] vowels, String[] finals) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    boolean[] ok = new boolean[n + 1];
    ok[n] = true;
    for (int i = n - 1; i >= 0; i--) {
      for (String a : initials) {
        if (!s.startsWith(a, i)) {
          continue;
        }
        for (String v : vowels) {
          int j = i + a.length();
          if (!s.startsWith(v, j)) {
            continue;
          }
          j += v.length();
          for (String f : finals) {
            if (s.startsWith(f, j) && ok[j + f.length()]) {
              ok[i] = true;
              break;
            }
          }
          if (ok[i]) {
            break;
          }
        }
        if (ok[i]) {
          break;
        }
      }
    }
    return ok[0];
  }
}
