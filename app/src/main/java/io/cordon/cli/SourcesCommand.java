package io.cordon.cli;

import io.cordon.cases.CaseServices;
import io.cordon.catalog.Catalog;
import io.cordon.catalog.CatalogJson;
import io.cordon.catalog.Snapshot;
import io.cordon.common.Json;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cordon sources}: the active snapshot of each source (with --history, every snapshot). */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Lists the active snapshot of each source: id, published, imported, targets, records, sha256.",
    subcommands = SourcesCommand.Activate.class)
final class SourcesCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--history", description = "list every snapshot of each source, oldest first")
  boolean history;

  @Override
  public Integer call() throws Exception {
    try (Home home = Home.open(main)) {
      Catalog catalog = home.catalog();
      List<Snapshot> rows = new ArrayList<>();
      List<Boolean> actives = new ArrayList<>();
      for (String source : catalog.sources()) {
        Snapshot active = catalog.active(source).orElseThrow();
        List<Snapshot> shown = history ? catalog.snapshots(source) : List.of(active);
        for (Snapshot s : shown) {
          rows.add(s);
          actives.add(s.id().equals(active.id()));
        }
      }
      if (json) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          out.add(CatalogJson.snapshot(rows.get(i), actives.get(i)));
        }
        System.out.println(Json.PRETTY.writeValueAsString(out));
      } else if (rows.isEmpty()) {
        System.out.println("no sources: import a list with `cordon import PATH`");
      } else {
        System.out.printf("%-24s %-30s %-10s %-20s %8s %8s  %s%n",
            "SOURCE", "SNAPSHOT", "PUBLISHED", "IMPORTED", "TARGETS", "RECORDS", history ? "STATE" : "SHA256");
        for (int i = 0; i < rows.size(); i++) {
          Snapshot s = rows.get(i);
          System.out.printf("%-24s %-30s %-10s %-20s %8d %8d  %s%n", s.source(), s.id(),
              s.published().map(LocalDate::toString).orElse("-"), s.imported().truncatedTo(ChronoUnit.SECONDS),
              s.targets(), s.records(), history ? (actives.get(i) ? "active" : "history") : s.sha256());
        }
      }
    }
    return 0;
  }

  /**
   * {@code cordon sources activate SNAPSHOT}: an operator makes a stored snapshot the active one of its
   * source (back to the previous list after a bad one, or past a list with a wrong future date);
   * audited, and the book is re-screened against the change at once.
   */
  @Command(name = "activate", mixinStandardHelpOptions = true,
      description = {"Makes a stored snapshot (see 'cordon sources --history') the active one of its source,",
          "records it in the audit log and re-screens the customer book against the change."})
  static final class Activate implements Callable<Integer> {
    @ParentCommand SourcesCommand parent;

    @picocli.CommandLine.Parameters(paramLabel = "SNAPSHOT", description = "snapshot id, e.g. us_ofac_sdn-29e83fe61651")
    String snapshot;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        if (home.catalog().snapshot(snapshot).isEmpty()) {
          System.err.println("cordon sources activate: no snapshot '" + snapshot + "' (see 'cordon sources --history')");
          return 1;
        }
        io.cordon.cases.CaseService cases = Cases.service(home, CaseServices.DEFAULT_THRESHOLD);
        Optional<io.cordon.catalog.Activation> a = home.catalog().activate(snapshot, "operator", home.clock().instant());
        if (a.isEmpty()) {
          System.out.println(snapshot + " is already the active snapshot");
          return 0;
        }
        cases.recordAudit(io.cordon.cases.Actor.SYSTEM, "list-activate", "snapshot:" + snapshot, "source="
            + a.get().source() + " previous=" + a.get().previousId().orElse("none") + " os-user="
            + System.getProperty("user.name", "?"));
        System.out.println(snapshot + " is now the active snapshot of " + a.get().source()
            + " (was " + a.get().previousId().orElse("none") + ")");
        Cases.runPending(home, cases, System.out);
      }
      return 0;
    }
  }
}
