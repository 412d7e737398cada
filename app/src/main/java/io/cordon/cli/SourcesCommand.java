package io.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cordon.catalog.Catalog;
import io.cordon.catalog.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cordon sources}: the active snapshot of each source (with --history, every snapshot). */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Lists the active snapshot of each source: id, published, imported, targets, records, sha256.")
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
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String source : catalog.sources()) {
        Snapshot active = catalog.active(source).orElseThrow();
        List<Snapshot> shown = history ? catalog.snapshots(source) : List.of(active);
        for (Snapshot s : shown) {
          rows.add(row(s, s.id().equals(active.id())));
        }
      }
      if (json) {
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
      } else if (rows.isEmpty()) {
        System.out.println("no sources: import a list with `cordon import PATH`");
      } else {
        System.out.printf("%-24s %-30s %-10s %-20s %8s %8s  %s%n",
            "SOURCE", "SNAPSHOT", "PUBLISHED", "IMPORTED", "TARGETS", "RECORDS", history ? "STATE" : "SHA256");
        for (Map<String, Object> r : rows) {
          System.out.printf("%-24s %-30s %-10s %-20s %8d %8d  %s%n", r.get("source"), r.get("snapshot"),
              Optional.ofNullable(r.get("published")).orElse("-"), r.get("imported"), r.get("targets"),
              r.get("records"), history ? ((Boolean) r.get("active") ? "active" : "history") : r.get("sha256"));
        }
      }
    }
    return 0;
  }

  static Map<String, Object> row(Snapshot s, boolean active) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", s.source());
    m.put("snapshot", s.id());
    m.put("format", s.format());
    m.put("published", s.published().map(LocalDate::toString).orElse(null));
    m.put("effective", s.effectiveDate().toString());
    m.put("imported", s.imported().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    m.put("targets", s.targets());
    m.put("records", s.records());
    m.put("sha256", s.sha256());
    m.put("active", active);
    return m;
  }
}
