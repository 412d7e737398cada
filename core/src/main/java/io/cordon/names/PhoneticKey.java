package io.cordon.names;

/**
 * A consonant-skeleton key for a folded token, built so that the spellings transliteration
 * produces meet, whatever their first letter: Vladimir/Wladimir (FLTMR), Yusuf/Jusuf (SF),
 * Chepa/Tchepa (XP), Chekhov/Tschechow (XXF), Aleksey/Alexei (LKS). Vowels, y and j are dropped;
 * consonants fall into classes that transliterations confuse (v/w/f, b/p, d/t, s/z/sh/ts,
 * k/g/q/c, ch/kh/h/tch/tsch). Unlike Soundex it does not keep the first letter, which is how
 * Watchman misses Wladimir/Vladimir. Numbers are their own key. Deterministic, no state.
 */
public final class PhoneticKey {
  private PhoneticKey() {}

  /** The key of a folded (lower-case a-z0-9) token; empty when it has no consonant. */
  public static String of(String s) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n);
    char last = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      char code;
      int len = 1;
      if (c >= '0' && c <= '9') {
        code = c;
      } else if (starts(s, i, "tsch")) {
        code = 'X';
        len = 4;
      } else if (starts(s, i, "tch")) {
        code = 'X';
        len = 3;
      } else if (starts(s, i, "sch")) {
        code = 'S';
        len = 3;
      } else if (starts(s, i, "dzh")) {
        code = 0;
        len = 3;
      } else if (starts(s, i, "ch") || starts(s, i, "kh") || starts(s, i, "cz")) {
        code = 'X';
        len = 2;
      } else if (starts(s, i, "sh") || starts(s, i, "zh") || starts(s, i, "ts") || starts(s, i, "tz")
          || starts(s, i, "sz")) {
        code = 'S';
        len = 2;
      } else if (starts(s, i, "ph")) {
        code = 'F';
        len = 2;
      } else if (starts(s, i, "th") || starts(s, i, "dt")) {
        code = 'T';
        len = 2;
      } else if (starts(s, i, "ck")) {
        code = 'K';
        len = 2;
      } else if (starts(s, i, "dj")) {
        code = 0;
        len = 2;
      } else {
        code = switch (c) {
          case 'b', 'p' -> 'P';
          case 'c' -> i + 1 < n && "eiy".indexOf(s.charAt(i + 1)) >= 0 ? 'S' : 'K';
          case 'd', 't' -> 'T';
          case 'f', 'v', 'w' -> 'F';
          case 'g', 'k', 'q' -> 'K';
          case 'h' -> i > 0 && (i + 1 == n) ? 0 : 'X';
          case 'l' -> 'L';
          case 'm' -> 'M';
          case 'n' -> 'N';
          case 'r' -> 'R';
          case 's', 'z' -> 'S';
          case 'x' -> 'x';
          default -> 0; // vowels, y, j
        };
      }
      i += len;
      if (code == 'x') {
        if (last != 'K') {
          out.append('K');
        }
        out.append('S');
        last = 'S';
      } else if (code == 0) {
        last = 0;
      } else if (code != last) {
        out.append(code);
        last = code;
      }
    }
    return out.toString();
  }

  private static boolean starts(String s, int i, String p) {
    return s.startsWith(p, i);
  }
}
