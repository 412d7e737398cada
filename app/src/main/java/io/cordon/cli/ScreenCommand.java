package io.cordon.cli;

import io.cordon.common.Json;
import io.cordon.index.lucene.IndexCache;
import io.cordon.match.MatchQuery;
import io.cordon.match.ScorerConfig;
import io.cordon.match.Scorers;
import io.cordon.model.Countries;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.InvalidQueryException;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code cordon screen NAME}: one party against the imported lists. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen one party (person, company, vessel...) against the imported lists. Prints a ranked table, "
        + "or yente-style JSON with --json. The index is built once per set of list versions and kept under "
        + "<home>/index.")
final class ScreenCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Name to screen; several words form one name "
      + "(quote it), give --alias for more names")
  List<String> words;

  @Option(names = "--alias", description = "Another name of the same party (repeatable)")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--schema", description = "FtM schema: Person, Company, Organization, Vessel, LegalEntity... "
      + "(default: Thing, any kind of party)")
  String schema = "Thing";

  @Option(names = "--dob", description = "Birth date YYYY, YYYY-MM or YYYY-MM-DD (repeatable)")
  List<String> dobs = new ArrayList<>();

  @Option(names = "--country", description = "Country or nationality: FtM code such as ru, or a name such as "
      + "Russia (repeatable)")
  List<String> countries = new ArrayList<>();

  @Option(names = "--id", description = "Identifier: passport, INN, OGRN, LEI, BIC, IMO, ISIN, wallet (repeatable)")
  List<String> ids = new ArrayList<>();

  @Option(names = "--gender", description = "male, female or other")
  String gender;

  @Option(names = "--threshold", description = "Match threshold in [0, 1] (default: the algorithm's own: "
      + ScorerConfig.DEFAULT_THRESHOLD + " for standard, " + Scorers.OFAC_THRESHOLD + " for ofac)")
  Double threshold;

  @Option(names = "--limit", description = "Maximum number of results (default: ${DEFAULT-VALUE})")
  int limit = ScreeningQuery.DEFAULT_LIMIT;

  @Option(names = "--as-of", description = "Screen against the list versions in force on this date (YYYY-MM-DD)")
  String asOf;

  @Option(names = "--dataset", description = "Only entities of this dataset/source, e.g. us_ofac_sdn (repeatable)")
  List<String> datasets = new ArrayList<>();

  @Option(names = "--algorithm", description = "standard or ofac (default: ${DEFAULT-VALUE})")
  String algorithm = "standard";

  @Option(names = "--cap", description = "Candidates taken from the index and fully scored (default: ${DEFAULT-VALUE})")
  int cap = Screener.Settings.DEFAULTS.cap();

  @Option(names = "--json", description = "Print yente-style JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<String> names = new ArrayList<>();
    names.add(String.join(" ", words));
    names.addAll(aliases);
    MatchQuery mq = new MatchQuery(schema, names, dobs,
        countries.stream().map(c -> Countries.code(c).orElse(c.strip().toLowerCase(Locale.ROOT))).toList(), ids,
        gender == null ? null : gender.strip().toLowerCase(Locale.ROOT));
    Optional<LocalDate> date;
    try {
      date = asOf == null ? Optional.empty() : Optional.of(LocalDate.parse(asOf));
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--as-of: '" + asOf
          + "' is not a date (YYYY-MM-DD)");
    }
    ScreeningQuery q;
    try {
      q = new ScreeningQuery(mq, threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold),
          limit, Set.copyOf(datasets), date);
    } catch (InvalidQueryException e) {
      // Bad input is a usage error (exit code 2), like any other bad option.
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage(), e);
    }
    try (Home home = Home.open(main);
         CatalogIndexes indexes = new CatalogIndexes(home.catalog(), new IndexCache(home.dir(), Engine.keys()))) {
      Screener.Settings settings;
      try {
        settings = Screener.Settings.DEFAULTS.withCap(cap);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--cap: " + e.getMessage(), e);
      }
      Screener screener = new Screener(indexes, Engine.scorer(algorithm), Clock.systemUTC(), settings);
      ScreeningResponse r = screener.screen(q);
      if (json) {
        System.out.println(Json.PRETTY.writeValueAsString(ResultJson.response(r)));
      } else {
        print(r, settings.cutoff());
      }
    }
    return 0;
  }

  private static void print(ScreeningResponse r, double cutoff) {
    if (r.results().isEmpty()) {
      System.out.printf(Locale.ROOT, "no result at or above %.2f (%d candidates scored)%n",
          Math.min(r.threshold(), cutoff), r.candidates());
    } else {
      System.out.printf(Locale.ROOT, "%-3s %-6s %-5s %-26s %-10s %-40s %s%n", "#", "score", "match", "id", "schema",
          "name", "datasets");
      int i = 1;
      for (ScreeningResult x : r.results()) {
        System.out.printf(Locale.ROOT, "%-3d %-6.3f %-5s %-26s %-10s %-40s %s%n", i++, x.score(),
            x.match() ? "YES" : "no", x.entity().id(), x.entity().schema(), cut(x.entity().caption(), 40),
            String.join(",", x.datasets()));
        if (x.matchedName() != null && !x.matchedName().equals(x.entity().caption())) {
          System.out.printf(Locale.ROOT, "    matched name: %s%n", x.matchedName());
        }
        x.explanations().forEach(e -> System.out.printf(Locale.ROOT, "    %-22s %6.3f  %s%n", e.feature(), e.score(),
            e.detail()));
      }
    }
    System.out.printf(Locale.ROOT, "threshold %.2f, algorithm %s, lists %s%n", r.threshold(), r.algorithm(),
        String.join(", ", r.snapshotIds().stream().sorted().toList()));
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
