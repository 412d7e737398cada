package io.cordon.cli;

import io.cordon.access.Access;
import io.cordon.access.ApiKeys;
import io.cordon.catalog.ImportPolicy;
import io.cordon.catalog.ImportRequest;
import io.cordon.catalog.ImportResult;
import io.cordon.cases.CaseService;
import io.cordon.http.CaseRoutes;
import io.cordon.http.CatalogListView;
import io.cordon.http.TradeRoutes;
import io.cordon.http.PaymentRoutes;
import io.cordon.screening.payment.Embargoes;
import io.cordon.http.ui.UiRoutes;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.http.CordonServer;
import io.cordon.http.HealthRoutes;
import io.cordon.http.HttpOptions;
import io.cordon.http.JobRoutes;
import io.cordon.screening.jobs.JobRunner;
import io.cordon.http.OpenApiRoute;
import io.cordon.http.ServerConfig;
import io.cordon.http.V1Routes;
import io.cordon.http.YenteRoutes;
import io.cordon.index.lucene.IndexCache;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.NoListsException;
import io.cordon.screening.Screener;
import io.micrometer.core.instrument.Gauge;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon serve}: the HTTP server (yente-compatible API, /v1 API, metrics, analyst UI) on the
 * home's store. On an empty home it loads the bundled demo list so that there is something to
 * screen; it picks up lists imported later (by {@code cordon import} in another shell) on its own.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Starts the HTTP server: yente-compatible /match, /search, /entities; /v1 API; /metrics; analyst UI.")
final class ServeCommand implements Callable<Integer> {
  static final String DEMO = "/io/cordon/demo/eo14024-2021-04-15.yaml";

  @ParentCommand Main main;

