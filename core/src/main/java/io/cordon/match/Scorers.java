package io.cordon.match;

/**
 * The scorers Cordon ships.
 *
 * <pre>{@code
 * Scorer s = Scorers.standard();                       // cordon-v1, threshold 0.75
 * Scorer strict = Scorers.standard(ScorerConfig.builder().threshold(0.85).build());
 * Scorer ofac = Scorers.ofac();                        // OFAC Sanctions List Search emulation
 * MatchResult r = s.score(MatchQuery.ofName("Vladimir Putin"), entity);
 * }</pre>
 */
public final class Scorers {
  private Scorers() {}

  private static final Scorer STANDARD = new CordonScorer(ScorerConfig.DEFAULTS);
  private static final Scorer OFAC = new OfacScorer(OfacScorer.DEFAULT_THRESHOLD);

  /** {@code cordon-v1} with the default configuration ({@link ScorerConfig#DEFAULTS}). */
  public static Scorer standard() {
    return STANDARD;
  }

  /** {@code cordon-v1} with another threshold or other weights. */
  public static Scorer standard(ScorerConfig config) {
    return new CordonScorer(java.util.Objects.requireNonNull(config, "config"));
  }

  /** The {@code ofac} mode's default threshold (OFAC itself gives none). */
  public static final double OFAC_THRESHOLD = OfacScorer.DEFAULT_THRESHOLD;

  /** The {@code ofac} mode (threshold {@value #OFAC_THRESHOLD}). */
  public static Scorer ofac() {
    return OFAC;
  }

  /** The {@code ofac} mode with another threshold in [0, 1]. */
  public static Scorer ofac(double threshold) {
    return new OfacScorer(threshold);
  }

  /** A scorer by algorithm name ({@code cordon-v1}, {@code ofac}); unknown names fail naming the known ones. */
  public static Scorer byName(String algorithm) {
    return switch (algorithm) {
      case "cordon-v1", "standard" -> STANDARD;
      case "ofac" -> OFAC;
      default -> throw new IllegalArgumentException("unknown scoring algorithm '" + algorithm
          + "' (known: cordon-v1, ofac)");
    };
  }
}
