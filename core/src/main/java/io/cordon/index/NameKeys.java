package io.cordon.index;

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
   * Identifies the key function and its version. A persisted index records it; an index built with
   * other keys is stale and is rebuilt rather than searched with keys it never saw.
   */
  String version();
}
