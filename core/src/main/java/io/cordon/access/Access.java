package io.cordon.access;

import io.cordon.cases.Actor;
import io.cordon.cases.AuditLog;
import io.cordon.cases.BadInputException;
import io.cordon.cases.CaseStore;
import io.cordon.cases.CaseTx;
import io.cordon.cases.ConflictException;
import io.cordon.cases.ForbiddenException;
import io.cordon.cases.NotFoundException;
import io.cordon.cases.Role;
import io.cordon.cases.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what: users, roles, passwords, logins. Every change is audited in the same transaction.
 *
 * <p>Four eyes on access itself: granting a role (to a new or an existing user) takes effect only
 * when a second admin approves it, except while the requesting admin is the only active admin (first
 * start: there is nobody to ask). Removing roles, disabling a user and resetting a password take
 * effect at once. Every change raises the user's epoch, which ends their UI sessions. Together with
 * the rule in {@code CaseService.approve} (no approving a decision of an account one created, or
 * made by the account's creator), one admin cannot decide and approve alone.
 */
public final class Access {
  private static final Set<Role> NONE = Set.of();

  private final CaseStore store;
  private final Clock clock;
  private final Passwords passwords;
  private final LoginThrottle throttle;

  public Access(CaseStore store, Clock clock, Passwords passwords) {
    this(store, clock, passwords, new LoginThrottle(clock));
  }

  public Access(CaseStore store, Clock clock, Passwords passwords, LoginThrottle throttle) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.throttle = Objects.requireNonNull(throttle, "throttle");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * First start: when there is no user yet, creates {@code name} as admin, analyst and approver with
   * a random password and returns the password (to hand over once). Empty when users exist.
   */
  public Optional<String> bootstrapAdmin(String name) {
    String password = passwords.generate();
    String hash = passwords.hash(password.toCharArray());
    return store.inTransaction(tx -> {
      if (!tx.users().isEmpty()) {
        return Optional.empty();
      }
      Instant at = now();
      tx.putUser(new User(name, EnumSet.allOf(Role.class), hash, at));
      AuditLog.append(tx, Actor.SYSTEM, "user-create", "user:" + name, "roles=admin,analyst,approver (first start)", at);
      return Optional.of(password);
    });
  }

  /**
   * Creates a user; admins only. Roles other than analyst wait for a second admin ({@link #approveRoles})
   * unless the caller is the only active admin.
   */
  public User createUser(Actor admin, String name, char[] password, Set<Role> roles) {
    requireAdmin(admin, "create users");
    User.checkName(name);
    if (name.equals(Actor.SYSTEM.name())) {
      throw new BadInputException("user name " + name + " is reserved");
    }
    if (roles.isEmpty()) {
      throw new BadInputException("user " + name + ": at least one role is needed");
    }
    String hash = passwords.hash(checkPassword(password));
    return store.inTransaction(tx -> {
      if (tx.user(name).isPresent()) {
        throw new ConflictException("user " + name + " exists already");
      }
      boolean alone = soleAdmin(tx, admin);
      Set<Role> now = EnumSet.noneOf(Role.class);
      Set<Role> pending = EnumSet.noneOf(Role.class);
      for (Role r : roles) {
        (r == Role.ANALYST || alone ? now : pending).add(r);
      }
      Instant at = now();
      User u = new User(name, now, hash, at, admin.name(), false, 0, pending, pending.isEmpty() ? "" : admin.name());
      tx.putUser(u);
      AuditLog.append(tx, admin, "user-create", "user:" + name, "roles=" + labels(now)
          + (pending.isEmpty() ? "" : " pending=" + labels(pending) + " (needs a second admin)")
          + (alone && !roles.equals(Set.of(Role.ANALYST)) ? " (sole admin)" : ""), at);
      return u;
    });
  }

  /**
   * Sets a user's roles: roles removed are gone at once, roles added wait for a second admin
   * (unless the caller is the only active admin).
   */
  public User setRoles(Actor admin, String name, Set<Role> roles) {
    requireAdmin(admin, "change roles");
    return store.inTransaction(tx -> {
      User u = user(tx, name);
      boolean alone = soleAdmin(tx, admin);
      Set<Role> keep = EnumSet.noneOf(Role.class);
      Set<Role> added = EnumSet.noneOf(Role.class);
      for (Role r : roles) {
        (u.roles().contains(r) || alone ? keep : added).add(r);
      }
      if (!alone && u.roles().contains(Role.ADMIN) && !keep.contains(Role.ADMIN) && activeAdmins(tx) <= 1) {
        throw new ConflictException("user " + name + " is the last active admin");
      }
      Instant at = now();
      User changed = u.withRoles(keep, added, added.isEmpty() ? "" : admin.name());
      tx.putUser(changed);
      AuditLog.append(tx, admin, "user-roles", "user:" + name, "roles=" + labels(keep)
          + (added.isEmpty() ? "" : " pending=" + labels(added) + " (needs a second admin)"), at);
      return changed;
    });
  }

  /** A second admin approves a user's pending roles. The requester and the user may not. */
  public User approveRoles(Actor admin, String name) {
    requireAdmin(admin, "approve role grants");
    return store.inTransaction(tx -> {
      User u = user(tx, name);
      if (u.pendingRoles().isEmpty()) {
        throw new ConflictException("user " + name + " has no pending roles");
      }
      if (admin.name().equals(u.pendingBy()) || admin.name().equals(name)) {
        throw new ForbiddenException(admin.name() + " may not approve a role grant they asked for or that is their "
            + "own (four eyes): another admin must");
      }
      Set<Role> all = EnumSet.noneOf(Role.class);
      all.addAll(u.roles());
      all.addAll(u.pendingRoles());
      Instant at = now();
      User changed = u.withRoles(all, NONE, "");
      tx.putUser(changed);
      AuditLog.append(tx, admin, "user-roles-approve", "user:" + name, "roles=" + labels(all)
          + " asked by " + u.pendingBy(), at);
      return changed;
    });
  }

  /** Disables (or enables again) a user; their sessions end. The last active admin cannot be disabled. */
  public User setDisabled(Actor admin, String name, boolean disabled) {
    requireAdmin(admin, disabled ? "disable users" : "enable users");
    return store.inTransaction(tx -> {
      User u = user(tx, name);
      if (disabled && u.roles().contains(Role.ADMIN) && !u.disabled() && activeAdmins(tx) <= 1) {
        throw new ConflictException("user " + name + " is the last active admin");
      }
      Instant at = now();
      User changed = u.withDisabled(disabled);
      tx.putUser(changed);
      AuditLog.append(tx, admin, disabled ? "user-disable" : "user-enable", "user:" + name, "", at);
      return changed;
    });
  }

  /** An admin sets a new password for a user (who should change it); their sessions end. */
  public void resetPassword(Actor admin, String name, char[] password) {
    requireAdmin(admin, "reset passwords");
    String hash = passwords.hash(checkPassword(password));
    store.inTransaction(tx -> {
      User u = user(tx, name);
      tx.putUser(u.withPassword(hash));
      AuditLog.append(tx, admin, "user-password-reset", "user:" + name, "", now());
      return null;
    });
  }

  /** A user changes their own password, giving the current one; their other sessions end. */
  public void changePassword(String name, char[] current, char[] password) {
    String hash = passwords.hash(checkPassword(password));
    store.inTransaction(tx -> {
      User u = tx.user(name).filter(x -> !x.disabled())
          .filter(x -> Passwords.verify(current, x.passwordHash()))
          .orElseThrow(() -> new ForbiddenException("wrong user name or password"));
      tx.putUser(u.withPassword(hash));
      AuditLog.append(tx, u.actor(), "user-password-change", "user:" + name, "", now());
      return null;
    });
  }

  public List<User> users(Actor admin) {
    requireAdmin(admin, "list users");
    return store.inTransaction(CaseTx::users);
  }

  /** The outcome of a login attempt. */
  public sealed interface Login {
    /** Logged in: the actor and the user's epoch (sessions check it on every request). */
    record Ok(Actor actor, long epoch) implements Login {}

    /** Wrong name or password (the two are not told apart). */
    record Refused() implements Login {}

    /** Too many failures for this name or address: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements Login {}
  }

  /**
   * Checks a password, throttled per name and per address; audits success and failure. Takes about
   * the same time whether the user exists or not (a dummy hash is checked for unknown names), so
   * user names cannot be found by timing.
   */
  public Login login(String name, char[] password, String address) {
    Duration wait = throttle.tryAcquire(name, address);
    if (!wait.isZero()) {
      store.inTransaction(tx -> {
        AuditLog.append(tx, new Actor("?", NONE), "login-throttled", "user:" + printable(name),
            "address=" + printable(address), now());
        return null;
      });
      return new Login.Throttled(wait);
    }
    boolean ok = false;
    Optional<User> user = Optional.empty();
    try {
      user = name == null ? Optional.empty() : store.inTransaction(tx -> tx.user(name));
      boolean hashOk = Passwords.verify(password, user.map(User::passwordHash).orElse(dummyHash()));
      ok = hashOk && user.isPresent() && !user.get().disabled();
    } finally {
      throttle.record(name, address, ok);
    }
    boolean success = ok;
    store.inTransaction(tx -> {
      AuditLog.append(tx, new Actor("?", NONE), success ? "login" : "login-failed", "user:" + printable(name),
          "address=" + printable(address), now());
      return null;
    });
    return success ? new Login.Ok(user.get().actor(), user.get().epoch()) : new Login.Refused();
  }

  /** Login without an address (local tools, tests). */
  public Optional<Actor> login(String name, char[] password) {
    return login(name, password, "local") instanceof Login.Ok ok ? Optional.of(ok.actor()) : Optional.empty();
  }

  /**
   * The current actor for a session opened at {@code epoch}: empty when the user is gone, disabled
   * or changed since (roles, password), which ends the session.
   */
  public Optional<Actor> session(String name, long epoch) {
    return store.inTransaction(tx -> tx.user(name))
        .filter(u -> !u.disabled() && u.epoch() == epoch)
        .map(User::actor);
  }

  private String dummy;

  /** A real hash of a random password, made once, so an unknown name costs one PBKDF2 like a known one. */
  private synchronized String dummyHash() {
    if (dummy == null) {
      dummy = passwords.hash(passwords.generate().toCharArray());
    }
    return dummy;
  }

  private static char[] checkPassword(char[] password) {
    if (password == null || password.length < 8) {
      throw new BadInputException("a password needs at least 8 characters");
    }
    return password;
  }

  private static User user(CaseTx tx, String name) {
    return tx.user(name).orElseThrow(() -> new NotFoundException("no user named " + name));
  }

  private static void requireAdmin(Actor actor, String what) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException(actor.name() + " may not " + what + ": needs the admin role");
    }
  }

  private static long activeAdmins(CaseTx tx) {
    return tx.users().stream().filter(u -> !u.disabled() && u.roles().contains(Role.ADMIN)).count();
  }

  /** The caller is the only active admin: nobody else could approve a grant. */
  private static boolean soleAdmin(CaseTx tx, Actor admin) {
    return tx.users().stream().filter(u -> !u.disabled() && u.roles().contains(Role.ADMIN))
        .allMatch(u -> u.name().equals(admin.name()));
  }

  /** Names typed at the login form go to the audit log: control characters become visible escapes. */
  static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), 100));
    for (int i = 0; i < s.length() && i < 100; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String labels(Set<Role> roles) {
    return roles.isEmpty() ? "(none)" : String.join(",", roles.stream().map(Role::label).sorted().toList());
  }
}
