package io.cordon.common;

/** The Unicode byte order mark that some publishers and spreadsheets put before the first line. */
public final class Bom {
  private Bom() {}

  /** U+FEFF, as a decoded UTF-8 byte order mark reads. */
  public static final char MARK = '\uFEFF';

  /** {@code text} without a leading byte order mark. */
  public static String strip(String text) {
    return !text.isEmpty() && text.charAt(0) == MARK ? text.substring(1) : text;
  }
}
