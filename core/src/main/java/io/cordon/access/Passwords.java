package io.cordon.access;

import io.cordon.cases.BadInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK. Stored form:
 * {@code pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>}, so the iteration count can be raised
 * later without invalidating existing hashes.
 */
public final class Passwords {
  /** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. */
  static final int ITERATIONS = 600_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private final SecureRandom random;
  private final int iterations;

  public Passwords(SecureRandom random) {
    this(random, ITERATIONS);
  }

  /** With a chosen iteration count (tests use fewer to stay fast). */
  public Passwords(SecureRandom random, int iterations) {
    if (iterations < 1000) {
      throw new IllegalArgumentException("PBKDF2 iterations must be at least 1000, got " + iterations);
    }
    this.random = random;
    this.iterations = iterations;
  }

  public String hash(char[] password) {
    if (password.length < 8) {
      throw new BadInputException("password must have at least 8 characters");
    }
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] h = derive(password, salt, iterations);
    return PREFIX + "$" + iterations + "$" + HexFormat.of().formatHex(salt) + "$" + HexFormat.of().formatHex(h);
  }

  /** Constant-time comparison of a password against a stored hash; false for a malformed hash. */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    try {
      int it = Integer.parseInt(parts[1]);
      byte[] salt = HexFormat.of().parseHex(parts[2]);
      byte[] expected = HexFormat.of().parseHex(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, it));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** A random password for the first admin, printed once at first start. */
  public String generate() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    char[] c = new char[16];
    for (int i = 0; i < c.length; i++) {
      c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    String s = new String(c);
    Arrays.fill(c, ' ');
    return s;
  }
}
