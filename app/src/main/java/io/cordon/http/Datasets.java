package io.cordon.http;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * yente dataset names to Cordon sources: each source by its own name, plus the collections
 * {@code default} (every source), {@code sanctions} (every source but PEP lists) and {@code peps}.
 */
final class Datasets {
  private Datasets() {}

  static final List<String> COLLECTIONS = List.of("default", "sanctions", "peps");

  /** The sources a dataset name stands for; an unknown name is a 404 naming the known ones. */
  static Set<String> resolve(String dataset, List<ListView.SourceInfo> sources) {
    Set<String> out = new LinkedHashSet<>();
    switch (dataset) {
      case "default", "all" -> sources.forEach(s -> out.add(s.name()));
      case "sanctions" -> sources.stream().filter(s -> !s.peps()).forEach(s -> out.add(s.name()));
      case "peps" -> sources.stream().filter(ListView.SourceInfo::peps).forEach(s -> out.add(s.name()));
      default -> sources.stream().filter(s -> s.name().equals(dataset)).forEach(s -> out.add(s.name()));
    }
    if (out.isEmpty() && !COLLECTIONS.contains(dataset)) {
      Set<String> known = new TreeSet<>(COLLECTIONS);
      sources.forEach(s -> known.add(s.name()));
      throw ApiException.notFound("unknown dataset '" + dataset + "'; known: " + known);
    }
    return out;
  }
}
