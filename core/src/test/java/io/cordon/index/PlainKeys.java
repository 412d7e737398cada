package io.cordon.index;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A minimal name-key function for index tests, independent of the real name analysis: folded
 * tokens, plus a crude sound key that ignores the first letter's spelling (w/v, j/y, ch/tch).
 */
public final class PlainKeys implements NameKeys {
  @Override
  public Set<String> indexKeys(String name, String schema) {
    Set<String> out = new LinkedHashSet<>();
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    for (String t : s.split("[^\\p{L}\\p{N}]+")) {
      if (t.isEmpty()) {
        continue;
      }
      out.add("t:" + t);
      String k = t.replace("tsch", "ch").replace("tch", "ch").replace('w', 'v').replace('j', 'y')
          .replaceAll("[aeiou]", "");
      if (k.length() >= 2) {
        out.add("s:" + k);
      }
    }
    return out;
  }

  @Override
  public String version() {
    return "plain-test-1";
  }
}
