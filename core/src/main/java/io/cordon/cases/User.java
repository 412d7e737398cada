package io.cordon.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who uses Cordon. The password is kept only as a PBKDF2 hash ({@link Passwords}).
 *
 * @param name         login name
 * @param roles        what the user may do
 * @param passwordHash {@code pbkdf2-sha256$iterations$salt$hash}
 * @param created      when the user was created
 */
public record User(String name, Set<Role> roles, String passwordHash, Instant created) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  public User {
    checkName(name);
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new BadInputException("invalid user name '" + name + "' (1-64 of A-Z a-z 0-9 . _ @ -)");
    }
  }

  public Actor actor() {
    return new Actor(name, roles);
  }
}
