package io.cordon.index;

import io.cordon.names.AnalyzedName;
import java.util.Set;

/**
 * Turns one name into the keys an index files it under (normalised tokens, phonetic keys, ...).
 * The same function runs on listed names when the index is built and on the query name when it is
 * searched, so that two spellings meet when they share a key. Implementations are immutable and
 * thread-safe.
 */
public interface NameKeys {

  /** Keys of {@code name} read as a name of an entity of FtM {@code schema}. */
  Set<String> indexKeys(String name, String schema);

  /**
   * {@link #indexKeys(String, String)} of a name already analysed by the standard name analyzer for
   * {@code schema}; a key function that can use the analysis saves analysing the name again.
   */
  default Set<String> indexKeys(AnalyzedName analysed, String schema) {
    return indexKeys(analysed.original(), schema);
  }

  /**
   * Identifies the key function and its version. A persisted index records it; an index built with
   * other keys is stale and is rebuilt rather than searched with keys it never saw.
   */
  String version();
}
