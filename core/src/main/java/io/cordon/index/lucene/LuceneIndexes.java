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

  /**
   * Builds an index in a temporary folder, memory-mapped like a persisted one (benchmarks: the same
   * read path as {@code cordon screen}); the folder is deleted when the index is closed.
   */
  public static CandidateIndex temporary(List<IndexInput> inputs, NameKeys keys) {
    try {
      Path tmp = java.nio.file.Files.createTempDirectory("cordon-index-");
      write(tmp, inputs, keys);
      CandidateIndex idx = open(tmp, keys);
      return new Deleting(idx, tmp);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("building temporary index", e);
    }
  }

  /** Closes the index, then deletes its folder. */
  private record Deleting(CandidateIndex inner, Path folder) implements CandidateIndex {
    @Override public java.util.Set<String> snapshotIds() { return inner.snapshotIds(); }
    @Override public int size() { return inner.size(); }
    @Override public List<io.cordon.index.Candidate> candidates(io.cordon.index.CandidateQuery q) { return inner.candidates(q); }
    @Override public void preload() { inner.preload(); }
    @Override public <T> T derived(io.cordon.index.Candidate c, java.util.function.Function<io.cordon.model.Entity, T> f) {
      return inner.derived(c, f);
    }
    @Override public void preload(java.util.function.Function<io.cordon.model.Entity, ?> f) { inner.preload(f); }
    @Override public io.cordon.index.PartyListings listings(io.cordon.index.Candidate c) { return inner.listings(c); }
    @Override public List<Integer> tokenCounts(String name) { return inner.tokenCounts(name); }

    @Override
    public void close() {
      inner.close();
      try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(folder)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a leftover temporary folder is harmless
      }
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
