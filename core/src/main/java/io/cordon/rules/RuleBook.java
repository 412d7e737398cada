package io.cordon.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A validated set of rules from one or more rule files. Immutable.
 *
 * @param files one entry per file: name to "ruleset@version", for the audit trail
 * @param rules all rules in file order
 */
public record RuleBook(Map<String, String> files, List<Rule> rules) {
  public RuleBook {
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    rules = List.copyOf(rules);
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** e.g. "us-ofac-eo14024@2022-02-28, us-ofac-eo13662@2017-09-29". */
  public String version() {
    return files.values().stream().collect(Collectors.joining(", "));
  }
}
