package io.cordon.index.lucene;

import io.cordon.index.CandidateIndex;
import io.cordon.index.IndexInput;
import io.cordon.index.NameKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;

/**
 * The factory of Lucene-backed {@link CandidateIndex}es; Lucene types do not leave this package.
 */
public final class LuceneIndexes {
  private LuceneIndexes() {}

  /** Builds an index in memory (tests, one-off runs). */
  public static CandidateIndex inMemory(List<IndexInput> inputs, NameKeys keys) {
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      LuceneIndexBuilder.write(dir, inputs, keys);
      return LuceneCandidateIndex.open(dir, keys);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("building in-memory index", e);
    }
  }

  /** Builds an index into an empty folder and commits it; the folder is then ready for {@link #open}. */
  public static void write(Path folder, List<IndexInput> inputs, NameKeys keys) throws IOException {
    try (FSDirectory dir = FSDirectory.open(folder)) {
      LuceneIndexBuilder.write(dir, inputs, keys);
    }
  }

  /**
   * Opens an index written by {@link #write}.
   *
   * @throws IOException when the folder holds no index or one built with other name keys or format
   */
  public static CandidateIndex open(Path folder, NameKeys keys) throws IOException {
    return LuceneCandidateIndex.open(FSDirectory.open(folder), keys);
  }
}
