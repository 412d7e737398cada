package io.cordon.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Manipulated spellings of a listed name, as a screening filter must still catch them: one typo,
 * another transliteration, reordered parts, an initial, a dropped part. For benchmarks and recall
 * tests; deterministic for a given {@link Random} seed.
 */
public final class NameVariants {

  /** The kinds of manipulation, each applied alone so recall can be reported per kind. */
  public enum Kind { TYPO, TRANSLITERATION, REORDER, INITIAL, DROPPED_PART }

  /** One variant and how it was made. */
  public record Variant(Kind kind, String original, String name) {}

  /** Common alternative romanisations, applied in both directions. */
  private static final String[][] TRANSLIT = {
      {"ks", "x"}, {"v", "w"}, {"y", "j"}, {"iy", "y"}, {"ei", "ey"}, {"kh", "h"}, {"ou", "u"},
      {"sh", "sch"}, {"ch", "tch"}, {"yu", "iu"}, {"ya", "ia"}, {"ph", "f"}, {"ee", "i"}, {"q", "k"},
      {"dzh", "j"}, {"zh", "j"}, {"oo", "u"}, {"ai", "ay"}, {"e", "ye"}};

  private final Random random;

  public NameVariants(Random random) {
    this.random = random;
  }

  /** Variant of the given kind, or null when the name does not lend itself to it (too short). */
  public Variant variant(String name, Kind kind) {
    String[] toks = name.strip().split("\\s+");
    String out = switch (kind) {
      case TYPO -> typo(toks);
      case TRANSLITERATION -> translit(toks);
      case REORDER -> toks.length < 2 ? null : reorder(toks);
      case INITIAL -> toks.length < 3 ? null : initial(toks);
      case DROPPED_PART -> toks.length < 3 ? null : dropped(toks);
    };
    return out == null || out.equalsIgnoreCase(name) ? null : new Variant(kind, name, out);
  }

  private String typo(String[] toks) {
    int i = longest(toks);
    String t = toks[i];
    if (t.length() < 4) {
      return null;
    }
    // Never the first letter: that is the kind of typo a filter sees least, and the rest are common.
    int p = 1 + random.nextInt(t.length() - 1);
    char c = (char) ('a' + random.nextInt(26));
    boolean upper = Character.isUpperCase(t.charAt(p));
    String ch = upper ? String.valueOf(c).toUpperCase(Locale.ROOT) : String.valueOf(c);
    String changed = switch (random.nextInt(4)) {
      case 0 -> t.substring(0, p) + t.substring(p + 1);                       // deletion
      case 1 -> t.substring(0, p) + ch + t.substring(p);                      // insertion
      case 2 -> t.substring(0, p) + ch + t.substring(p + 1);                  // substitution
      default -> p + 1 < t.length()                                           // transposition
          ? t.substring(0, p) + t.charAt(p + 1) + t.charAt(p) + t.substring(p + 2)
          : t.substring(0, p) + ch;
    };
    String[] copy = toks.clone();
    copy[i] = changed;
    return String.join(" ", copy);
  }

  private String translit(String[] toks) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < TRANSLIT.length; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    String joined = String.join(" ", toks);
    String lower = joined.toLowerCase(Locale.ROOT);
    for (int k : order) {
      for (int dir = 0; dir < 2; dir++) {
        String from = TRANSLIT[k][dir];
        String to = TRANSLIT[k][1 - dir];
        int at = lower.indexOf(from, 1);
        if (at > 0) {
          boolean upper = Character.isUpperCase(joined.charAt(at));
          String rep = upper ? to.toUpperCase(Locale.ROOT) : to;
          return joined.substring(0, at) + rep + joined.substring(at + from.length());
        }
      }
    }
    return null;
  }

  private String reorder(String[] toks) {
    List<String> l = new ArrayList<>(Arrays.asList(toks));
    l.add(0, l.remove(l.size() - 1));
    return String.join(" ", l);
  }

  private String initial(String[] toks) {
    String[] copy = toks.clone();
    copy[0] = copy[0].substring(0, 1) + ".";
    return String.join(" ", copy);
  }

  private String dropped(String[] toks) {
    List<String> l = new ArrayList<>(Arrays.asList(toks));
    l.remove(1 + random.nextInt(l.size() - 2));
    return String.join(" ", l);
  }

  private static int longest(String[] toks) {
    int best = 0;
    for (int i = 1; i < toks.length; i++) {
      if (toks[i].length() > toks[best].length()) {
        best = i;
      }
    }
    return best;
  }
}
