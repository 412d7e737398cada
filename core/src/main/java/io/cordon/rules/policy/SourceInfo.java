package io.cordon.rules.policy;

import java.util.Objects;

/**
 * A source as a policy sees it: its name (dataset, e.g. {@code us_ofac_sdn}) and whether it is a
 * custom list (an internal or government list the user imported, e.g. a persona non grata list).
 */
public record SourceInfo(String name, boolean custom) {
  public SourceInfo {
    Objects.requireNonNull(name, "name");
  }

  /** Custom list formats are labelled {@code custom-csv}, {@code custom-yaml}. */
  public static SourceInfo of(String name, String formatLabel) {
    return new SourceInfo(name, formatLabel != null && formatLabel.startsWith("custom"));
  }
}
