package io.cordon.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who performs an action: an authenticated user with their roles, or the system itself (imports,
 * list updates). Every {@link CaseService} call takes one, so roles are enforced in the core and not
 * only in the HTTP layer.
 */
public record Actor(String name, Set<Role> roles) {
  /** The system actor: imports and re-screening triggered by a list update. Has no user roles. */
  public static final Actor SYSTEM = new Actor("system", Set.of());

  public Actor {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  void require(Role role, String action) {
    if (!has(role)) {
      throw new ForbiddenException(name + " may not " + action + ": needs the " + role.label() + " role");
    }
  }
}
