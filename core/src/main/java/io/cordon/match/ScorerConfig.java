package io.cordon.match;

import java.util.Locale;

/**
 * Threshold and feature weights of the {@code cordon-v1} scorer. Immutable; built with
 * {@link #builder()}, which rejects a bad value as it is set, naming the setting and the allowed
 * range (a bad threshold is never silently replaced by a default).
 *
 * <pre>{@code
 * ScorerConfig c = ScorerConfig.builder().threshold(0.8).countryMismatch(0.1).build();
 * Scorer s = Scorers.standard(c);
 * }</pre>
 *
 * @param threshold        score at or above which a result is a match (default {@value #DEFAULT_THRESHOLD})
 * @param identifierMatch  score given when a strong identifier (IMO, LEI, INN, OGRN, BIC, passport, wallet) is equal
 * @param missingPart      factor a name part present on one side only counts against (0: ignored, 1: as a contradiction)
 * @param weakAlias        factor applied to a name score reached through a weak alias
 * @param birthYearMismatch penalty when birth dates are known on both sides and no year agrees
 * @param birthDayMismatch penalty when birth years agree but the full dates do not
 * @param countryMismatch  penalty when countries are known on both sides and none agrees
 * @param genderMismatch   penalty when genders are known on both sides and differ
 * @param schemaMismatch   penalty when the query's schema cannot be the candidate's (Person vs Company)
 */
public record ScorerConfig(double threshold, double identifierMatch, double missingPart, double weakAlias,
                           double birthYearMismatch, double birthDayMismatch, double countryMismatch,
                           double genderMismatch, double schemaMismatch) {

  /** The default threshold of {@code cordon-v1}, chosen on cases_dev.csv (see docs/matching.md). */
  public static final double DEFAULT_THRESHOLD = 0.75;

  public static final ScorerConfig DEFAULTS = builder().build();

  public ScorerConfig {
    check("threshold", threshold, 0, 1);
    check("identifierMatch", identifierMatch, 0, 1);
    check("missingPart", missingPart, 0, 1);
    check("weakAlias", weakAlias, 0, 1);
    check("birthYearMismatch", birthYearMismatch, 0, 1);
    check("birthDayMismatch", birthDayMismatch, 0, 1);
    check("countryMismatch", countryMismatch, 0, 1);
    check("genderMismatch", genderMismatch, 0, 1);
    check("schemaMismatch", schemaMismatch, 0, 1);
  }

  private static void check(String name, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "scorer setting %s must be between %s and %s, was %s", name, lo, hi, v));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.threshold = threshold;
    b.identifierMatch = identifierMatch;
    b.missingPart = missingPart;
    b.weakAlias = weakAlias;
    b.birthYearMismatch = birthYearMismatch;
    b.birthDayMismatch = birthDayMismatch;
    b.countryMismatch = countryMismatch;
    b.genderMismatch = genderMismatch;
    b.schemaMismatch = schemaMismatch;
    return b;
  }

  /** Builds a {@link ScorerConfig}; each setter validates its value at once. */
  public static final class Builder {
    private double threshold = DEFAULT_THRESHOLD;
    private double identifierMatch = 0.98;
    private double missingPart = 0.25;
    private double weakAlias = 0.9;
    private double birthYearMismatch = 0.25;
    private double birthDayMismatch = 0.15;
    private double countryMismatch = 0.2;
    private double genderMismatch = 0.2;
    private double schemaMismatch = 0.3;

    private Builder() {}

    public Builder threshold(double v) {
      check("threshold", v, 0, 1);
      threshold = v;
      return this;
    }

    public Builder identifierMatch(double v) {
      check("identifierMatch", v, 0, 1);
      identifierMatch = v;
      return this;
    }

    public Builder missingPart(double v) {
      check("missingPart", v, 0, 1);
      missingPart = v;
      return this;
    }

    public Builder weakAlias(double v) {
      check("weakAlias", v, 0, 1);
      weakAlias = v;
      return this;
    }

    public Builder birthYearMismatch(double v) {
      check("birthYearMismatch", v, 0, 1);
      birthYearMismatch = v;
      return this;
    }

    public Builder birthDayMismatch(double v) {
      check("birthDayMismatch", v, 0, 1);
      birthDayMismatch = v;
      return this;
    }

    public Builder countryMismatch(double v) {
      check("countryMismatch", v, 0, 1);
      countryMismatch = v;
      return this;
    }

    public Builder genderMismatch(double v) {
      check("genderMismatch", v, 0, 1);
      genderMismatch = v;
      return this;
    }

    public Builder schemaMismatch(double v) {
      check("schemaMismatch", v, 0, 1);
      schemaMismatch = v;
      return this;
    }

    public ScorerConfig build() {
      return new ScorerConfig(threshold, identifierMatch, missingPart, weakAlias, birthYearMismatch,
          birthDayMismatch, countryMismatch, genderMismatch, schemaMismatch);
    }
  }
}
