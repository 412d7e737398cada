package io.cordon.index.lucene;

import io.cordon.common.Sha256;
import io.cordon.index.CandidateIndex;
import io.cordon.index.IndexInput;
import io.cordon.index.NameKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * atomically, so that a crash or a concurrent process never leaves a half-written index behind; a
 * lock file per index ({@code <key>.lock}) makes concurrent builders of the same index take turns.
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
   * when it is missing or unreadable. {@code inputs} is only called when a build is needed. Processes
   * (and threads) building the same index take turns: the second waits for the first and opens its
   * index instead of building it again (and never deletes a folder the first has just moved into place).
   */
  public CandidateIndex openOrBuild(Collection<String> snapshotIds, Supplier<List<IndexInput>> inputs) {
    Path dir = folder(snapshotIds);
    CandidateIndex done = openIfDone(dir);
    if (done != null) {
      return done;
    }
    try (BuildLock lock = BuildLock.take(root, dir.getFileName() + ".lock")) {
      done = openIfDone(dir); // finished by another process while this one waited
      if (done != null) {
        return done;
      }
      // Stale, damaged, or a leftover of a crash: it would block the move into place.
      deleteQuietly(dir);
      build(dir, inputs.get());
      return LuceneIndexes.open(dir, keys);
    } catch (IOException e) {
      throw new UncheckedIOException("building index in " + dir + ": " + describe(e), e);
    }
  }

  /** The finished index in {@code dir}, or null when there is none or it cannot be read (stale format, damage). */
  private CandidateIndex openIfDone(Path dir) {
    if (!Files.exists(dir.resolve(DONE))) {
      return null;
    }
    try {
      return LuceneIndexes.open(dir, keys);
    } catch (IOException | RuntimeException unreadable) {
      return null; // rebuilt under the build lock
    }
  }

  private static String describe(IOException e) {
    String what = e.getClass().getSimpleName();
    return e.getMessage() == null ? what : what + " " + e.getMessage();
  }

  /**
   * The right to build one index folder: a lock on a file next to it, held across processes (a second
   * {@code cordon batch} on the same home) and across threads of this process.
   */
  private static final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    static BuildLock take(Path root, String name) throws IOException {
      Files.createDirectories(root);
      FileChannel ch = FileChannel.open(root.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        while (true) {
          try {
            return new BuildLock(ch, ch.lock()); // blocks while another process holds it
          } catch (OverlappingFileLockException heldInThisJvm) {
            Thread.sleep(50); // another thread of this process holds it: the JVM cannot wait for that itself
          }
        }
      } catch (InterruptedException e) {
        ch.close();
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while waiting to build " + name);
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
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
