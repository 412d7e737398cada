package io.cordon.names;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Unicode bidirectional controls in names: embeddings and overrides (U+202A-202E), isolates
 * (U+2066-2069) and the marks U+200E/U+200F. They are invisible, so a name can carry them and look
 * like a listed name while its characters differ ("Vla&lt;LRM&gt;dimir" splits a word; an override
 * can make "nituP" display as "Putin"). Before matching they are removed, and when an override
 * reorders what a reader sees, the displayed order is screened as well.
 */
public final class BidiControls {
  private BidiControls() {}

  /** Whether the text holds any bidi control. */
  public static boolean present(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
  }

  /** The text without bidi controls. */
  public static String strip(String s) {
    if (!present(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The names to screen for one given name: itself when it has no controls; otherwise the name
   * without controls, and also the order a reader sees when an override (U+202D, U+202E) reverses
   * part of it.
   */
  public static List<String> variants(String name) {
    if (!present(name)) {
      return List.of(name);
    }
    List<String> out = new ArrayList<>(2);
    String logical = strip(name);
    out.add(logical);
    if (name.indexOf('\u202D') >= 0 || name.indexOf('\u202E') >= 0) {
      String shown = strip(visual(name));
      if (!shown.equals(logical)) {
        out.add(shown);
      }
    }
    return out;
  }

  /** The characters in display order (runs of odd embedding level reversed), per the JDK's Unicode bidi algorithm. */
  static String visual(String s) {
    Bidi bidi = new Bidi(s, Bidi.DIRECTION_LEFT_TO_RIGHT);
    if (bidi.isLeftToRight()) {
      return s;
    }
    int n = bidi.getRunCount();
    byte[] levels = new byte[n];
    Integer[] runs = new Integer[n];
    for (int i = 0; i < n; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      runs[i] = i;
    }
    Bidi.reorderVisually(levels, 0, runs, 0, n);
    StringBuilder out = new StringBuilder(s.length());
    for (Integer r : runs) {
      String part = s.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
      out.append((bidi.getRunLevel(r) & 1) == 1 ? new StringBuilder(part).reverse() : part);
    }
    return out.toString();
  }
}
