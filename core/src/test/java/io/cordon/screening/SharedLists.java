package io.cordon.screening;

import io.cordon.index.AnalyzerKeys;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.match.Scorers;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.testing.SharedData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real lists of the quality tests, read once per test JVM and shared by the test classes (the
 * big index is the slow part of these tests).
 */
final class SharedLists {
  private SharedLists() {}

  static final String OFAC_2024 = "ofac_sdn_csv_2024-05-03";
  static final String OFAC_CONS = "ofac_consolidated_nonsdn_2025-12";
  static final String UN = "un_sc_consolidated_2026-02-27/UN_consolidated.xml";
  static final String UK_2018 = "uk_hmt_conlist_2018-04-13/sanctionsconlist.csv";

  private static final Map<String, ListFormat> FORMATS = Map.of(
      OFAC_2024, ListFormat.OFAC_SDN_CSV, OFAC_CONS, ListFormat.OFAC_CONS_CSV,
      UN, ListFormat.UN_SC_XML, UK_2018, ListFormat.UK_HMT_CSV);

  private static final Map<String, IndexInput> LISTS = new ConcurrentHashMap<>();
  private static final Map<List<String>, Screener> SCREENERS = new ConcurrentHashMap<>();

  static synchronized IndexInput list(String file) {
    return LISTS.computeIfAbsent(file, f -> {
      try {
        ListFormat fmt = FORMATS.get(f);
        return new IndexInput("test-" + f.replace('/', '-'), fmt.defaultSource(),
            ListAdapters.load().read(SharedData.path(f), Optional.of(fmt)).entities());
      } catch (Exception e) {
        throw new AssertionError("cannot read " + f + ": " + e, e);
      }
    });
  }

  /** A screener with the standard keys and scorer over these lists (built once per set). */
  static synchronized Screener screener(String... files) {
    return SCREENERS.computeIfAbsent(List.of(files), fs -> {
      List<IndexInput> inputs = new ArrayList<>();
      fs.forEach(f -> inputs.add(list(f)));
      var index = LuceneIndexes.inMemory(inputs, AnalyzerKeys.standard());
      index.preload();
      return new Screener(IndexSource.of(new IndexHolder(index)), Scorers.standard(), Clock.systemUTC(),
          Screener.Settings.DEFAULTS);
    });
  }
}
