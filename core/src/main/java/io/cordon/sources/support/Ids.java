package io.cordon.sources.support;

import java.util.Locale;

/** Entity ids: a source prefix plus the list's own key, reduced to FtM's id syntax. */
public final class Ids {
  private Ids() {}

  /**
   * {@code prefix-key} with every run of characters outside [0-9a-zA-Z.] replaced by one '-',
   * and no leading or trailing separator ("CDi.001" stays, "Burma / Birmanie" becomes "Burma-Birmanie").
   */
  public static String of(String prefix, String key) {
    String k = key.strip().replaceAll("[^0-9a-zA-Z.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    if (k.isEmpty()) {
      throw new IllegalArgumentException("empty id key for " + prefix);
    }
    return prefix + "-" + k;
  }

  /** A lower-case slug for ids built from words. */
  public static String slug(String words) {
    return words.strip().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", "-").replaceAll("^-+|-+$", "");
  }
}
