package io.cordon.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A stored API key: never the key itself, only its SHA-256 hash and a short prefix that lets an
 * operator tell keys apart in listings.
 *
 * @param scopes what the key may be used for ({@link Scope#SCREEN} unless granted more)
 * @param user   the case user a {@link Scope#CASES} key acts as ("" when none); a key's own name
 *               no longer makes it act as a user of that name
 */
public record ApiKey(String name, String prefix, String sha256, Instant created, boolean revoked, Set<Scope> scopes,
                     String user) {
  public ApiKey {
    scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    user = user == null ? "" : user;
    if (scopes.contains(Scope.CASES) && user.isEmpty()) {
      throw new IllegalArgumentException("a key with the cases scope must be bound to a user");
    }
  }

  public boolean allows(Scope s) {
    return scopes.contains(s);
  }

  ApiKey revokedCopy() {
    return new ApiKey(name, prefix, sha256, created, true, scopes, user);
  }
}
