package io.cordon.cli;

import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.CaseServices;
import io.cordon.cases.PartyRows;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.PartyInputReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cordon parties}: the customer book. */
@Command(name = "parties", mixinStandardHelpOptions = true,
    description = "The customer book: import parties (screening new and changed ones), screen one again.",
    subcommands = {PartiesCommand.Import.class, PartiesCommand.Screen.class})
final class PartiesCommand implements Runnable {
  @ParentCommand Main main;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Imports a customer file (CSV, TSV or JSON lines; columns as for `cordon batch`, plus an id column",
          "with the customer's stable id) and screens the new and changed parties against the active lists.",
          "Unchanged parties are not screened again. A file with any bad row is rejected as a whole."})
  static final class Import implements Callable<Integer> {
    @ParentCommand PartiesCommand parent;

    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--format", paramLabel = "F", description = "csv, tsv or jsonl (default: from the file name)")
    String format;

    @Option(names = "--column", paramLabel = "FIELD=HEADER", description = "map a column, e.g. id=\"Customer No\"")
    List<String> columns = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "T", defaultValue = CaseServices.DEFAULT_THRESHOLD_TEXT,
        description = "hits scoring at or above T raise alerts (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--as", paramLabel = "USER", description = "user to record as the importer (default: system)")
    String user;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(file + ": no such file");
      }
      InputFormat fmt = format == null ? InputFormat.forFile(file) : InputFormat.parse(format);
      ColumnMapping mapping = ColumnMapping.parse(columns);
      int bad = check(fmt, mapping);
      if (bad > 0) {
        System.err.println("cordon parties import: " + file + ": " + bad + " bad row(s); nothing imported");
        return 2;
      }
      try (Home home = Home.open(parent.main)) {
        CaseService cases = Cases.service(home, threshold);
        Actor actor = user == null ? Actor.SYSTEM : cases.actor(user);
        Cases.runPending(home, Cases.service(home, CaseServices.DEFAULT_THRESHOLD), System.out);
        try (PartyInputReader reader = PartyInputReader.open(file, fmt, mapping)) {
          CaseService.ImportResult r = cases.importParties(actor, file.getFileName().toString(), PartyRows.parties(reader));
          System.out.printf("%s: %d parties read: %d new, %d changed, %d unchanged; %d alerts raised, "
              + "%d suppressed by the good-guy list (run %d)%n", file.getFileName(), r.read(), r.added(), r.changed(),
              r.unchanged(), r.alerts(), r.suppressed(), r.runId());
        }
      }
      return 0;
    }

    /** First pass: every row readable and with an id, else report them all and import nothing. */
    private int check(InputFormat fmt, ColumnMapping mapping) throws IOException {
      PartyRows.Check check;
      try (PartyInputReader reader = PartyInputReader.open(file, fmt, mapping)) {
        check = PartyRows.check(reader, mapping, 20);
      }
      check.shown().forEach(p -> System.err.println(file + ":" + p.line() + ": " + p.message()));
      if (check.noIdColumn()) {
        throw new IllegalArgumentException(file + ": no id column (the customer's stable id; name it id or map "
            + "it with --column id=HEADER)");
      }
      return check.bad();
    }
  }

  @Command(name = "screen", mixinStandardHelpOptions = true,
      description = "Screens one party of the book again now against the active lists.")
  static final class Screen implements Callable<Integer> {
    @ParentCommand PartiesCommand parent;

    @Parameters(paramLabel = "ID", description = "the party's external id") String id;

    @Option(names = "--as", paramLabel = "USER", required = true, description = "acting user (analyst or admin)")
    String user;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = CaseServices.DEFAULT_THRESHOLD_TEXT, description = "default: ${DEFAULT-VALUE}")
    double threshold;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        CaseService cases = Cases.service(home, threshold);
        Cases.runPending(home, Cases.service(home, CaseServices.DEFAULT_THRESHOLD), System.out);
        CaseService.ScreeningOutcome r = cases.screenParty(cases.actor(user), id);
        r.hits().forEach(h -> System.out.printf("%.3f  %s  %s%n", h.score(), h.entity().id(), h.entity().caption()));
        System.out.printf("%d hits, %d new alerts, %d suppressed (run %d)%n", r.hits().size(), r.alerts(),
            r.suppressed(), r.runId());
      }
      return 0;
    }
  }
}
