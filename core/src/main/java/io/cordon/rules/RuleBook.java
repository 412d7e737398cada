package io.cordon.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A validated set of rules from one or more rule files. Immutable.
 *
 * @param files        one entry per file: name to "ruleset@version", for the audit trail
 * @param descriptions one entry per file: name to the file's description (may be null)
 * @param rules        all rules in file order
 */
public record RuleBook(Map<String, String> files, Map<String, String> descriptions, List<Rule> rules) {
  public RuleBook {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
    rules = List.copyOf(rules);
  }

  public RuleBook(Map<String, String> files, List<Rule> rules) {
    this(files, Map.of(), rules);
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** e.g. "us-ofac-eo14024@2022-02-28, us-ofac-eo13662@2017-09-29". */
  public String version() {
    return files.values().stream().collect(Collectors.joining(", "));
  }
}
