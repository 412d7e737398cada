package io.cordon.screening;

import io.cordon.match.MatchQuery;
import io.cordon.match.QueryLimits;
import io.cordon.model.FtmModel;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One screening request: who (a {@link MatchQuery}) and how (threshold, number of results, dataset
 * filter, as-of date). Validated when built; a bad value fails with {@link InvalidQueryException}
 * naming the field, never with a silently corrected query; oversized parties break {@link QueryLimits}.
 *
 * @param match     the party: schema, names, birth dates, countries, identifiers, gender
 * @param threshold score at or above which a result is a match; empty for the screener's default
 * @param limit     maximum number of results, 1 to {@link #MAX_LIMIT}
 * @param datasets  when not empty, only entities of these datasets / sources
 * @param asOf      when present, screen against the list versions in force on that date
 */
public record ScreeningQuery(MatchQuery match, OptionalDouble threshold, int limit, Set<String> datasets,
                             Optional<LocalDate> asOf) {

  public static final int DEFAULT_LIMIT = 5;
  public static final int MAX_LIMIT = 500;
  /** Dataset filters per query (each is an index clause). */
  public static final int MAX_DATASETS = 100;
  private static final Pattern DATE = Pattern.compile("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$");
  private static final Set<String> GENDERS = Set.of("male", "female", "other");

  public ScreeningQuery {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(asOf, "asOf");
    datasets = Set.copyOf(datasets);
    if (match.names().stream().allMatch(String::isBlank) && match.identifiers().stream().allMatch(String::isBlank)) {
      throw new InvalidQueryException("name", "give at least one name or identifier");
    }
    QueryLimits.check(match).ifPresent(v -> {
      throw new InvalidQueryException(v.field(), v.problem());
    });
    if (datasets.size() > MAX_DATASETS) {
      throw new InvalidQueryException("datasets", datasets.size() + " given, at most " + MAX_DATASETS);
    }
    FtmModel.SchemaSpec spec = FtmModel.get().schema(match.schema()).orElseThrow(() ->
        new InvalidQueryException("schema", "unknown FtM schema '" + match.schema() + "'"));
    if (!spec.isA("Thing")) {
      throw new InvalidQueryException("schema", "'" + match.schema() + "' is not a screenable schema");
    }
    if (threshold.isPresent() && !(threshold.getAsDouble() >= 0 && threshold.getAsDouble() <= 1)) {
      throw new InvalidQueryException("threshold", "must be between 0 and 1, was " + threshold.getAsDouble());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    for (String d : match.birthDates()) {
      if (!DATE.matcher(d).matches()) {
        throw new InvalidQueryException("birthDate", "'" + d + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
      }
    }
    for (String c : match.countries()) {
      if (!FtmModel.get().isCountry(c)) {
        throw new InvalidQueryException("country", "'" + c + "' is not an FtM country code (e.g. ru, us, gb)");
      }
    }
    if (match.gender() != null && !GENDERS.contains(match.gender())) {
      throw new InvalidQueryException("gender", "'" + match.gender() + "' is not one of " + GENDERS);
    }
  }

  /** A query with the default threshold and limit, all datasets, current lists. */
  public static ScreeningQuery of(MatchQuery match) {
    return new ScreeningQuery(match, OptionalDouble.empty(), DEFAULT_LIMIT, Set.of(), Optional.empty());
  }

  public ScreeningQuery withThreshold(double t) {
    return new ScreeningQuery(match, OptionalDouble.of(t), limit, datasets, asOf);
  }

  public ScreeningQuery withLimit(int n) {
    return new ScreeningQuery(match, threshold, n, datasets, asOf);
  }

  public ScreeningQuery withDatasets(Set<String> ds) {
    return new ScreeningQuery(match, threshold, limit, ds, asOf);
  }

  public ScreeningQuery withAsOf(LocalDate date) {
    return new ScreeningQuery(match, threshold, limit, datasets, Optional.of(date));
  }
}
