package io.cordon.sources.support;

import io.cordon.common.Sha256;
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
   * A key with no such character at all (all punctuation, or all in another script) gets a stable
   * id from its hash instead, so such a record is kept, not lost and not an import failure.
   */
  public static String of(String prefix, String key) {
    if (key.isBlank()) {
      throw new IllegalArgumentException("blank id key for " + prefix);
    }
    String k = KEY_EDGES.matcher(NOT_KEY.matcher(key.strip()).replaceAll("-")).replaceAll("");
    if (k.isEmpty()) {
      return prefix + "-h" + Sha256.hex(key.strip()).substring(0, 16);
    }
    return prefix + "-" + k;
  }

  /** A lower-case slug for ids built from words. */
  public static String slug(String words) {
    return SLUG_EDGES.matcher(NOT_SLUG.matcher(words.strip().toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
  }
}
