package io.cordon.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A sound-class spelling of a folded word, for names written by sound in a script that cannot
 * spell them: Chinese (Xinhua transcription characters, read in pinyin: 弗拉基米尔 is
 * "fulajimier"), Korean (Hangul with epenthetic vowels: 블라디미르 is "beulladimileu") and Arabic
 * (no short vowels, no p or v: فلاديمير is "fladymyr"). Both sides of a comparison are reduced to
 * the consonant classes these writings keep apart, with one vowel mark {@code a} where any vowels
 * stood: {@code B} b p, {@code F} f v ph, {@code W} w before a vowel, {@code T} d t th, {@code K} g
 * k q c ck kh gh, {@code S} s z ts (pinyin z c s), {@code C} sh ch j zh (pinyin j q x zh ch sh,
 * Hangul j ch), {@code L} l, {@code R} r, {@code M} m, {@code N} n ng; h and y are dropped and a
 * class repeated is written once. Which classes a script cannot tell apart (l/r in Chinese and
 * Korean, f/p in Korean, b/p in Arabic) is the comparison's business, not the key's.
 * A Latin word gets two keys when {@code ch} or a soft {@code g} is ambiguous (Richard: C,
 * Michael: K; George: C). The scorer compares keys only across the two sides (a Latin spelling
 * against a Han, Hangul or Arabic one) with a weighted edit distance in which vowels cost little
 * (match package). Deterministic, no state.
 */
public final class SoundKey {
  private SoundKey() {}

  /** The writing a word was romanised from, as far as its sound key cares. */
  public enum Source {
    /** written in Latin letters: two keys when ch or g is ambiguous */
    LATIN,
    /** Chinese characters read in pinyin */
    HAN,
    /** Korean Hangul in the Revised Romanization */
    HANGUL,
    /** Arabic script, with the vowel reading of w and y ({@link AbjadVowels}) */
    ARABIC
  }

  /** The vowel mark in a key. */
  public static final char VOWEL = 'a';

  /**
   * The keys of a folded word (lower-case a-z0-9): one, or two for an ambiguous Latin spelling,
   * or for an Arabic name with the article al-; empty when the word has no letters.
   */
  public static List<String> of(String folded, Source source) {
    List<String> out = new ArrayList<>(2);
    switch (source) {
      case LATIN -> {
        add(out, latin(folded, false));
        add(out, latin(folded, true));
      }
      case HAN -> add(out, pinyin(folded));
      case HANGUL -> add(out, hangul(folded));
      case ARABIC -> {
        String k = arabic(folded);
        add(out, k);
        // the article al- (الحضرمي "alhdrmy" is Hadhrami)
        if (folded.startsWith("al") && folded.length() > 4) {
          add(out, arabic(folded.substring(2)));
        }
      }
    }
    return out;
  }

