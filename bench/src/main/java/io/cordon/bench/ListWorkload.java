package io.cordon.bench;

import io.cordon.index.AnalyzerKeys;
import io.cordon.index.CandidateIndex;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.screening.IndexSource;
import io.cordon.screening.Screener;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The list side of a JMH screening workload: shared list files read in place, one index input per
 * list, and every entity read (for workloads that sample queries from the lists).
 */
record ListWorkload(List<IndexInput> inputs, List<Entity> entities) {

  /** One shared list file: its path below {@code shared/data} and its format. */
  record ListFile(String path, ListFormat format) {}

  /** {@code shared/data}: {@code -Dcordon.shared=PATH}, else {@code ../shared}. */
  static Path sharedData() {
    return Path.of(System.getProperty("cordon.shared", "../shared"), "data");
  }

  static ListWorkload read(Path data, ListFile... files) throws IOException, ListFormatException {
    ListAdapters adapters = ListAdapters.load();
    List<IndexInput> inputs = new ArrayList<>();
    List<Entity> all = new ArrayList<>();
    for (ListFile l : files) {
      List<Entity> es = adapters.read(data.resolve(l.path()), Optional.of(l.format())).entities();
      inputs.add(new IndexInput("bench-" + l.path(), l.format().defaultSource(), es));
      all.addAll(es);
    }
    return new ListWorkload(List.copyOf(inputs), List.copyOf(all));
  }

  /** A preloaded temporary Lucene index over the lists (standard analyzer keys). */
  CandidateIndex preloadedIndex() {
    CandidateIndex index = LuceneIndexes.temporary(inputs, AnalyzerKeys.standard());
    index.preload();
    return index;
  }

  /** The screener {@code cordon screen} and {@code batch} run, with default settings, over {@code holder}. */
  static Screener standardScreener(IndexHolder holder) {
    return new Screener(IndexSource.of(holder), Scorers.standard(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
  }
}
