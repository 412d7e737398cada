package io.cordon.cli;

import io.cordon.access.ApiKey;
import io.cordon.access.ApiKeys;
import io.cordon.cases.CaseServices;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cordon keys create|list|revoke}: API keys for the HTTP API (stored hashed). */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "Manages API keys for the HTTP API (sent as 'Authorization: ApiKey <key>').",
    subcommands = {KeysCommand.Create.class, KeysCommand.List.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {
  @ParentCommand Main main;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a key and prints it once.")
  static final class Create implements Callable<Integer> {
    @ParentCommand KeysCommand keys;

    @Parameters(paramLabel = "NAME", description = "who or what uses the key, e.g. payments-gateway")
    String name;

    @picocli.CommandLine.Option(names = "--scope", paramLabel = "S", split = ",", defaultValue = "screen",
        description = "screen (default) and/or cases; a cases key acts as the user given with --user")
    java.util.List<String> scopes;

    @picocli.CommandLine.Option(names = "--user", paramLabel = "USER", defaultValue = "",
        description = "the case user a cases key acts as (their roles and four-eyes rules apply)")
    String user;

    @Override
    public Integer call() throws Exception {
      java.util.Set<io.cordon.access.Scope> granted = java.util.EnumSet.noneOf(io.cordon.access.Scope.class);
      scopes.forEach(x -> granted.add(io.cordon.access.Scope.parse(x)));
      if (!user.isEmpty() && !granted.contains(io.cordon.access.Scope.CASES)) {
        throw new IllegalArgumentException("--user needs --scope cases");
      }
      try (Home home = Home.open(keys.main)) {
        String key = Cases.auditedKeys(home, Cases.service(home, CaseServices.DEFAULT_THRESHOLD)).create(name, granted, user);
        System.out.println(key);
        System.err.println("API key '" + name + "' created. It is shown only now; Cordon stores only its hash.");
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists keys (names and prefixes only).")
  static final class List implements Callable<Integer> {
    @ParentCommand KeysCommand keys;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(keys.main)) {
        ApiKeys all = home.store().apiKeys(home.clock());
        System.out.printf("%-24s %-8s %-28s %-8s %-14s %s%n", "NAME", "PREFIX", "CREATED", "STATE", "SCOPES", "USER");
        for (ApiKey k : all.list()) {
          System.out.printf("%-24s %-8s %-28s %-8s %-14s %s%n", k.name(), k.prefix(), k.created(),
              k.revoked() ? "revoked" : "active", io.cordon.access.Scope.format(k.scopes()), k.user());
        }
      }
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a key by name.")
  static final class Revoke implements Callable<Integer> {
    @ParentCommand KeysCommand keys;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(keys.main)) {
        if (!Cases.auditedKeys(home, Cases.service(home, CaseServices.DEFAULT_THRESHOLD)).revoke(name)) {
          System.err.println("cordon keys revoke: no key named '" + name + "'");
          return 1;
        }
        System.out.println("revoked " + name);
      }
      return 0;
    }
  }
}
