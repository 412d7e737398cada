package io.cordon.spark;

import io.cordon.common.Bom;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResult;
import io.cordon.screening.batch.BatchOutput;
import io.cordon.screening.batch.BatchScreening;
import io.cordon.screening.batch.RowOutcome;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputRow;
import io.cordon.screening.input.PartyInputReader;
import io.cordon.screening.input.RowMapper;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The Spark job: reads a customer book (CSV with a header, JSON lines, or Parquet; any path Spark
 * reads: local, hdfs://, s3a://, ...), screens every row on the executors with the index the driver
 * built and shipped, and writes one result row per party: Parquet (typed columns plus the JSON line)
 * and JSON lines in the shape of {@code cordon batch --format jsonl}. Rows are read by the same
 * {@link RowMapper} and screened by the same {@link BatchScreening#screen} as {@code cordon batch},
 * so the results are the same row for row.
 */
final class BookScreening {
  private BookScreening() {}

  enum InputKind { CSV, JSONL, PARQUET;

    static InputKind of(String path, String given) {
      String k = (given != null ? given : extension(path)).toLowerCase(Locale.ROOT);
      return switch (k) {
        case "csv" -> CSV;
        case "jsonl", "json", "ndjson" -> JSONL;
        case "parquet" -> PARQUET;
        default -> throw new IllegalArgumentException("input format must be csv, jsonl or parquet (from the name of "
            + path + " or --input-format), got '" + k + "'");
      };
    }

    private static String extension(String path) {
      String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      int dot = p.lastIndexOf('.');
      return dot < 0 || dot < p.lastIndexOf('/') ? "" : p.substring(dot + 1);
    }
  }

  /** What each executor needs to screen a row: small and serialisable, shipped with the tasks. */
  record Job(String indexFolder, String algorithm, Double threshold, int limit, List<String> datasets,
             boolean onlyResults) implements Serializable {}

  /** The Parquet columns; {@code json} is the JSON line of {@code cordon batch --format jsonl}. */
  static final StructType RESULT = new StructType()
      .add("entity_id", DataTypes.StringType).add("caption", DataTypes.StringType)
      .add("schema", DataTypes.StringType).add("score", DataTypes.DoubleType)
      .add("match", DataTypes.BooleanType).add("matched_name", DataTypes.StringType)
      .add("datasets", DataTypes.createArrayType(DataTypes.StringType))
      .add("snapshot", DataTypes.StringType);
  static final StructType SCHEMA = new StructType()
      .add("line", DataTypes.LongType, false).add("id", DataTypes.StringType)
      .add("status", DataTypes.StringType, false).add("error", DataTypes.StringType)
      .add("results", DataTypes.createArrayType(RESULT))
      .add("snapshots", DataTypes.createArrayType(DataTypes.StringType))
      .add("json", DataTypes.StringType, false);

  /** Reads the book as (line number, column to value) pairs, in file order. */
  static JavaRDD<Tuple2<Long, Map<String, String>>> read(SparkSession spark, String input, InputKind kind) {
    return switch (kind) {
      case CSV -> {
        // RFC 4180 quoting ("" inside quotes), every column a string, as the batch reader reads it
        Dataset<Row> df = spark.read().option("header", "true").option("escape", "\"")
            .option("inferSchema", "false").csv(input);
        String[] cols = df.columns();
        if (cols.length > 0) {
          cols[0] = Bom.strip(cols[0]);
        }
        String[] names = cols;
        // line 1 is the header
        yield df.javaRDD().zipWithIndex().map(t -> new Tuple2<>(t._2() + 2, columns(names, t._1())));
      }
      case JSONL -> spark.read().text(input).javaRDD().zipWithIndex()
          .map(t -> new Tuple2<>(t._2() + 1, Map.of(JSON_LINE, t._1().getString(0))));
      case PARQUET -> {
        Dataset<Row> df = spark.read().parquet(input);
        String[] names = df.columns();
        yield df.javaRDD().zipWithIndex().map(t -> new Tuple2<>(t._2() + 1, columns(names, t._1())));
      }
    };
  }

  /** Marks a JSON lines row: the text is parsed on the executor by the batch reader's JSON code. */
  static final String JSON_LINE = "\u0000json";

  private static Map<String, String> columns(String[] names, Row r) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      Object v = r.get(i);
      m.put(names[i], v == null ? "" : v instanceof scala.collection.Seq<?> s
          ? String.join(";", scala.jdk.javaapi.CollectionConverters.asJava(s).stream().map(String::valueOf).toList())
          : v.toString());
    }
    return m;
  }

  /** Screens the rows; the output rows keep the input order. */
  static Dataset<Row> screen(SparkSession spark, JavaRDD<Tuple2<Long, Map<String, String>>> rows, Job job) {
    JavaRDD<Row> out = rows.mapPartitions(new ScreenPartition(job));
    return spark.createDataFrame(out, SCHEMA);
  }

  /** Writes Parquet and/or JSON lines under {@code output}. */
  static void write(SparkSession spark, Dataset<Row> screened, String output, boolean parquet, boolean jsonl,
                    boolean overwrite) {
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (parquet) {
      screened.write().mode(mode).parquet(output + "/parquet");
      if (jsonl) {
        // from the Parquet just written: the book is screened once, not once per format
        spark.read().parquet(output + "/parquet").sort("line").select("json").write().mode(mode)
            .text(output + "/jsonl");
      }
    } else if (jsonl) {
      screened.select("json").write().mode(mode).text(output + "/jsonl");
    }
  }

  /** One partition: rows mapped and screened on the executor's shared screener. */
  static final class ScreenPartition implements FlatMapFunction<Iterator<Tuple2<Long, Map<String, String>>>, Row> {
    private static final long serialVersionUID = 1L;
    private final Job job;

    ScreenPartition(Job job) {
      this.job = job;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<Long, Map<String, String>>> in) {
      Screener screener = ExecutorIndex.screener(job.indexFolder(), job.algorithm());
      Set<String> datasets = new LinkedHashSet<>(job.datasets());
      UnaryOperator<ScreeningQuery> options = q -> {
        ScreeningQuery r = q.withLimit(job.limit()).withDatasets(datasets);
        return job.threshold() == null ? r : r.withThreshold(job.threshold());
      };
      BatchScreening batch = new BatchScreening(screener, options, 1, Clock.systemUTC());
      RowMapper mapper = new RowMapper(ColumnMapping.byHeaders());
      return new Iterator<>() {
        private Row next;

        @Override
        public boolean hasNext() {
          while (next == null && in.hasNext()) {
            Tuple2<Long, Map<String, String>> t = in.next();
            String json = t._2().get(JSON_LINE);
            if (json != null && json.isBlank()) {
              continue;   // the batch reader skips blank lines too
            }
            InputRow row = json != null ? PartyInputReader.jsonRow(t._1(), json, mapper) : mapper.map(t._1(), t._2());
            RowOutcome o = batch.screen(row);
            if (job.onlyResults() && (!o.screened() || o.response().results().isEmpty())) {
              continue;
            }
            next = row(o);
          }
          return next != null;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          Row r = next;
          next = null;
          return r;
        }
      };
    }

    private static Row row(RowOutcome o) {
      String id = o.row() instanceof InputRow.Party p ? p.id() : null;
      List<Row> results = new ArrayList<>();
      String[] snapshots = null;
      String status;
      if (o.screened()) {
        status = o.hit() ? "hit" : "no-hit";
        for (ScreeningResult r : o.response().results()) {
          results.add(RowFactory.create(r.entity().id(), r.entity().caption(), r.entity().schema(),
              Math.round(r.score() * 10000.0) / 10000.0, r.match(), r.matchedName(),
              r.datasets().toArray(new String[0]), r.snapshotId()));
        }
        snapshots = o.response().snapshotIds().toArray(new String[0]);
      } else {
        status = "error";
      }
      // arrays, not java.util.List: Spark's row encoder takes Scala sequences or Java arrays
      return RowFactory.create(o.row().line(), id, status, o.error(), results.toArray(new Row[0]), snapshots,
          BatchOutput.jsonLine(o));
    }
  }
}
