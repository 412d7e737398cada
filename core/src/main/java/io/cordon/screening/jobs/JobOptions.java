package io.cordon.screening.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cordon.common.Json;
import io.cordon.screening.ScreeningQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a job screens each row, the same knobs as {@code cordon batch}: threshold, results kept per
 * row, datasets, as-of date, algorithm and column mapping ({@code FIELD=HEADER}).
 */
public record JobOptions(Double threshold, int limit, List<String> datasets, LocalDate asOf, String algorithm,
                         List<String> columns) {
  private static final ObjectMapper JSON = Json.MAPPER;

  public JobOptions {
    datasets = List.copyOf(datasets);
    columns = List.copyOf(columns);
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1, was " + threshold);
    }
    if (limit < 1 || limit > ScreeningQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + ScreeningQuery.MAX_LIMIT + ", was " + limit);
    }
  }

  public static JobOptions defaults() {
    return new JobOptions(null, ScreeningQuery.DEFAULT_LIMIT, List.of(), null, "standard", List.of());
  }

  /** Applied to each row's query, as {@code cordon batch} applies its options. */
  public UnaryOperator<ScreeningQuery> apply() {
    return q -> {
      ScreeningQuery r = q.withLimit(limit).withDatasets(new LinkedHashSet<>(datasets));
      if (threshold != null) {
        r = r.withThreshold(threshold);
      }
      return asOf == null ? r : r.withAsOf(asOf);
    };
  }

  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    if (threshold != null) {
      n.put("threshold", threshold);
    }
    n.put("limit", limit);
    datasets.forEach(n.putArray("datasets")::add);
    if (asOf != null) {
      n.put("asOf", asOf.toString());
    }
    n.put("algorithm", algorithm);
    columns.forEach(n.putArray("columns")::add);
    return n.toString();
  }

  public static JobOptions fromJson(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      return new JobOptions(n.hasNonNull("threshold") ? n.get("threshold").asDouble() : null, n.get("limit").asInt(),
          strings(n.path("datasets")), n.hasNonNull("asOf") ? LocalDate.parse(n.get("asOf").asText()) : null,
          n.path("algorithm").asText("standard"), strings(n.path("columns")));
    } catch (IOException e) {
      throw new UncheckedIOException("stored job options are not JSON: " + json, e);
    }
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }
}