  @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE})", defaultValue = "8000")
  int port;

  @Option(names = "--bind", description = "address to listen on (default ${DEFAULT-VALUE}; use 0.0.0.0 to expose)",
      defaultValue = "127.0.0.1")
  String bind;

  @Option(names = "--no-auth", description = "do not require API keys (local experiments only)")
  boolean noAuth;

  @Option(names = "--refresh-seconds", defaultValue = "10",
      description = "how often to look for newly imported lists (default ${DEFAULT-VALUE})")
  int refreshSeconds;

  @Option(names = "--max-queries", defaultValue = "1000", description = "most queries per /match or batch request")
  int maxQueries;

  @Option(names = "--no-demo", description = "do not load the bundled demo list into an empty home")
  boolean noDemo;

  @Option(names = "--job-threads", description = "screening threads of the background job runner (default: cores)")
  Integer jobThreads;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "let browser pages from this origin call the API (repeatable; '*' for any, as yente does)")
  List<String> corsOrigins = new java.util.ArrayList<>();

  @Option(names = "--no-access-log", description = "do not log one line per request")
  boolean noAccessLog;

  @Option(names = "--max-job-mb", defaultValue = "1024", description = "largest file accepted by POST /v1/jobs, in MB")
  long maxJobMb;

  /** A started server: what to print on first start, and how to stop it (the home stays open). */
  record Running(CordonServer server, int sources, Optional<String> adminPassword, String firstKey, Runnable stop) {}

  @Override
  public Integer call() throws Exception {
    if (refreshSeconds < 1) {
      throw new IllegalArgumentException("--refresh-seconds must be at least 1");
    }
    Home home = Home.open(main);
    Running running = start(home);
    String base = "http://" + bind + ":" + running.server().port();
    System.out.println("Cordon is serving " + running.sources() + " source(s) at " + base);
    // First-start secrets go to an owner-only file, never to stdout (terminal scrollback, log collectors).
    if (running.adminPassword().isPresent()) {
      Path f = Cases.writeSecret(home, "UI user 'admin' password: " + running.adminPassword().get());
      System.out.println("First start: analyst UI at " + base + "/ui, user 'admin'; its password is in " + f
          + " (readable by you only; delete it once you have changed the password)");
    }
    if (running.firstKey() != null) {
      Path f = Cases.writeSecret(home, "API key 'admin' (screening only): " + running.firstKey());
      System.out.println("First start: API key 'admin' (screening only, stored hashed) is in " + f);
    }
    System.out.println("Try: curl -s -H 'Authorization: ApiKey <key>' -H 'Content-Type: application/json' "
        + base + "/match/default -d '{\"queries\":{\"q1\":{\"schema\":\"Company\",\"properties\":{\"name\":[\"Positive Technologies\"]}}}}'");
    System.out.println("Stop with Ctrl-C.");

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.stop().run();
      home.close();
      stopped.countDown();
    }, "cordon-shutdown"));
    stopped.await();
    return 0;
  }

  /** Starts everything {@code cordon serve} runs on an open home (tests start it in-process). */
  Running start(Home home) throws Exception {
    if (home.catalog().sources().isEmpty() && !noDemo) {
      loadDemo(home);
    }
    CatalogIndexes indexes = new CatalogIndexes(home.catalog(), new IndexCache(home.dir(), Engine.keys()));
    CatalogListView lists = new CatalogListView(home.catalog());
    refresh(indexes, lists);
    Map<String, Screener> screeners = new LinkedHashMap<>();
    Screener standard = new Screener(indexes, Engine.scorer("standard"), home.clock(), Screener.Settings.DEFAULTS);
    screeners.put(standard.scorer().name(), standard);
    Screener ofac = new Screener(indexes, Engine.scorer("ofac"), home.clock(), Screener.Settings.DEFAULTS);
    if (!indexes.currentSnapshotIds().isEmpty()) {
      // Prepare the listed entities now rather than in the first requests (seconds on full lists).
      standard.warm();
    }
    screeners.put(ofac.scorer().name(), ofac);

    CaseService cases = Cases.service(home, standard);
    Access access = Cases.access(home);
    Optional<String> adminPassword = access.bootstrapAdmin("admin");
    // Re-screens that an import left pending (killed after its commit) run before serving.
    Cases.runPending(home, cases, System.out);

    ApiKeys keys = Cases.auditedKeys(home, cases);
    String firstKey = null;
    if (!noAuth && keys.list().isEmpty()) {
      firstKey = keys.create("admin");
    }
    Map<String, Screener> byAlgorithm = Map.of("standard", standard, "default", standard, "best", standard,
        "logic-v2", standard, standard.scorer().name(), standard, "ofac", ofac);
    JobRunner jobs = new JobRunner(home.store().jobs(), home.dir().resolve("jobs"), name -> {
      Screener s = byAlgorithm.get(name.toLowerCase(java.util.Locale.ROOT));
      if (s == null) {
        throw new IllegalArgumentException("unknown algorithm '" + name + "': use standard or ofac");
      }
      return s;
    }, jobThreads != null ? jobThreads : Runtime.getRuntime().availableProcessors(), home.clock()).start();
    // held payment messages (POST /v1/screen/message) go to the case queue; the UI shows them
    io.cordon.cases.MessageQueue messageQueue = new io.cordon.cases.MessageQueue(home.caseStore(), home.clock());
    ServerConfig config = ServerConfig.defaults().withBind(bind).withPort(port).withApiKeyRequired(!noAuth);
    List<CordonServer.Routes> routes = CordonServer.routes(
        new HealthRoutes(() -> indexes.currentSnapshotIds().isEmpty()
            ? Optional.of("no lists loaded: import lists with 'cordon import' or 'cordon update'") : Optional.empty()),
        new YenteRoutes(screeners, lists, maxQueries),
        new V1Routes(standard, home.catalog(), maxQueries),
        new CaseRoutes(cases, maxQueries, messageQueue),
        new TradeRoutes(home.catalog(), standard, new RuleLoader().loadBundled(), PolicyBook.bundled(), home.clock()),
        new PaymentRoutes(home.catalog(), standard, new RuleLoader().loadBundled(), PolicyBook.bundled(),
            Embargoes.bundled(), home.clock(), messageQueue),
        new UiRoutes(cases, access, standard, home.catalog(), home.clock(), messageQueue),
        new JobRoutes(jobs, home.dir().resolve("jobs").resolve("uploads"), maxJobMb * 1024 * 1024),
        new OpenApiRoute());
    CordonServer server = CordonServer.start(config, keys, routes,
        HttpOptions.defaults().withCorsOrigins(corsOrigins).withAccessLog(!noAccessLog));
    server.meters(registry -> Gauge.builder("cordon_snapshot_age_seconds", lists, l -> l.sources().stream()
            .mapToLong(s -> Duration.between(s.imported(), home.clock().instant()).getSeconds()).max().orElse(-1))
        .description("age of the oldest active snapshot since import").register(registry));

    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "cordon-list-refresh");
      t.setDaemon(true);
      return t;
    });
    poller.scheduleWithFixedDelay(() -> refresh(indexes, lists), refreshSeconds, refreshSeconds, TimeUnit.SECONDS);

    return new Running(server, lists.sources().size(), adminPassword, firstKey, () -> {
      poller.shutdownNow();
      server.close();
      jobs.close();
      indexes.close();
    });
  }

  private static void refresh(CatalogIndexes indexes, CatalogListView lists) {
    try {
      indexes.refresh();
      lists.refresh();
    } catch (NoListsException e) {
      // Nothing imported yet: /readyz says so until lists arrive.
    } catch (RuntimeException e) {
      // Keep serving the lists already loaded; the next poll tries again.
      org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("refreshing lists failed: {}", e.getMessage());
    }
  }

  private static void loadDemo(Home home) throws Exception {
    Path demo = home.dir().resolve("demo-eo14024-2021-04-15.yaml");
    try (InputStream in = ServeCommand.class.getResourceAsStream(DEMO)) {
      if (in == null) {
        System.err.println("cordon serve: no lists imported and no demo list bundled; import lists with 'cordon import'");
        return;
      }
      Files.copy(in, demo, StandardCopyOption.REPLACE_EXISTING);
    }
    ImportResult r = home.importer(ImportPolicy.DEFAULT, List.of()).importList(ImportRequest.of(demo));
    System.out.println("Empty home: loaded the bundled demo list (15 April 2021 EO 14024 designations) as "
        + r.snapshot().id() + ". Import the official lists with 'cordon import' or 'cordon update'.");
  }
}
