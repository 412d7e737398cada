package io.cordon.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who uses Cordon. The password is kept only as a PBKDF2 hash. Who may create and change
 * users is decided in {@code io.cordon.access}; the case workflow reads only the roles and who
 * created whom (four eyes).
 *
 * @param name         login name
 * @param roles        what the user may do now
 * @param passwordHash {@code pbkdf2-sha256$iterations$salt$hash}
 * @param created      when the user was created
 * @param createdBy    the admin who created the user ("" for the first-start admin)
 * @param disabled     a disabled user can neither log in nor act
 * @param epoch        raised by every change of roles, password or state: sessions and API keys
 *                     opened under an older epoch are no longer valid
 * @param pendingRoles roles granted by one admin and waiting for a second admin's approval
 * @param pendingBy    the admin who asked for the pending roles
 */
public record User(String name, Set<Role> roles, String passwordHash, Instant created, String createdBy,
                   boolean disabled, long epoch, Set<Role> pendingRoles, String pendingBy) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  public User {
    checkName(name);
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    pendingRoles = pendingRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pendingRoles));
    createdBy = createdBy == null ? "" : createdBy;
    pendingBy = pendingBy == null ? "" : pendingBy;
  }

  /** A new, enabled user with nothing pending. */
  public User(String name, Set<Role> roles, String passwordHash, Instant created) {
    this(name, roles, passwordHash, created, "", false, 0, Set.of(), "");
  }

  public static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new BadInputException("invalid user name (1-64 of A-Z a-z 0-9 . _ @ -)");
    }
  }

  /** The acting identity: no roles at all when disabled. */
  public Actor actor() {
    return new Actor(name, disabled ? Set.of() : roles);
  }

  public User withRoles(Set<Role> r, Set<Role> pending, String by) {
    return new User(name, r, passwordHash, created, createdBy, disabled, epoch + 1, pending, by);
  }

  public User withPassword(String hash) {
    return new User(name, roles, hash, created, createdBy, disabled, epoch + 1, pendingRoles, pendingBy);
  }

  public User withDisabled(boolean d) {
    return new User(name, roles, passwordHash, created, createdBy, d, epoch + 1, pendingRoles, pendingBy);
  }
}
