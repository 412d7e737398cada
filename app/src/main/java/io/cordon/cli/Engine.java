package io.cordon.cli;

import io.cordon.index.AnalyzerKeys;
import io.cordon.index.NameKeys;
import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import java.util.Locale;

/** The one place the CLI picks the name keys and the scorer (what the core offers by default). */
final class Engine {
  private Engine() {}

  static NameKeys keys() {
    return AnalyzerKeys.standard();
  }

  /** The scorer for an {@code --algorithm} name: {@code standard} (default) or {@code ofac}. */
  static Scorer scorer(String algorithm) {
    return switch (algorithm.toLowerCase(Locale.ROOT)) {
      case "standard", "default" -> Scorers.standard();
      case "ofac" -> Scorers.ofac();
      default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()),
          "unknown algorithm '" + algorithm + "': use standard or ofac");
    };
  }
}
