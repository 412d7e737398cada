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

  /** The sources a dataset name stands for; an unknown name is yente's 404, the known names beside it. */
  static Set<String> resolve(String dataset, List<ListView.SourceInfo> sources) {
    Set<String> out = members(dataset, sources);
    if (out.isEmpty() && !COLLECTIONS.contains(dataset)) {
      Set<String> known = new TreeSet<>(COLLECTIONS);
      sources.forEach(s -> known.add(s.name()));
      throw ApiException.notFound("No such dataset.").extra("known", known);
    }
    return out;
  }

  /**
   * The sources of {@code dataset} narrowed as yente narrows them: to those in {@code include}
   * (when given; collections there stand for their members) and without those in {@code exclude},
   * which wins. May be empty: then nothing matches.
   */
  static Set<String> scope(String dataset, List<String> include, List<String> exclude,
                           List<ListView.SourceInfo> sources) {
    Set<String> scope = resolve(dataset, sources);
    if (!include.isEmpty()) {
      Set<String> in = new LinkedHashSet<>();
      include.forEach(i -> in.addAll(members(i, sources)));
      scope.retainAll(in);
    }
    exclude.forEach(x -> scope.removeAll(members(x, sources)));
    return scope;
  }

  private static Set<String> members(String dataset, List<ListView.SourceInfo> sources) {
    Set<String> out = new LinkedHashSet<>();
    switch (dataset) {
      case "default", "all" -> sources.forEach(s -> out.add(s.name()));
      case "sanctions" -> sources.stream().filter(s -> !s.peps()).forEach(s -> out.add(s.name()));
      case "peps" -> sources.stream().filter(ListView.SourceInfo::peps).forEach(s -> out.add(s.name()));
      default -> sources.stream().filter(s -> s.name().equals(dataset)).forEach(s -> out.add(s.name()));
    }
    return out;
  }
}
