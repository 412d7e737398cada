package io.cordon.options;

import io.cordon.screening.ScreeningQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What each row of a batch is screened with: {@code --threshold}, {@code --limit},
 * {@code --dataset}, {@code --algorithm}. One definition, so {@code batch} and {@code spark-batch}
 * cannot drift apart in names, defaults or help.
 */
public final class BatchScreeningOptions {

  @Option(names = "--threshold", description = "match threshold (default: the scorer's)")
  Double threshold;

  @Option(names = "--limit", defaultValue = "5", description = "results kept per row (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--dataset", description = "only these sources (repeatable)")
  List<String> datasets = new ArrayList<>();

  @Option(names = "--algorithm", defaultValue = "standard", description = "standard or ofac")
  String algorithm;

  /** The threshold given, or null for the scorer's own. */
  public Double threshold() {
    return threshold;
  }

  public int limit() {
    return limit;
  }

  public List<String> datasets() {
    return List.copyOf(datasets);
  }

  public String algorithm() {
    return algorithm;
  }

  /** {@code q} with the limit, the datasets and (when given) the threshold of these options. */
  public ScreeningQuery applyTo(ScreeningQuery q) {
    ScreeningQuery r = q.withLimit(limit).withDatasets(new LinkedHashSet<>(datasets));
    return threshold == null ? r : r.withThreshold(threshold);
  }
}
