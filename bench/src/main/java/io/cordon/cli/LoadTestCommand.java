package io.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.access.InMemoryApiKeys;
import io.cordon.common.Json;
import io.cordon.http.CatalogListView;
import io.cordon.http.CordonServer;
import io.cordon.http.ServerConfig;
import io.cordon.http.YenteRoutes;
import io.cordon.index.lucene.IndexCache;
import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon loadtest}: HTTP throughput against in-process throughput, measured in the same run
 * on the same machine (ratios, since these machines are noisy). Starts the real server on a
 * loopback port with the home's lists, then sends a bounded number of /match requests from N
 * concurrent clients; the in-process baseline screens the same queries with the same Screener.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
    description = "Measures /match over loopback HTTP against in-process screening (same queries, same run).")
final class LoadTestCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--requests", defaultValue = "4000", description = "requests per phase (default ${DEFAULT-VALUE})")
  int requests;

  @Option(names = "--concurrency", defaultValue = "8", description = "concurrent HTTP clients (default ${DEFAULT-VALUE})")
  int concurrency;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  private static final String[] FIRST = {"John", "Maria", "Wei", "Olga", "Ahmed", "Laura", "Peter", "Ana", "Ivan", "Chen"};
  private static final String[] LAST = {"Smith", "Garcia", "Wang", "Novak", "Hassan", "Rossi", "Meyer", "Silva", "Kowalski", "Tanaka"};

  @Override
  public Integer call() throws Exception {
    if (requests < 10 || concurrency < 1 || concurrency > 256) {
      throw new IllegalArgumentException("--requests must be >= 10 and --concurrency 1-256");
    }
    try (Home home = Home.open(main);
         CatalogIndexes indexes = new CatalogIndexes(home.catalog(), new IndexCache(home.dir(), Engine.keys()))) {
      indexes.refresh();
      Screener screener = new Screener(indexes, Engine.scorer("standard"), Clock.systemUTC(), Screener.Settings.DEFAULTS);
      List<MatchQuery> queries = queries(home, requests);
      CatalogListView lists = new CatalogListView(home.catalog());
      lists.refresh();
      Map<String, Screener> screeners = Map.of(screener.scorer().name(), screener);
      InMemoryApiKeys keys = new InMemoryApiKeys(Clock.systemUTC());
      String key = keys.create("loadtest");
      try (CordonServer server = CordonServer.start(ServerConfig.defaults().withPort(0), keys,
          CordonServer.routes(new YenteRoutes(screeners, lists, 100)))) {
        // Warm up both paths so that neither phase pays for JIT compilation alone.
        phase(Math.min(500, queries.size()), concurrency, i -> screener.screen(ScreeningQuery.of(queries.get(i))));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper om = Json.MAPPER;
        String url = "http://127.0.0.1:" + server.port() + "/match/default";
        Task httpTask = i -> {
          MatchQuery q = queries.get(i);
          String body = om.writeValueAsString(Map.of("queries", Map.of("q", Map.of("schema", q.schema(),
              "properties", Map.of("name", q.names())))));
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
              .header("Authorization", "ApiKey " + key).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
          }
        };
        phase(Math.min(500, queries.size()), concurrency, httpTask);
        Result inProcess = phase(queries.size(), concurrency, i -> screener.screen(ScreeningQuery.of(queries.get(i))));
        Result overHttp = phase(queries.size(), concurrency, httpTask);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entitiesIndexed", indexes.currentSnapshotIds());
        out.put("requests", queries.size());
        out.put("concurrency", concurrency);
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("inProcess", inProcess.map());
        out.put("http", overHttp.map());
        out.put("httpToInProcessRatio", Math.round(overHttp.perSecond() / inProcess.perSecond() * 1000) / 1000.0);
        if (json) {
          System.out.println(om.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } else {
          System.out.printf(Locale.ROOT, "in-process: %8.0f screens/s  p50 %6.2f ms  p99 %6.2f ms%n",
              inProcess.perSecond(), inProcess.p50(), inProcess.p99());
          System.out.printf(Locale.ROOT, "HTTP      : %8.0f requests/s p50 %6.2f ms  p99 %6.2f ms%n",
              overHttp.perSecond(), overHttp.p50(), overHttp.p99());
          System.out.printf(Locale.ROOT, "ratio HTTP / in-process: %.3f (%d requests, %d clients, %d cores)%n",
              overHttp.perSecond() / inProcess.perSecond(), queries.size(), concurrency,
              Runtime.getRuntime().availableProcessors());
        }
      }
    }
    return 0;
  }

  /** Listed names (half exact, half with a one-letter typo) and made-up names, in a fixed order. */
  private static List<MatchQuery> queries(Home home, int n) {
    List<Entity> targets = new ArrayList<>();
    for (String s : home.catalog().sources()) {
      home.catalog().active(s).ifPresent(a -> home.catalog().entities(a.id()).stream()
          .filter(e -> Schemata.isScreenable(e.schema()) && !e.names().isEmpty()).forEach(targets::add));
    }
    if (targets.isEmpty()) {
      throw new IllegalStateException("no lists imported: run `cordon import` first");
    }
    Random rnd = new Random(42);
    List<MatchQuery> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i % 3 == 2) {
        out.add(new MatchQuery("Person", List.of(FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]),
            List.of(), List.of(), List.of(), null));
        continue;
      }
      Entity e = targets.get(rnd.nextInt(targets.size()));
      String name = e.names().get(0);
      if (i % 3 == 1 && name.length() > 4) {
        int p = 1 + rnd.nextInt(name.length() - 2);
        name = name.substring(0, p) + name.substring(p + 1);
      }
      out.add(new MatchQuery(e.schema(), List.of(name), List.of(), List.of(), List.of(), null));
    }
    return out;
  }

  @FunctionalInterface
  private interface Task {
    void run(int i) throws Exception;
  }

  private record Result(int count, double seconds, double[] latenciesMs) {
    double perSecond() {
      return count / seconds;
    }

    double p50() {
      return latenciesMs[(int) (latenciesMs.length * 0.50)];
    }

    double p99() {
      return latenciesMs[Math.min(latenciesMs.length - 1, (int) (latenciesMs.length * 0.99))];
    }

    Map<String, Object> map() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("perSecond", Math.round(perSecond()));
      m.put("p50ms", Math.round(p50() * 100) / 100.0);
      m.put("p99ms", Math.round(p99() * 100) / 100.0);
      return m;
    }
  }

  /** Runs {@code count} tasks on {@code threads} named threads; a bounded loop that stops by itself. */
  private static Result phase(int count, int threads, Task task) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ids = new AtomicInteger();
    double[] lat = new double[count];
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "cordon-load-" + ids.incrementAndGet()));
    long start = System.nanoTime();
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < count; ) {
            long t0 = System.nanoTime();
            task.run(i);
            lat[i] = (System.nanoTime() - t0) / 1e6;
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    Arrays.sort(lat);
    return new Result(count, secs, lat);
  }
}
