package io.cordon.cli;

import io.cordon.cases.CaseService;
import io.cordon.cases.Role;
import io.cordon.cases.User;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

/** {@code cordon users}: who may decide and approve alerts. */
@Command(name = "users", mixinStandardHelpOptions = true,
    description = {"Users of the case workflow. The first `cordon users init` creates user admin and prints its",
        "password once; admins then add analysts and approvers."},
    subcommands = {UsersCommand.Init.class, UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {
  @ParentCommand Main main;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Creates the first user (admin, also analyst and approver) and prints its password once.")
  static final class Init implements Callable<Integer> {
    @ParentCommand UsersCommand parent;

    @Option(names = "--name", defaultValue = "admin", description = "default: ${DEFAULT-VALUE}") String name;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        Optional<String> pw = Cases.service(home, Cases.DEFAULT_THRESHOLD).bootstrapAdmin(name);
        if (pw.isEmpty()) {
          System.err.println("cordon users init: users exist already; nothing done");
          return 1;
        }
        System.out.println("created user " + name + " (admin, analyst, approver) with password: " + pw.get());
        System.out.println("this password is shown only once");
      }
      return 0;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Adds a user; the password is read from the first line of standard input.",
          "  echo 's3cret-pass' | cordon users add ana --role analyst --as admin"})
  static final class Add implements Callable<Integer> {
    @ParentCommand UsersCommand parent;

    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--role", paramLabel = "R", required = true, split = ",",
        description = "analyst, approver, admin (repeat or comma-separate)")
    List<String> roles;

    @Option(names = "--as", paramLabel = "USER", required = true, description = "acting admin") String admin;

    @Override
    public Integer call() throws Exception {
      String pw = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (pw == null) {
        throw new IllegalArgumentException("no password on standard input");
      }
      Set<Role> rs = EnumSet.noneOf(Role.class);
      roles.forEach(r -> rs.add(Role.parse(r)));
      try (Home home = Home.open(parent.main)) {
        CaseService cases = Cases.service(home, Cases.DEFAULT_THRESHOLD);
        User u = cases.createUser(cases.actor(admin), name, pw.strip().toCharArray(), rs);
        System.out.println("created user " + u.name() + " with roles " + u.roles());
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users and their roles.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UsersCommand parent;

    @Option(names = "--as", paramLabel = "USER", required = true, description = "acting admin") String admin;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        CaseService cases = Cases.service(home, Cases.DEFAULT_THRESHOLD);
        for (User u : cases.users(cases.actor(admin))) {
          System.out.println(u.name() + "  " + u.roles() + "  created " + u.created());
        }
      }
      return 0;
    }
  }

}
