package io.cordon.match;

/** Scores to four decimals: as the scorer keeps them and as every interface shows them. */
public final class Scores {
  private Scores() {}

  /** {@code score} rounded half up to four decimals (0.87654 becomes 0.8765). */
  public static double round(double score) {
    return Math.round(score * 10000.0) / 10000.0;
  }
}
