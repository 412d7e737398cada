package io.cordon.spark;

import io.cordon.index.AnalyzerKeys;
import io.cordon.options.BatchScreeningOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cordon spark-batch}: screens a customer book on Apache Spark. Embedded on one machine
 * ({@code --master local[N]}, what {@code ./cordon spark-batch} runs) or submitted to a cluster
 * with {@code spark-submit --class io.cordon.spark.SparkBatch cordon-spark-job.jar ...} (the
 * master then comes from spark-submit). See docs/screening.md.
 */
@Command(name = "spark-batch", mixinStandardHelpOptions = true,
    description = "Screens a customer book (CSV, JSON lines, Parquet; local or Hadoop file system URI) on Apache "
        + "Spark against the lists of a Cordon home or list files, and writes OUTPUT/parquet and OUTPUT/jsonl "
        + "(one row per party, the shape of `cordon batch --format jsonl`).")
public final class SparkBatch implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", description = "the book: a file or folder, any URI Spark reads (hdfs://, s3a://, file:)")
  String input;

  @Option(names = {"-o", "--output"}, required = true, description = "output folder (Spark writes OUTPUT/parquet, OUTPUT/jsonl)")
  String output;

  @Option(names = "--master", description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
  String master;

  @Option(names = "--home", description = "Cordon home with the imported lists (default: $CORDON_HOME or ./cordon-home)")
  Path home;

  @Option(names = "--db", description = "JDBC URL of the store instead of the home's H2 file")
  String db;

  @Option(names = "--snapshot", description = "screen against these snapshot ids of the home (repeatable; default: the active ones)")
  List<String> snapshots = new ArrayList<>();

  @Option(names = "--lists", description = "screen against these list files instead of a home: an exported bundle "
      + "(`cordon export`, FtM JSON lines) or any list file Cordon imports (repeatable)")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--delta-of", paramLabel = "SNAPSHOT", description = "screen only against what this snapshot of the "
      + "home added or changed since the one before it (after a list update); only rows with results are written")
  String deltaOf;

  @Option(names = "--input-format", description = "csv, jsonl or parquet (default: from the input name)")
  String inputFormat;

  @Option(names = "--format", defaultValue = "parquet,jsonl", split = ",",
      description = "output formats: parquet, jsonl or both (default: ${DEFAULT-VALUE})")
  List<String> formats;

  @Mixin BatchScreeningOptions screening;

  @Option(names = "--overwrite", description = "replace OUTPUT when it exists")
  boolean overwrite;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command; returns the exit code (0 done, 1 failed, 2 bad usage). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new SparkBatch());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("cordon spark-batch: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return e instanceof IllegalArgumentException ? 2 : 1;
    });
    return cl.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    BookScreening.InputKind kind = BookScreening.InputKind.of(input, inputFormat);
    boolean parquet = false;
    boolean jsonl = false;
    for (String f : formats) {
      switch (f.strip().toLowerCase(Locale.ROOT)) {
        case "parquet" -> parquet = true;
        case "jsonl", "json" -> jsonl = true;
        default -> throw new IllegalArgumentException("--format must be parquet, jsonl or both, got '" + f + "'");
      }
    }
    ExecutorIndex.scorer(screening.algorithm());   // fails early on a bad name
    if (!lists.isEmpty() && (!snapshots.isEmpty() || deltaOf != null)) {
      throw new IllegalArgumentException("--lists screens against files: it does not combine with --snapshot or --delta-of");
    }
    Path homeDir = (home != null ? home : Path.of(Optional.ofNullable(System.getenv("CORDON_HOME")).orElse("cordon-home")))
        .toAbsolutePath().normalize();
    Path work = Files.createTempDirectory("cordon-spark-");
    long t0 = System.nanoTime();
    ListState lists = this.lists.isEmpty()
        ? deltaOf != null ? ListState.ofDelta(homeDir, Optional.ofNullable(db), deltaOf, AnalyzerKeys.standard(), work)
            : ListState.ofHome(homeDir, Optional.ofNullable(db), snapshots, AnalyzerKeys.standard(), work)
        : ListState.ofFiles(this.lists, AnalyzerKeys.standard(), work);
    long indexMillis = (System.nanoTime() - t0) / 1_000_000;
    SparkConf conf = new SparkConf().setAppName("cordon spark-batch");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      // built once on the driver, shipped once to every executor, opened once per executor JVM
      spark.sparkContext().addFile(lists.folder().toUri().toString(), true);
      long s0 = System.nanoTime();
      BookScreening.Job job = new BookScreening.Job(lists.folder().getFileName().toString(),
          screening.algorithm(), screening.threshold(), screening.limit(), screening.datasets(), deltaOf != null);
      Dataset<Row> screened = BookScreening.screen(spark, BookScreening.read(spark, input, kind), job);
      BookScreening.write(spark, screened, output, parquet, jsonl, overwrite);
      double secs = (System.nanoTime() - s0) / 1e9;
      Dataset<Row> written = parquet ? spark.read().parquet(output + "/parquet")
          : spark.read().json(output + "/jsonl");
      long rows = written.count();
      long hits = written.filter("status = 'hit'").count();
      long errors = written.filter("status = 'error'").count();
      System.err.printf(Locale.ROOT, "cordon spark-batch: %d %s, %d with hits, %d errors in %.1f s (%.0f rows/s) on %s; "
              + "index of %d entities (%s) built in %.1f s -> %s%n", rows, deltaOf != null ? "rows with results" : "rows",
          hits, errors, secs, rows / secs, spark.sparkContext().master(), lists.entities(),
          String.join(", ", lists.snapshotIds()), indexMillis / 1000.0, output);
    } finally {
      try (var s = Files.walk(work)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }
}
