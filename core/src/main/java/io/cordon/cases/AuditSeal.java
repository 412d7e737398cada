package io.cordon.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anchors the audit hash chain outside the database. Whoever can write to the database can delete
 * the newest rows and fix {@code audit_head}, or rewrite a row and recompute every hash after it: the
 * chain alone cannot tell. So after each committed transaction that appended audit rows, the new
 * head (seq and hash) is written to a checkpoint file signed with HMAC-SHA256 under a key that is not
 * in the database either: {@code <home>/audit.key}, created on first use, readable by its owner
 * only. {@code cordon audit verify} then requires the chain to reach the checkpoint's row with the
 * checkpoint's hash: a truncated log ends before it, a rewritten one has another hash there, and a
 * forged checkpoint fails its signature. Copy the checkpoint file elsewhere (or {@code cordon audit
 * anchor --to FILE}) for a record the machine's own users cannot change.
 */
public final class AuditSeal {
  private static final HexFormat HEX = HexFormat.of();
  private final Path keyFile;
  private final Path checkpointFile;

  /** A signed record that the chain had reached row {@code seq} with hash {@code hash}. */
  public record Checkpoint(long seq, String hash, Instant at) {}

  public AuditSeal(Path keyFile, Path checkpointFile) {
    this.keyFile = keyFile;
    this.checkpointFile = checkpointFile;
  }

  /** The seal of a home folder: {@code audit.key} and {@code audit.checkpoint} in it. */
  public static AuditSeal inHome(Path home) {
    return new AuditSeal(home.resolve("audit.key"), home.resolve("audit.checkpoint"));
  }

  public Path checkpointFile() {
    return checkpointFile;
  }

  /**
   * Records {@code head} unless the checkpoint already records a later row (processes sharing a home
   * may finish in any order). Serialised between processes by a lock file.
   */
  public void seal(AuditHead head, Instant at) {
    try {
      byte[] key = key();
      Path lock = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".lock");
      try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
           FileLock ignored = ch.lock()) {
        Optional<Checkpoint> current = readWith(key, checkpointFile);
        if (current.isPresent() && current.get().seq() >= head.seq()) {
          return;
        }
        write(key, new Checkpoint(head.seq(), head.hash(), at), checkpointFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing the audit checkpoint " + checkpointFile + ": " + e.getMessage(), e);
    }
  }

  /** Writes the current checkpoint, re-signed, to another file (another disk, a write-once share). */
  public Checkpoint export(Path to) throws IOException {
    byte[] key = key();
    Checkpoint c = readWith(key, checkpointFile)
        .orElseThrow(() -> new IOException("no audit checkpoint yet at " + checkpointFile));
    write(key, c, to);
    return c;
  }

  /**
   * The checkpoint, if one was written.
   *
   * @throws SecurityException when the file was changed (its signature does not match)
   */
  public Optional<Checkpoint> read() throws IOException {
    if (!Files.exists(checkpointFile)) {
      return Optional.empty();
    }
    return readWith(key(), checkpointFile);
  }

  /** Reads a checkpoint file written by {@link #export}. */
  public Optional<Checkpoint> read(Path file) throws IOException {
    return readWith(key(), file);
  }

  private static Optional<Checkpoint> readWith(byte[] key, Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String[] f = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
    if (f.length != 4) {
      throw new SecurityException(file + ": not an audit checkpoint (edited?)");
    }
    Checkpoint c;
    try {
      c = new Checkpoint(Long.parseLong(f[0]), f[1], Instant.parse(f[2]));
    } catch (RuntimeException e) {
      throw new SecurityException(file + ": not an audit checkpoint (edited?)", e);
    }
    if (!MessageDigest.isEqual(HEX.parseHex(sign(key, c)), hexOrEmpty(f[3]))) {
      throw new SecurityException(file + ": the checkpoint's signature does not match (edited, or another key)");
    }
    return Optional.of(c);
  }

  private static byte[] hexOrEmpty(String s) {
    try {
      return HEX.parseHex(s);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static void write(byte[] key, Checkpoint c, Path to) throws IOException {
    String line = c.seq() + " " + c.hash() + " " + c.at() + " " + sign(key, c) + "\n";
    Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
    Files.writeString(tmp, line, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String sign(byte[] key, Checkpoint c) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(("cordon-audit-checkpoint|" + c.seq() + "|" + c.hash() + "|" + c.at())
          .getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The key, created (owner read/write only) on first use. */
  private synchronized byte[] key() throws IOException {
    if (!Files.exists(keyFile)) {
      byte[] k = new byte[32];
      new SecureRandom().nextBytes(k);
      Path tmp = keyFile.resolveSibling(keyFile.getFileName() + ".new");
      Files.deleteIfExists(tmp);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(tmp);
      }
      Files.write(tmp, HEX.formatHex(k).getBytes(StandardCharsets.US_ASCII));
      try {
        Files.createLink(keyFile, tmp); // never replaces: a concurrent creator's key wins
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // keep theirs
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    String hex = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
    return ByteBuffer.wrap(HEX.parseHex(hex)).array();
  }
}
