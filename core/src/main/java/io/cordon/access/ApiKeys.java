package io.cordon.access;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API keys for the HTTP API, hashed at rest. Keys are 32 random bytes, so a plain SHA-256 is
 * enough to make a stolen table useless (no dictionary to attack, unlike passwords).
 */
public interface ApiKeys {

  /** Creates a screening-only key named {@code name}; returns the clear key, shown once and never stored. */
  default String create(String name) {
    return create(name, java.util.Set.of(Scope.SCREEN), "");
  }

  /**
   * Creates a key with the given scopes; a {@link Scope#CASES} key acts as case user {@code user}.
   * Returns the clear key, shown once and never stored.
   */
  String create(String name, java.util.Set<Scope> scopes, String user);

  /** The key record a clear key belongs to, when it exists and is not revoked. */
  Optional<ApiKey> verify(String clearKey);

  List<ApiKey> list();

  /** Revokes the key with this name; false when there is none. */
  boolean revoke(String name);

  /** A new clear key: "ck_" + 43 url-safe base64 characters. */
  static String newClearKey(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return "ck_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String clearKey) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(clearKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** Rejects names that would be unreadable in listings and audit lines. */
  static String checkName(String name) {
    if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new IllegalArgumentException("key name must be 1-64 characters of letters, digits, '.', '_', '@', '-'");
    }
    return name;
  }
}
