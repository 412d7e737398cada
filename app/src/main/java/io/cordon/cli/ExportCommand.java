package io.cordon.cli;

import io.cordon.catalog.Catalog;
import io.cordon.catalog.Merge;
import io.cordon.catalog.Snapshot;
import io.cordon.model.Entity;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cordon export}: the entities of snapshots as FtM JSON lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the entities of the active snapshot (or the one in force on --as-of) of SOURCE,",
        "or of every source, as FollowTheMoney JSON lines: targets and link records (Sanction, Ownership...).",
        "With several sources, an id published by more than one is written once, its values merged."})
final class ExportCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(arity = "0..1", paramLabel = "SOURCE", description = "source name (default: all sources)")
  String source;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the snapshots in force on this date (YYYY-MM-DD)")
  LocalDate asOf;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "output file (default: standard output)")
  Path output;

  @Override
  public Integer call() throws Exception {
    try (Home home = Home.open(main)) {
      Catalog catalog = home.catalog();
      List<Snapshot> snaps = snapshots(catalog);
      Path tmp = null;
      Writer w;
      if (output != null) {
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // write beside the target and move: a failed export never leaves a half file under its name
        tmp = Files.createTempFile(dir, ".export-", ".tmp");
        w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
      } else {
        w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
      }
      long n = 0;
      try {
        if (snaps.size() == 1) {
          for (Entity e : catalog.entities(snaps.get(0).id())) { // streamed as stored: ids are unique
            w.write(io.cordon.model.FtmJson.write(e));
            w.write('\n');
            n++;
          }
        } else {
          // Several sources may publish one id (a custom list built from OFAC ids): one FtM stream
          // carries each id once, merged as FtM does.
          List<Entity> all = new ArrayList<>();
          for (Snapshot s : snaps) {
            all.addAll(catalog.entities(s.id()));
          }
          Merge.Result merged = Merge.all(all);
          for (String c : merged.conflicts()) {
            System.err.println("cordon export: warning: id " + c + ": schemata cannot be merged, kept the first");
          }
          for (Entity e : merged.entities()) {
            w.write(io.cordon.model.FtmJson.write(e));
            w.write('\n');
            n++;
          }
        }
        w.flush();
      } finally {
        if (output != null) {
          w.close();
        }
      }
      if (tmp != null) {
        Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.err.printf("exported %d entities from %d snapshot(s) to %s%n", n, snaps.size(), output);
      }
    }
    return 0;
  }

  private List<Snapshot> snapshots(Catalog catalog) {
    List<String> sources = source == null ? catalog.sources() : List.of(source);
    if (source != null && !catalog.sources().contains(source)) {
      throw new IllegalArgumentException("no snapshot of source " + source + "; known: " + catalog.sources());
    }
    List<Snapshot> out = new ArrayList<>();
    for (String s : sources) {
      Optional<Snapshot> snap = asOf == null ? catalog.active(s) : catalog.asOf(s, asOf);
      snap.ifPresent(out::add);
      if (snap.isEmpty() && source != null) {
        throw new IllegalArgumentException("no snapshot of " + s + " was in force on " + asOf);
      }
    }
    return out;
  }
}
