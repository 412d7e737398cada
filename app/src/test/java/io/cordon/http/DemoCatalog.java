package io.cordon.http;

import io.cordon.catalog.InMemoryCatalog;
import io.cordon.catalog.Snapshot;
import io.cordon.index.AnalyzerKeys;
import io.cordon.index.lucene.IndexCache;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.rules.DemoList;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.Screener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bundled demo list (OFAC entries of 15 April 2021) as an in-memory catalog for route tests:
 * it holds SDN entries and non-SDN Directive 1 bodies, so one snapshot per source
 * ({@code us_ofac_sdn}, {@code us_ofac_cons}), as an import of the real files would give.
 */
final class DemoCatalog {
  private DemoCatalog() {}

  static InMemoryCatalog catalog() {
    InMemoryCatalog catalog = new InMemoryCatalog();
    Map<String, List<Entity>> bySource = new TreeMap<>();
    for (Entity e : DemoList.entities()) {
      String source = e.datasets().stream().filter(d -> d.startsWith("us_ofac")).findFirst().orElse("us_ofac_sdn");
      bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(e);
    }
    bySource.forEach((source, list) -> catalog.commit(new Snapshot(source + "-demo", source, "custom-yaml",
        "0".repeat(64), Optional.of(LocalDate.of(2021, 4, 15)), Instant.parse("2021-04-16T00:00:00Z"), list.size(),
        list.size()), list));
    return catalog;
  }

  /** The standard screener over the catalog's active snapshots, its index kept under {@code indexDir}. */
  static Screener screener(InMemoryCatalog catalog, Path indexDir) {
    CatalogIndexes indexes = new CatalogIndexes(catalog, new IndexCache(indexDir, AnalyzerKeys.standard()));
    indexes.refresh();
    return new Screener(indexes, Scorers.standard(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
  }
}
