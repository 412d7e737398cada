package io.cordon.rules;

/**
 * How name-match scores translate into certainty: at or above {@code matchAt} the counterparty is
 * taken to be the listed entity; from {@code reviewAt} up to it the match is uncertain and any
 * prohibition becomes "review"; below {@code reviewAt} the candidate is ignored.
 */
public record MatchBands(double matchAt, double reviewAt) {
  public static final MatchBands DEFAULT = new MatchBands(0.90, 0.75);

  public MatchBands {
    if (!(reviewAt > 0 && reviewAt <= matchAt && matchAt <= 1)) {
      throw new IllegalArgumentException("match bands need 0 < reviewAt <= matchAt <= 1, got reviewAt="
          + reviewAt + " matchAt=" + matchAt);
    }
  }

  /** Certainty of a score. */
  public Band band(double score) {
    return score >= matchAt ? Band.MATCH : score >= reviewAt ? Band.UNCERTAIN : Band.NONE;
  }

  /** Certainty classes. */
  public enum Band { MATCH, UNCERTAIN, NONE }
}