  /**
   * A key of a Korean name as spelled in Latin letters (any common romanisation: Kim Min-jun, Park
   * Hae-soo, Jung/Jeong/Chung) or as ICU romanises its Hangul (gimminjun, baghaesu): consonant
   * classes as above plus h, and one class per vowel group, the differences between romanisations
   * folded (eo/o/u/oo/eu one class, ae/e one, i/ee/ui one; y and w glides dropped), so Min-jun and
   * 민찬 (min-chan) differ where the consonant key alone would not.
   */
  public static String koreanName(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (vowel(c) || c == 'w') {
        int j = i;
        while (j < n && (vowel(s.charAt(j)) || s.charAt(j) == 'w')) {
          j++;
        }
        String run = s.substring(i, j).replaceFirst("^[yw]+", "");
        char v = run.isEmpty() ? 'i' : koreanVowel(run);
        b.append(v);
        i = j;
        continue;
      }
      String cls;
      int len = 1;
      if (s.startsWith("ng", i) && !vowelAt(s, i + 2)) {
        cls = "G";
        len = 2;
      } else if (s.startsWith("ch", i) || s.startsWith("jj", i)) {
        cls = "C";
        len = 2;
      } else if (s.startsWith("sh", i)) {
        cls = "S";
        len = 2;
      } else {
        cls = switch (c) {
          case 'g', 'k', 'q', 'c' -> "K";
          case 'd', 't' -> "T";
          case 'b', 'p', 'f', 'v' -> "B";
          case 'j', 'z' -> "C";
          case 's', 'x' -> "S";
          case 'l', 'r' -> "L";
          case 'm' -> "M";
          case 'n' -> "N";
          case 'h' -> "H";
          default -> "";
        };
      }
      if (!cls.isEmpty() && (b.length() == 0 || b.charAt(b.length() - 1) != cls.charAt(0))) {
        b.append(cls);
      }
      i += len;
    }
    return b.toString();
  }

  private static char koreanVowel(String run) {
    if (run.startsWith("ae") || run.startsWith("ai") || run.startsWith("ay") || run.equals("e")
        || run.startsWith("e") && !run.startsWith("eo") && !run.startsWith("eu") && !run.startsWith("ee")) {
      return 'e';
    }
    if (run.startsWith("a")) {
      return 'a';
    }
    if (run.startsWith("i") || run.startsWith("ee") || run.startsWith("ui") || run.startsWith("eui")) {
      return 'i';
    }
    return 'o'; // eo, o, u, oo, eu, ou, oe
  }

  private static void add(List<String> out, String k) {
    if (!k.isEmpty() && !out.contains(k)) {
      out.add(k);
    }
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean vowelAt(String s, int i) {
    return i < s.length() && vowel(s.charAt(i));
  }

  /**
   * @param alternative the second reading of ambiguous letters: ch as k (Michael, Bach), g before
   *                    e/i/y soft (George, Giorgio)
   */
  private static String latin(String s, boolean alternative) {
    Key k = new Key(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      if (s.startsWith("tsch", i)) {
        i += k.put('C', 4);
      } else if (s.startsWith("sch", i) || s.startsWith("tch", i) || s.startsWith("dzh", i)) {
        i += k.put('C', 3);
      } else if (c == 'c' && next == 'h') {
        i += k.put(alternative ? 'K' : 'C', 2);
      } else if (s.startsWith("sh", i) || s.startsWith("zh", i) || s.startsWith("cz", i) || s.startsWith("sz", i)
          || s.startsWith("dj", i)) {
        i += k.put('C', 2);
      } else if (s.startsWith("ts", i) || s.startsWith("tz", i)) {
        i += k.put('S', 2);
      } else if (s.startsWith("ph", i)) {
        i += k.put('F', 2);
      } else if (s.startsWith("th", i) || s.startsWith("dh", i)) {
        i += k.put('T', 2);
      } else if (s.startsWith("kh", i) || s.startsWith("gh", i) || s.startsWith("ck", i)) {
        i += k.put('K', 2);
      } else if (s.startsWith("ng", i) && !vowelAt(s, i + 2)) {
        i += k.put('N', 2);
      } else {
        char cls = switch (c) {
          case 'b', 'p' -> 'B';
          case 'f', 'v' -> 'F';
          case 'w' -> vowelAt(s, i + 1) ? 'W' : VOWEL;
          case 'd', 't' -> 'T';
          case 'k', 'q' -> 'K';
          case 'g' -> alternative && (next == 'e' || next == 'i' || next == 'y') ? 'C' : 'K';
          case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
          case 's', 'z' -> 'S';
          case 'j' -> 'C';
          case 'x' -> 'x';
          case 'l' -> 'L';
          case 'r' -> 'R';
          case 'm' -> 'M';
          case 'n' -> 'N';
          case 'h' -> 0;
          default -> vowel(c) ? VOWEL : 0; // digits and anything else carry no sound here
        };
        if (cls == 'x') {
          k.put('K', 0);
          i += k.put('S', 1);
        } else {
          i += k.put(cls, 1);
        }
      }
    }
    return k.toString();
  }

  /** Pinyin of transcription characters, syllables joined ("fulajimier", "kelunxiao"). */
  private static String pinyin(String s) {
    return syllabic(s, true);
  }

  /** Revised Romanization of Hangul as ICU writes it ("beulladimileu", "wosingteon"). */
  private static String hangul(String s) {
    return syllabic(s, false);
  }

  /**
   * Pinyin and Hangul romanisation share one reading; pinyin also writes zh, sh, f, z, c, q and x,
   * letters the Revised Romanization never uses (read there as no sound).
   */
  private static String syllabic(String s, boolean pinyin) {
    Key k = new Key(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (s.startsWith("ch", i) || pinyin && (s.startsWith("zh", i) || s.startsWith("sh", i))) {
        i += k.put('C', 2);
      } else if (s.startsWith("ng", i)) {
        i += k.put('N', 2);
      } else {
        char cls = switch (c) {
          case 'b', 'p' -> 'B';
          case 'w' -> vowelAt(s, i + 1) ? 'W' : VOWEL;
          case 'd', 't' -> 'T';
          case 'g', 'k' -> 'K';
          case 's' -> 'S';
          case 'j' -> 'C';
          case 'f' -> pinyin ? 'F' : 0;
          case 'z', 'c' -> pinyin ? 'S' : 0;
          case 'q', 'x' -> pinyin ? 'C' : 0;
          case 'l' -> 'L';
          case 'r' -> 'R';
          case 'm' -> 'M';
          case 'n' -> 'N';
          case 'h' -> 0;
          default -> vowel(c) ? VOWEL : 0;
        };
        i += k.put(cls, 1);
      }
    }
    return k.toString();
  }

  /** Arabic romanised by ICU and read with vowels for w and y ("flādymyr" to "fladimir"). */
  private static String arabic(String folded) {
    String s = AbjadVowels.vowelize(folded);
    Key k = new Key(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (s.startsWith("tsh", i)) {
        i += k.put('C', 3);
      } else if (s.startsWith("sh", i) || s.startsWith("zh", i)) {
        i += k.put('C', 2);
      } else if (s.startsWith("kh", i) || s.startsWith("gh", i)) {
        i += k.put('K', 2);
      } else if (s.startsWith("th", i) || s.startsWith("dh", i)) {
        i += k.put('T', 2);
      } else if (s.startsWith("ng", i) && !vowelAt(s, i + 2)) {
        i += k.put('N', 2);
      } else {
        char cls = switch (c) {
          case 'b', 'p' -> 'B';
          case 'f', 'v' -> 'F';
          case 'w' -> vowelAt(s, i + 1) ? 'W' : VOWEL;
          case 'd', 't' -> 'T';
          case 'g', 'k', 'q' -> 'K';
          case 's', 'z' -> 'S';
          case 'j' -> 'C';
          case 'l' -> 'L';
          case 'r' -> 'R';
          case 'm' -> 'M';
          case 'n' -> 'N';
          case 'h' -> 0;
          default -> vowel(c) ? VOWEL : 0;
        };
        i += k.put(cls, 1);
      }
    }
    return k.toString();
  }

  /** A key being written: a class equal to the one before it is written once. */
  private static final class Key {
    private final StringBuilder b;

    Key(int capacity) {
      b = new StringBuilder(capacity);
    }

    /** Writes {@code cls} (0: nothing) for {@code len} consumed letters; returns {@code len}. */
    int put(char cls, int len) {
      if (cls != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != cls)) {
        b.append(cls);
      }
      return len;
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }
}
