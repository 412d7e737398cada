package io.cordon.names;

/**
 * ICU romanises Greek letter by letter (Βλαντίμιρ is "blantimir"); names are spelled as modern
 * Greek sounds: beta is v, "nt" is d, "mp" is b, "ou" is u ("vladimir", "putin").
 */
final class GreekModern {
  private GreekModern() {}

  static String variant(String s) {
    return s.replace("b", "v").replace("mp", "b").replace("nt", "d").replace("ou", "u");
  }
}
