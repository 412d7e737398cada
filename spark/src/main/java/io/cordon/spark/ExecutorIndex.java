package io.cordon.spark;

import io.cordon.index.AnalyzerKeys;
import io.cordon.index.IndexHolder;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import io.cordon.screening.IndexSource;
import io.cordon.screening.Screener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkFiles;

/**
 * The screener of one executor JVM: the index folder the driver shipped with
 * {@code SparkContext.addFile} is opened on first use and then shared by every task and partition
 * this JVM runs (a Screener is thread-safe), never opened per row or per partition. The index
 * stays open until the JVM ends, like the executor itself.
 */
final class ExecutorIndex {
  private ExecutorIndex() {}

  /** Open screeners by shipped folder name and algorithm; one entry per job in practice. */
  private static final Map<String, Screener> OPEN = new ConcurrentHashMap<>();
  private static final AtomicInteger OPENS = new AtomicInteger();

  static Screener screener(String folderName, String algorithm) {
    return OPEN.computeIfAbsent(folderName + "|" + algorithm, k -> open(folderName, algorithm));
  }

  /** How many times this JVM opened an index (tests: once per job, whatever the partitions). */
  static int opens() {
    return OPENS.get();
  }

  private static Screener open(String folderName, String algorithm) {
    Path folder = Path.of(SparkFiles.get(folderName));
    try {
      OPENS.incrementAndGet();
      IndexHolder holder = new IndexHolder(LuceneIndexes.open(folder, AnalyzerKeys.standard()));
      return new Screener(IndexSource.of(holder), scorer(algorithm), Clock.systemUTC(), Screener.Settings.DEFAULTS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the shipped index " + folder, e);
    }
  }

  static Scorer scorer(String algorithm) {
    return switch (algorithm) {
      case "standard" -> Scorers.standard();
      case "ofac" -> Scorers.ofac();
      default -> throw new IllegalArgumentException("unknown algorithm '" + algorithm + "': use standard or ofac");
    };
  }
}
