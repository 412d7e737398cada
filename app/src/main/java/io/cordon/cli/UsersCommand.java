package io.cordon.cli;

import io.cordon.access.Access;
import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.CaseServices;
import io.cordon.cases.Role;
import io.cordon.cases.User;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cordon users}: who may decide and approve alerts, and who may change that. */
@Command(name = "users", mixinStandardHelpOptions = true,
    description = {"Users of the case workflow. The first `cordon users init` creates user admin and writes its",
        "password to an owner-only file; admins then add analysts and approvers. Granting a role other than",
        "analyst needs a second admin (`cordon users approve`) once there is one."},
    subcommands = {UsersCommand.Init.class, UsersCommand.Add.class, UsersCommand.ListUsers.class,
        UsersCommand.Approve.class, UsersCommand.Roles.class, UsersCommand.Disable.class, UsersCommand.Enable.class,
        UsersCommand.ResetPassword.class, UsersCommand.Password.class})
final class UsersCommand implements Runnable {
  @ParentCommand Main main;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The first line of standard input (passwords never go on the command line: it is visible to other users). */
  static char[] readPassword() throws java.io.IOException {
    String pw = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (pw == null) {
      throw new IllegalArgumentException("no password on standard input");
    }
    return pw.strip().toCharArray();
  }

  static Set<Role> roles(List<String> names) {
    Set<Role> rs = EnumSet.noneOf(Role.class);
    names.forEach(r -> rs.add(Role.parse(r)));
    return rs;
  }

  static String describe(User u) {
    return u.name() + "  roles=" + u.roles() + (u.pendingRoles().isEmpty() ? ""
        : "  pending=" + u.pendingRoles() + " (asked by " + u.pendingBy() + ", needs another admin)")
        + (u.disabled() ? "  DISABLED" : "") + (u.createdBy().isEmpty() ? "" : "  created by " + u.createdBy());
  }

  /** An admin acting through the CLI (which has the store's file permissions). */
  abstract static class AdminCall implements Callable<Integer> {
    @ParentCommand UsersCommand parent;

    @Option(names = "--as", paramLabel = "USER", required = true, description = "acting admin") String admin;

    abstract void run(Access access, Actor admin) throws Exception;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        CaseService cases = Cases.service(home, CaseServices.DEFAULT_THRESHOLD);
        run(Cases.access(home), cases.actor(admin));
      }
      return 0;
    }
  }

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Creates the first user (admin, also analyst and approver); its password goes to "
          + "<home>/first-start-secrets.txt, readable by the owner only.")
  static final class Init implements Callable<Integer> {
    @ParentCommand UsersCommand parent;

    @Option(names = "--name", defaultValue = "admin", description = "default: ${DEFAULT-VALUE}") String name;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        Optional<String> pw = Cases.access(home).bootstrapAdmin(name);
        if (pw.isEmpty()) {
          System.err.println("cordon users init: users exist already; nothing done");
          return 1;
        }
        Path f = Cases.writeSecret(home, "UI user '" + name + "' password: " + pw.get());
        System.out.println("created user " + name + " (admin, analyst, approver); the password is in " + f
            + " (readable by you only; delete it once the password is changed)");
      }
      return 0;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Adds a user; the password is read from the first line of standard input.",
          "Roles other than analyst wait for a second admin's `cordon users approve` (unless you are the only admin).",
          "  echo 's3cret-pass' | cordon users add ana --role analyst --as admin"})
  static final class Add extends AdminCall {
    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--role", paramLabel = "R", required = true, split = ",",
        description = "analyst, approver, admin (repeat or comma-separate)")
    List<String> roles;

    @Override
    void run(Access access, Actor admin) throws Exception {
      System.out.println("created user " + describe(access.createUser(admin, name, readPassword(), roles(roles))));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users, roles, pending grants and state.")
  static final class ListUsers extends AdminCall {
    @Override
    void run(Access access, Actor admin) {
      for (User u : access.users(admin)) {
        System.out.println(describe(u) + "  created " + u.created());
      }
    }
  }

  @Command(name = "approve", mixinStandardHelpOptions = true,
      description = "Approves a user's pending roles (four eyes: not the admin who asked, not the user).")
  static final class Approve extends AdminCall {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    void run(Access access, Actor admin) {
      System.out.println("approved: " + describe(access.approveRoles(admin, name)));
    }
  }

  @Command(name = "roles", mixinStandardHelpOptions = true,
      description = "Sets a user's roles: removals apply at once, additions wait for a second admin. Ends the user's sessions.")
  static final class Roles extends AdminCall {
    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--role", paramLabel = "R", required = true, split = ",", description = "the roles the user should have")
    List<String> roles;

    @Override
    void run(Access access, Actor admin) {
      System.out.println(describe(access.setRoles(admin, name, roles(roles))));
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables a user; their sessions end.")
  static final class Disable extends AdminCall {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    void run(Access access, Actor admin) {
      System.out.println(describe(access.setDisabled(admin, name, true)));
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled user again.")
  static final class Enable extends AdminCall {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    void run(Access access, Actor admin) {
      System.out.println(describe(access.setDisabled(admin, name, false)));
    }
  }

  @Command(name = "reset-password", mixinStandardHelpOptions = true,
      description = "Sets a new password (first line of standard input) for a user; their sessions end.")
  static final class ResetPassword extends AdminCall {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    void run(Access access, Actor admin) throws Exception {
      access.resetPassword(admin, name, readPassword());
      System.out.println("password of " + name + " reset; their sessions have ended");
    }
  }

  @Command(name = "password", mixinStandardHelpOptions = true,
      description = {"Changes your own password: standard input holds the current password on the first line",
          "and the new one on the second. Your other sessions end."})
  static final class Password implements Callable<Integer> {
    @ParentCommand UsersCommand parent;

    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() throws Exception {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String current = in.readLine();
      String next = in.readLine();
      if (current == null || next == null) {
        throw new IllegalArgumentException("standard input needs two lines: the current and the new password");
      }
      try (Home home = Home.open(parent.main)) {
        Cases.access(home).changePassword(name, current.strip().toCharArray(), next.strip().toCharArray());
      }
      System.out.println("password of " + name + " changed");
      return 0;
    }
  }
}
