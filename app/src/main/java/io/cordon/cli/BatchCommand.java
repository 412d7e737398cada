package io.cordon.cli;

import io.cordon.index.lucene.IndexCache;
import io.cordon.options.BatchScreeningOptions;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.batch.BatchOutput;
import io.cordon.screening.batch.BatchScreening;
import io.cordon.screening.batch.BatchSummary;
import io.cordon.screening.batch.RowOutcome;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.PartyInputReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon batch}: screens a customer file (CSV, TSV or JSON lines) against the active lists,
 * in constant memory, writing results in input order; resumable after an interruption.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Screens a file of parties (CSV, TSV, JSON lines) and writes the results (CSV for people, JSONL for machines).")
final class BatchCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "INPUT", description = "party file: .csv, .tsv or .jsonl")
  Path input;

  @Option(names = {"-o", "--output"}, description = "output file (default: INPUT name + .results.csv / .results.jsonl)")
  Path output;

  @Option(names = "--format", description = "output format: csv (one row per hit, plus no-hit rows) or jsonl (one line per input row)",
      defaultValue = "csv")
  String format;

  @Option(names = "--input-format", description = "csv, tsv or jsonl (default: from the file name)")
  String inputFormat;

  @Option(names = "--column", description = "map a column: FIELD=HEADER, e.g. --column name=\"Customer Name\" (repeatable)")
  List<String> columns = new ArrayList<>();

  @Option(names = "--threads", description = "screening threads (default: number of cores)")
  Integer threads;

  @Mixin BatchScreeningOptions screening;

  @Option(names = "--as-of", description = "screen against the lists in force on this date (YYYY-MM-DD)")
  LocalDate asOf;

  @Option(names = "--resume", description = "continue an interrupted run on the same output without duplicating rows")
  boolean resume;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such file: " + input);
    }
    BatchOutput.Format out = switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> BatchOutput.Format.CSV;
      case "jsonl", "json" -> BatchOutput.Format.JSONL;
      default -> throw new IllegalArgumentException("--format must be csv or jsonl, got '" + format + "'");
    };
    InputFormat in = inputFormat == null ? InputFormat.forFile(input) : InputFormat.parse(inputFormat);
    ColumnMapping mapping = ColumnMapping.parse(columns);
    Path target = output != null ? output
        : input.resolveSibling(input.getFileName() + (out == BatchOutput.Format.CSV ? ".results.csv" : ".results.jsonl"));
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    long skip = 0;
    if (resume) {
      BatchOutput.Checkpoint cp = BatchOutput.readCheckpoint(target);
      if (cp == null) {
        System.err.println("cordon batch: nothing to resume in " + target + "; starting from the beginning");
      } else {
        skip = cp.line();
        System.err.println("cordon batch: resuming after input line " + skip);
      }
    }
    UnaryOperator<ScreeningQuery> options = q -> {
      ScreeningQuery r = screening.applyTo(q);
      return asOf == null ? r : r.withAsOf(asOf);
    };
    try (Home home = Home.open(main);
         CatalogIndexes indexes = new CatalogIndexes(home.catalog(), new IndexCache(home.dir(), Engine.keys()))) {
      indexes.refresh();
      Screener screener = new Screener(indexes, Engine.scorer(screening.algorithm()), home.clock(), Screener.Settings.DEFAULTS);
      BatchSummary s;
      try (PartyInputReader rows = PartyInputReader.open(input, in, mapping);
           BatchOutput writer = BatchOutput.open(target, out, resume && skip > 0);
           ProgressBar bar = progressBar()) {
        BatchScreening batch = new BatchScreening(screener, options, n, home.clock());
        long[] reported = {0};
        s = batch.run(rows, skip, writer, writer::checkpoint, (RowOutcome o) -> {
          if (bar != null) {
            bar.step();
          }
          // Bad rows are named with their line; after 100 only the summary counts them.
          if (!o.screened() && reported[0]++ < 100) {
            System.err.println("line " + o.row().line() + ": " + o.error());
          }
        });
      }
      System.err.printf(Locale.ROOT, "cordon batch: %d rows, %d screened, %d with hits, %d errors%s in %.1f s (%.0f rows/s) -> %s%n",
          s.rows(), s.screened(), s.hits(), s.errors(), s.skipped() > 0 ? ", " + s.skipped() + " skipped (resumed)" : "",
          s.elapsed().toMillis() / 1000.0, s.rowsPerSecond(), target);
    }
    return 0;
  }

  /** A progress bar with rate and ETA on a terminal; none when output is redirected. */
  private static ProgressBar progressBar() {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("screening").setStyle(ProgressBarStyle.ASCII)
        .setUnit(" rows", 1).showSpeed().setInitialMax(-1).build();
  }
}
