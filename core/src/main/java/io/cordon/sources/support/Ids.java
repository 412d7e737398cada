package io.cordon.sources.support;

import java.util.Locale;

/** Entity ids: a source prefix plus the list's own key, reduced to FtM's id syntax. */
public final class Ids {
  private Ids() {}

  private static final java.util.regex.Pattern NOT_KEY = java.util.regex.Pattern.compile("[^0-9a-zA-Z.]+");
  private static final java.util.regex.Pattern KEY_EDGES = java.util.regex.Pattern.compile("^[-.]+|[-.]+$");
  private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^0-9a-z]+");
  private static final java.util.regex.Pattern SLUG_EDGES = java.util.regex.Pattern.compile("^-+|-+$");

  /**
   * {@code prefix-key} with every run of characters outside [0-9a-zA-Z.] replaced by one '-',
   * and no leading or trailing separator ("CDi.001" stays, "Burma / Birmanie" becomes "Burma-Birmanie").
   */
  public static String of(String prefix, String key) {
    String k = KEY_EDGES.matcher(NOT_KEY.matcher(key.strip()).replaceAll("-")).replaceAll("");
    if (k.isEmpty()) {
      throw new IllegalArgumentException("empty id key for " + prefix);
    }
    return prefix + "-" + k;
  }

  /** A lower-case slug for ids built from words. */
  public static String slug(String words) {
    return SLUG_EDGES.matcher(NOT_SLUG.matcher(words.strip().toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
  }
}
