package io.cordon.bench;

import io.cordon.catalog.InMemoryCatalog;
import io.cordon.index.AnalyzerKeys;
import io.cordon.index.lucene.IndexCache;
import io.cordon.match.MatchQuery;
import io.cordon.match.Scorers;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import io.cordon.screening.Screener;
import io.cordon.screening.payment.Element;
import io.cordon.screening.payment.Embargoes;
import io.cordon.screening.payment.MessageReader;
import io.cordon.screening.payment.PaymentScreening;
import io.cordon.screening.payment.ReadMessage;
import io.cordon.screening.payment.prowide.ProwideReader;
import io.cordon.sources.ListFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cost of one name screen as a payment filter makes it: every distinct name element of the
 * sample messages (the same lists, policy and query as {@link PaymentBenchmark}), screened in
 * rounds on one thread, CPU time per screen. Warmed up by a number of rounds, not by time (on a
 * loaded machine the JIT lags and a timed warm-up measures the interpreter); the minimum and the
 * median round are printed: the minimum is the figure least disturbed by other processes. The
 * last line is a digest of every result (entity ids and scores) for comparing two builds.
 *
 * <pre>java -Dcordon.shared=../shared -cp bench/target/benchmarks.jar io.cordon.bench.PaymentNameBenchmark</pre>
 */
public final class PaymentNameBenchmark {
  private PaymentNameBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getProperty("cordon.shared", "../shared"), "data");
    Path fixtures = Path.of(System.getProperty("cordon.fixtures", "app/src/test/resources/payments"));
    int warm = Integer.getInteger("cordon.warm", 60);
    int rounds = Integer.getInteger("cordon.rounds", 40);
    InMemoryCatalog catalog = new InMemoryCatalog();
    PaymentBenchmark.commit(catalog, data.resolve("ofac_sdn_csv_2024-05-03"), ListFormat.OFAC_SDN_CSV);
    PaymentBenchmark.commit(catalog, data.resolve("ofac_consolidated_nonsdn_2025-12"), ListFormat.OFAC_CONS_CSV);
    Path tmp = Files.createTempDirectory("cordon-payment-names");
    try (CatalogIndexes indexes = new CatalogIndexes(catalog, new IndexCache(tmp, AnalyzerKeys.standard()))) {
      indexes.refresh();
      Screener screener = new Screener(indexes, Scorers.standard(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
      screener.warm();
      PaymentScreening ps = PaymentScreening.build(catalog, screener, PolicyBook.bundled().get("us"),
          new RuleLoader().loadBundled(), Embargoes.bundled(), null, Clock.systemUTC());
      Set<String> datasets = ps.listings().sources();
      List<String[]> names = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      MessageReader reader = ProwideReader.create();
      List<Path> files = new ArrayList<>();
      try (Stream<Path> a = Files.list(data.resolve("payments/mt")); Stream<Path> b = Files.list(data.resolve("payments/mx"));
           Stream<Path> c = Files.list(fixtures)) {
        Stream.concat(Stream.concat(a, b), c).filter(p -> !p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
      for (Path p : files) {
        for (ReadMessage r : reader.read(Files.readAllBytes(p))) {
          if (r.message() != null) {
            for (Element e : r.message().elements(Element.Kind.NAME)) {
              if (seen.add(e.role().schema() + "\n" + e.value())) {
                names.add(new String[] {e.role().schema(), e.value()});
              }
            }
          }
        }
      }
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      for (int r = 0; r < warm; r++) {
        for (String[] n : names) {
          screen(screener, n, datasets);
        }
      }
      double[] perScreen = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long c0 = mx.getCurrentThreadCpuTime();
        for (String[] n : names) {
          screen(screener, n, datasets);
        }
        perScreen[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / names.size();
      }
      Arrays.sort(perScreen);
      System.out.printf(Locale.ROOT, "%d distinct name elements, %d rounds after %d warm-up rounds: CPU per name screen "
          + "min %.0f us, median %.0f us%n", names.size(), rounds, warm, perScreen[0], perScreen[rounds / 2]);
      int h = 0;
      for (String[] n : names) {
        for (ScreeningResult x : screen(screener, n, datasets).results()) {
          h = 31 * h + (x.entity().id() + "=" + x.score()).hashCode();
        }
      }
      System.out.printf(Locale.ROOT, "results digest %08x%n", h);
    }
  }

  private static ScreeningResponse screen(Screener s, String[] n, Set<String> datasets) {
    return s.screen(new ScreeningQuery(new MatchQuery(n[0], List.of(n[1]), List.of(), List.of(), List.of(), null),
        OptionalDouble.empty(), 3, datasets, Optional.empty()));
  }
}
