package io.cordon.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code cordon} command line. Each subcommand only translates arguments to calls on the core. */
@Command(name = "cordon", mixinStandardHelpOptions = true, version = "cordon 0.1.0",
    description = "Sanctions compliance engine: lists, screening, rules, cases, audit.",
    footer = "%nMeasurement commands (eval, bench, loadtest) live in the bench module, out of this jar:"
        + " ./cordon eval|bench|loadtest builds and runs them.",
    subcommands = {
        ImportCommand.class, SourcesCommand.class, DiffCommand.class, ExportCommand.class, UpdateCommand.class,
        ScreenCommand.class, ScreenMessageCommand.class, ScanCommand.class,
        CheckTradeCommand.class,
        BatchCommand.class, ServeCommand.class, KeysCommand.class,
        PartiesCommand.class, RescreenCommand.class, AlertsCommand.class, DecideCommand.class, AuditCommand.class, UsersCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /**
   * The measurement commands ({@code eval}, {@code bench}, {@code loadtest}) live in the bench module, out
   * of the production jar; they join the command line when that module is on the class path, as
   * {@code ./cordon eval|bench|loadtest} arranges.
   */
  private static final List<String> BENCH_COMMANDS =
      List.of("io.cordon.cli.EvalCommand", "io.cordon.cli.BenchCommand", "io.cordon.cli.LoadTestCommand");

  @Option(names = "--home", scope = CommandLine.ScopeType.INHERIT,
      description = "Cordon home folder (store, snapshots, indexes). Default: $CORDON_HOME or ./cordon-home")
  Path home;

  @Option(names = "--db", scope = CommandLine.ScopeType.INHERIT, paramLabel = "URL",
      description = "Database JDBC URL (jdbc:h2:file:PATH or jdbc:postgresql://HOST/DB). "
          + "Default: db.url in <home>/cordon.properties, else the H2 file <home>/cordon")
  String db;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The home folder: --home, else $CORDON_HOME, else ./cordon-home. Read here, at the edge only. */
  Path home() {
    if (home != null) {
      return home;
    }
    String env = System.getenv("CORDON_HOME");
    return Path.of(env != null && !env.isBlank() ? env : "cordon-home");
  }

  /** The --db option, if given. */
  java.util.Optional<String> db() {
    return java.util.Optional.ofNullable(db).filter(s -> !s.isBlank());
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of main). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorHandler());
    for (String name : BENCH_COMMANDS) {
      try {
        cl.addSubcommand(Class.forName(name));
      } catch (ClassNotFoundException absent) {
        // The production jar: no measurement code in it.
      }
    }
    return cl.execute(args);
  }
}
