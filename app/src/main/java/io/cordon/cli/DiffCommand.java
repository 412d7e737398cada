package io.cordon.cli;

import io.cordon.catalog.Catalog;
import io.cordon.catalog.CatalogJson;
import io.cordon.catalog.Delta;
import io.cordon.catalog.Snapshot;
import io.cordon.common.Json;
import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cordon diff SOURCE [FROM TO]}: what changed between two snapshots of a source. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Entities added, removed and changed (with the changed properties) between two snapshots.",
        "FROM and TO are snapshot ids or dates (the snapshot in force on that date).",
        "Default: the snapshot before the active one, against the active one."})
final class DiffCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "SOURCE")
  String source;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FROM")
  String from;

  @Parameters(index = "2", arity = "0..1", paramLabel = "TO")
  String to;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--all", description = "also list link records (Sanction, Ownership...), not only targets")
  boolean all;

  @Override
  public Integer call() throws Exception {
    if ((from == null) != (to == null)) {
      throw new IllegalArgumentException("give both FROM and TO, or neither");
    }
    try (Home home = Home.open(main)) {
      Catalog catalog = home.catalog();
      Snapshot b;
      Snapshot a;
      if (from == null) {
        b = catalog.active(source).orElseThrow(() -> new IllegalArgumentException("no snapshot of source " + source
            + "; known: " + catalog.sources()));
        a = catalog.previous(b).orElseThrow(() -> new IllegalArgumentException("source " + source
            + " has only one snapshot (" + b.id() + "): nothing to compare"));
      } else {
        a = resolve(catalog, from);
        b = resolve(catalog, to);
      }
      Delta d = Delta.between(catalog, a, b);
      if (json) {
        String active = catalog.active(source).map(Snapshot::id).orElse("");
        System.out.println(Json.PRETTY.writeValueAsString(CatalogJson.delta(d, active, this::shown)));
      } else {
        printText(d);
      }
    }
    return 0;
  }

  private Snapshot resolve(Catalog catalog, String ref) {
    var byId = catalog.snapshot(ref);
    if (byId.isPresent()) {
      if (!byId.get().source().equals(source)) {
        throw new IllegalArgumentException("snapshot " + ref + " belongs to source " + byId.get().source());
      }
      return byId.get();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(ref);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("no snapshot '" + ref + "' (give a snapshot id from `cordon sources "
          + "--history` or a date YYYY-MM-DD)");
    }
    return catalog.asOf(source, date).orElseThrow(() ->
        new IllegalArgumentException("no snapshot of " + source + " was in force on " + date));
  }

  private boolean shown(Entity e) {
    return all || Schemata.isScreenable(e.schema());
  }

  private void printText(Delta d) {
    System.out.printf("%s: %s (%s) -> %s (%s)%n", source, d.from().id(), d.from().effectiveDate(),
        d.to().id(), d.to().effectiveDate());
    System.out.printf("targets: %d added, %d removed, %d changed; all records: %d added, %d removed, %d changed%n",
        d.addedTargets().size(), d.removedTargets().size(), d.changedTargets().size(),
        d.added().size(), d.removed().size(), d.changed().size());
    for (Entity e : d.added()) {
      if (shown(e)) {
        System.out.printf("+ %s %s %s%n", e.id(), e.schema(), label(e));
      }
    }
    for (Entity e : d.removed()) {
      if (shown(e)) {
        System.out.printf("- %s %s %s%n", e.id(), e.schema(), label(e));
      }
    }
    for (Delta.Change c : d.changed()) {
      if (shown(c.after())) {
        System.out.printf("~ %s %s %s: %s%n", c.id(), c.after().schema(), c.after().caption(),
            String.join(", ", c.properties()));
      }
    }
  }

  /** The caption, then up to three other names, so that a transliterated caption is still recognisable. */
  static String label(Entity e) {
    String caption = e.caption();
    List<String> aka = e.names().stream().filter(n -> !n.equals(caption)).limit(3).toList();
    return aka.isEmpty() ? caption : caption + " (a.k.a. " + String.join("; ", aka) + ")";
  }
}
