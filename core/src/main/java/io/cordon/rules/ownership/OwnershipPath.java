package io.cordon.rules.ownership;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A chain of holdings from a directly blocked person down to the entity in question, e.g.
 * {@code X -[50%]-> A -[25%]-> C}. Only the last hop's share counts towards the 50% test (the
 * intermediaries are blocked themselves, so their whole holding is attributed to blocked persons).
 */
public record OwnershipPath(List<OwnershipStep> steps) {
  public OwnershipPath {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("empty ownership path");
    }
  }

  /** The directly blocked person at the top of the chain. */
  public String root() {
    return steps.get(0).owner();
  }

  /** The share this path contributes: that of the last hop. */
  public double contribution() {
    return steps.get(steps.size() - 1).percentage();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(steps.get(0).owner());
    for (OwnershipStep s : steps) {
      sb.append(" -[").append(Percent.format(s.percentage())).append("%]-> ").append(s.asset());
    }
    return sb.toString();
  }

  static String describe(List<OwnershipPath> paths) {
    return paths.stream().map(OwnershipPath::toString).collect(Collectors.joining("; "));
  }
}
