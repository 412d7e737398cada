package io.cordon.index.lucene;

import io.cordon.common.Sha256;
import io.cordon.index.CandidateIndex;
import io.cordon.index.IndexInput;
import io.cordon.index.NameKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Persisted indexes under {@code <home>/index/<key>/}, one per set of snapshots, where the key
 * hashes the sorted snapshot ids and the name-key version. Snapshots are immutable, so an index
 * once written never goes stale for its key: a new process opens it instead of rebuilding it (the
 * 2 s cold-start target). It is built when missing, into a temporary folder moved into place
 * atomically, so that a crash or a concurrent process never leaves a half-written index behind.
 */
public final class IndexCache {

  /** Written last into a finished index folder; a folder without it is ignored and rebuilt. */
  static final String DONE = "cordon-index.done";

  private final Path root;
  private final NameKeys keys;

  /**
   * @param home Cordon's home folder; indexes go to {@code home/index}
   * @param keys the name-key function indexes are built and searched with
   */
  public IndexCache(Path home, NameKeys keys) {
    this.root = home.resolve("index");
    this.keys = keys;
  }

  /** The folder of the index for these snapshots (whether or not it exists yet). */
  public Path folder(Collection<String> snapshotIds) {
    StringBuilder sb = new StringBuilder();
    for (String id : new TreeSet<>(snapshotIds)) {
      sb.append(id).append('\n');
    }
    sb.append("keys=").append(keys.version());
    return root.resolve(Sha256.hex(sb.toString()).substring(0, 20)); // the first 10 bytes
  }

  /** True when a finished index for these snapshots is on disk. */
  public boolean has(Collection<String> snapshotIds) {
    return Files.exists(folder(snapshotIds).resolve(DONE));
  }

  /**
   * Opens the persisted index for the snapshots of {@code inputs}, building and persisting it first
   * when it is missing or unreadable. {@code inputs} is only called when a build is needed.
   */
  public CandidateIndex openOrBuild(Collection<String> snapshotIds, Supplier<List<IndexInput>> inputs) {
    Path dir = folder(snapshotIds);
    if (Files.exists(dir.resolve(DONE))) {
      try {
        return LuceneIndexes.open(dir, keys);
      } catch (IOException | RuntimeException unreadable) {
        // Stale format or damaged files: rebuild below rather than fail the screen.
        deleteQuietly(dir);
      }
    }
    // A folder without the marker is a leftover of a crash; it would block the move into place.
    deleteQuietly(dir);
    try {
      build(dir, inputs.get());
      return LuceneIndexes.open(dir, keys);
    } catch (IOException e) {
      throw new UncheckedIOException("building index in " + dir, e);
    }
  }

  private void build(Path dir, List<IndexInput> inputs) throws IOException {
    Files.createDirectories(root);
    Path tmp = Files.createTempDirectory(root, dir.getFileName() + ".tmp-");
    try {
      LuceneIndexes.write(tmp, inputs, keys);
      Files.writeString(tmp.resolve(DONE), String.join("\n",
          inputs.stream().map(IndexInput::snapshotId).sorted().toList()) + "\n");
      try {
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
        // Another process finished the same index first; theirs is as good as ours.
        deleteQuietly(tmp);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, dir);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // Best effort: a leftover temporary folder is ignored by the next run.
    }
  }
}
