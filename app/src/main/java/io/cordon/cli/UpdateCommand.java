package io.cordon.cli;

import io.cordon.cases.CaseServices;
import io.cordon.catalog.update.HttpFetcher;
import io.cordon.catalog.update.Mirror;
import io.cordon.catalog.update.OfficialSource;
import io.cordon.catalog.update.OfficialSources;
import io.cordon.catalog.update.Updater;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cordon update}: downloads the official lists and imports them. */
@Command(name = "update", mixinStandardHelpOptions = true,
    description = {"Downloads each official list from its publisher (or a mirror) and imports it.",
        "Conditional requests skip unchanged lists; a failed or bad download leaves the active snapshot as it is.",
        "Sources and URLs: built in, overridable in <home>/sources.yaml (see --list).",
        "Exit code 1 when any source failed."})
final class UpdateCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--mirror", paramLabel = "DIR-or-URL",
      description = "fetch the files from this folder or base URL instead of the publishers")
  String mirror;

  @Option(names = "--only", split = ",", paramLabel = "SOURCES", description = "only these sources (comma-separated)")
  List<String> only;

  @Option(names = "--list", description = "print the configured sources and URLs, fetch nothing")
  boolean list;

  @Option(names = "--force", description = "import even when list checks fail (recorded in the audit log)")
  boolean force;

  @Option(names = "--connect-timeout", defaultValue = "15", paramLabel = "SECONDS")
  double connectTimeout;

  @Option(names = "--read-timeout", defaultValue = "60", paramLabel = "SECONDS",
      description = "give up when nothing arrived for this long (default: ${DEFAULT-VALUE})")
  double readTimeout;

  @Option(names = "--retries", defaultValue = "3", paramLabel = "N", description = "attempts per file (default: ${DEFAULT-VALUE})")
  int attempts;

  @Option(names = "--backoff", defaultValue = "2", paramLabel = "SECONDS",
      description = "wait before the 2nd attempt, doubled for each further one (default: ${DEFAULT-VALUE})")
  double backoff;

  @Option(names = "--max-size", defaultValue = "512", paramLabel = "MB", description = "largest accepted file (default: ${DEFAULT-VALUE})")
  double maxMb;

  @Override
  public Integer call() throws Exception {
    HttpFetcher.Config cfg = new HttpFetcher.Config(seconds(connectTimeout), seconds(readTimeout), attempts,
        seconds(backoff), Math.round(maxMb * (1 << 20)));
    Optional<Mirror> m = Optional.ofNullable(mirror).map(Mirror::parse);
    try (Home home = Home.open(main); HttpFetcher fetcher = new HttpFetcher(cfg)) {
      Map<String, OfficialSource> all = OfficialSources.withOverrides(home.dir().resolve("sources.yaml"));
      List<OfficialSource> chosen = choose(all);
      if (list) {
        for (OfficialSource s : chosen) {
          System.out.printf("%-24s %s%n", s.name(), s.format().label());
          s.files().forEach(f -> System.out.printf("    %s -> %s%n", f.url(), f.file()));
        }
        return 0;
      }
      io.cordon.cases.CaseService cases = Cases.service(home, CaseServices.DEFAULT_THRESHOLD);
      Cases.runPending(home, cases, System.out); // re-screens an earlier import left undone
      Updater updater = new Updater(
          home.importer(home.importPolicy(), List.of(Cases.rescreenOnChange(home, System.out))), home.store().downloads(),
          fetcher, home.clock(), home.dir().resolve("tmp"));
      HttpFetcher.Progress progress = System.console() != null ? new Bar() : HttpFetcher.Progress.NONE;
      int failed = 0;
      for (OfficialSource s : chosen) {
        Updater.Report r = updater.update(s, m, force, progress);
        switch (r.status()) {
          case IMPORTED -> {
            ImportCommand.auditOverrides(cases, r.result().orElseThrow(), home.dir().resolve("tmp"));
            ImportCommand.print(r.result().orElseThrow());
          }
          case NOT_MODIFIED -> System.out.printf("%-24s not modified%n", s.name());
          case FAILED -> {
            failed++;
            System.out.printf("%-24s FAILED%n", s.name());
            System.err.println("cordon update: " + s.name() + ": " + r.message());
          }
        }
      }
      return failed == 0 ? 0 : 1;
    }
  }

  private List<OfficialSource> choose(Map<String, OfficialSource> all) {
    if (only == null || only.isEmpty()) {
      return new ArrayList<>(all.values());
    }
    List<OfficialSource> out = new ArrayList<>();
    for (String name : only) {
      OfficialSource s = all.get(name.strip());
      if (s == null) {
        throw new IllegalArgumentException("unknown source '" + name + "'; configured: " + all.keySet());
      }
      out.add(s);
    }
    return out;
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }

  /** A progress bar on the terminal, one per file. */
  private static final class Bar implements HttpFetcher.Progress {
    private volatile ProgressBar bar;

    @Override
    public void start(String label, long total) {
      done();
      bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setUnit("KB", 1024).setUpdateIntervalMillis(200).build();
    }

    @Override
    public void advance(long bytes) {
      ProgressBar b = bar;
      if (b != null) {
        b.stepBy(bytes);
      }
    }

    @Override
    public void done() {
      ProgressBar b = bar;
      bar = null;
      if (b != null) {
        b.close();
      }
    }
  }
}
