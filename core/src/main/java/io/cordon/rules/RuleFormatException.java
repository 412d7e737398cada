package io.cordon.rules;

import java.util.List;

/** A rule file that cannot be used: every problem found, each naming the file, rule and field. */
public final class RuleFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public RuleFormatException(List<String> problems) {
    super(problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems in rule files:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
