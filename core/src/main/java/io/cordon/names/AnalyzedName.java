package io.cordon.names;

import java.util.List;

/**
 * A name after the analysis chain: its parts in written order (after "SURNAME, Given" reordering),
 * titles removed.
 *
 * @param original the name as given
 * @param kind     what kind of party the schema says it is
 * @param parts    analysed tokens
 * @param written  the name's words folded, in written order, before titles, legal forms or
 *                 reordering were applied: two names written the same have the same {@code written}
 *                 whatever schema each was analysed for
 */
public record AnalyzedName(String original, NameKind kind, List<NamePart> parts, String written) {
  public AnalyzedName {
    parts = List.copyOf(parts);
  }

  /** The folded forms joined by spaces, e.g. "vladimir vladimirovich putin". */
  public String normalized() {
    StringBuilder b = new StringBuilder();
    for (NamePart p : parts) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(p.form());
    }
    return b.toString();
  }
}
