package io.cordon.cli;

import io.cordon.cases.CaseServices;
import io.cordon.catalog.ImportPolicy;
import io.cordon.catalog.ImportRejectedException;
import io.cordon.catalog.ImportRequest;
import io.cordon.catalog.ImportResult;
import io.cordon.catalog.Importer;
import io.cordon.sources.ListFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cordon import PATH...}: each list file (or OFAC CSV folder) becomes a snapshot of its source. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Imports list files into the catalog: each becomes an immutable snapshot of its source.",
        "A file with an older publication date goes to history; the same bytes again are 'unchanged'.",
        "A list that fails a list check (end marker, size, removals, a future date; see docs/reliability.md)",
        "is rejected naming the check, unless --force (recorded in the audit log).",
        "Exit code 1 when any file is rejected."})
final class ImportCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "list file, or a folder holding an OFAC CSV set")
  List<Path> paths;

  @Option(names = "--source", paramLabel = "NAME", description = "source name (default: from the format, e.g. us_ofac_sdn)")
  String source;

  @Option(names = "--format", paramLabel = "F", description = "list format (default: detected), e.g. ofac-sdn-csv")
  String format;

  @Option(names = "--published", paramLabel = "DATE",
      description = "publication date (YYYY-MM-DD) for files that carry none (OFAC CSV)")
  LocalDate published;

  @Option(names = "--force", description = "import even when list checks fail (recorded in the audit log)")
  boolean force;

  @Option(names = "--max-drop", paramLabel = "PERCENT",
      description = "reject a list whose target count falls by more than this (default 50%%, or "
          + "import.default.max-drop-percent in cordon.properties)")
  Double maxDrop;

  @Override
  public Integer call() throws Exception {
    Optional<ListFormat> fmt = Optional.ofNullable(format).map(ListFormat::parse);
    int rejected = 0;
    try (Home home = Home.open(main)) {
      ImportPolicy policy = home.importPolicy();
      if (maxDrop != null) {
        policy = new ImportPolicy(policy.defaults().with("max-drop-percent", maxDrop.toString()), policy.sources());
      }
      io.cordon.cases.CaseService cases = Cases.service(home, CaseServices.DEFAULT_THRESHOLD);
      Cases.runPending(home, cases, System.out); // re-screens an earlier import left undone
      Importer importer = home.importer(policy, List.of(Cases.rescreenOnChange(home, System.out)));
      for (Path p : paths) {
        ImportRequest req = new ImportRequest(p, Optional.ofNullable(source), fmt,
            Optional.ofNullable(published), force);
        try {
          ImportResult r = importer.importList(req);
          auditOverrides(cases, r, p);
          print(r);
        } catch (ImportRejectedException e) {
          rejected++;
          System.err.println("cordon import: " + e.getMessage());
        }
      }
    }
    return rejected == 0 ? 0 : 1;
  }

  /** A forced import and the restore of a list after one are recorded in the audit log. */
  static void auditOverrides(io.cordon.cases.CaseService cases, ImportResult r, Path file) {
    String who = "os-user=" + System.getProperty("user.name", "?") + " file=" + file.toAbsolutePath().normalize();
    if (!r.forced().isEmpty()) {
      cases.recordAudit(io.cordon.cases.Actor.SYSTEM, "list-import-forced", "snapshot:" + r.snapshot().id(),
          who + " overrode: " + String.join("; ", r.forced()));
    }
    if (r.restored()) {
      cases.recordAudit(io.cordon.cases.Actor.SYSTEM, "list-restore", "snapshot:" + r.snapshot().id(), who);
    }
  }

  static void print(ImportResult r) {
    var s = r.snapshot();
    System.out.printf("%-24s %-30s targets %6d  records %6d  published %-10s  %s%n", s.source(), s.id(),
        s.targets(), s.records(), s.published().map(LocalDate::toString).orElse("-"), r.outcome().label());
    for (String w : r.warnings()) {
      System.err.println("  warning: " + w);
    }
    for (String f : r.forced()) {
      System.err.println("  forced: " + f);
    }
    if (r.restored()) {
      System.err.println("  restored: this list replaces the one forced in before");
    }
  }
}
