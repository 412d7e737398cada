package io.cordon.cli;

import io.cordon.common.Json;
import io.cordon.model.Entity;
import io.cordon.rules.ActorKind;
import io.cordon.rules.CatalogListings;
import io.cordon.rules.Citation;
import io.cordon.rules.DemoList;
import io.cordon.rules.Instrument;
import io.cordon.rules.Listings;
import io.cordon.rules.Market;
import io.cordon.rules.PartyCandidate;
import io.cordon.rules.PartyFinding;
import io.cordon.rules.PartyQuery;
import io.cordon.rules.RuleBook;
import io.cordon.rules.RuleEvaluation;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.TradeChecker;
import io.cordon.rules.TradeDecision;
import io.cordon.rules.TradeDecisionJson;
import io.cordon.rules.TradeRequest;
import io.cordon.rules.ownership.OwnershipCsv;
import io.cordon.rules.ownership.OwnershipLink;
import io.cordon.rules.ownership.OwnershipPath;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.rules.policy.ScreeningPolicy;
import io.cordon.screening.TradeChecks;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code cordon check-trade}: is this transaction allowed under the rules in force? (docs/rules.md) */
@Command(name = "check-trade", sortOptions = false, mixinStandardHelpOptions = true,
    modelTransformer = CheckTradeCommand.RuleBooksInHelp.class,
    description = {"Checks a transaction against the bundled rule books (listed below) and answers prohibited, allowed",
        "or review, with the rules, their source texts (verbatim or marked paraphrase) and effective dates,",
        "the matched entity and the facts used. Unknowns (an identifier that matches nothing, a weak match,",
        "a missing fact a rule needs) answer review. See docs/rules.md."})
final class CheckTradeCommand implements Callable<Integer> {

  /** Lists every bundled rule book (file, version, description) at the end of --help. */
  static final class RuleBooksInHelp implements CommandLine.IModelTransformer {
    @Override
    public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
      RuleBook book = new RuleLoader().loadBundled();
      List<String> lines = new ArrayList<>();
      lines.add("");
      lines.add("Bundled rule books (" + book.rules().size() + " rules; add your own with --rules):");
      book.files().forEach((file, version) -> {
        long n = book.rules().stream().filter(r -> r.file().startsWith(file + " ")).count();
        lines.add("  " + version + "  (" + file + ", " + n + " rules)");
        String d = book.descriptions().get(file);
        if (d != null) {
          lines.add("      " + d);
        }
      });
      // footer lines are format strings: a literal % must be doubled
      spec.usageMessage().footer(lines.stream().map(l -> l.replace("%", "%%")).toArray(String[]::new));
      return spec;
    }
  }

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--actor-jurisdiction", defaultValue = "US", description = "Actor's country code (default: ${DEFAULT-VALUE}).")
  String actorJurisdiction;

  @Option(names = "--actor-kind", description = "financial-institution, person or company (unknown: rules limited to a kind need review).")
  String actorKind;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Party party;

  static final class Party {
    @Option(names = "--counterparty", description = "Counterparty or issuer name (resolved by name matching).")
    String name;
    @Option(names = "--entity", description = "Entity id, e.g. ofac-31695.")
    String entity;
    @Option(names = "--identifier", description = "Identifier: BIC, LEI, ISIN, INN, OGRN...")
    String identifier;
  }

  @Option(names = "--instrument", required = true, description = "bond, equity, loan, letter-of-credit, commercial-paper,"
      + " other-debt, correspondent-account or other (goods, services, payments).")
  String instrument;

  @Option(names = "--market", description = "primary or secondary (required for bond and equity).")
  String market;

  @Option(names = "--issue-date", description = "Issue date of the security (YYYY-MM-DD).")
  LocalDate issueDate;

  @Option(names = "--trade-date", required = true, description = "Trade date (YYYY-MM-DD): decides which rules are in force.")
  LocalDate tradeDate;

  @Option(names = "--currency", description = "ISO 4217 currency, e.g. RUB.")
  String currency;

  @Option(names = "--maturity-days", description = "Debt maturity in days (EO 13662 directives).")
  Integer maturityDays;

  @Option(names = "--purpose", split = ",", description = "What the transaction is for: energy, tax, deepwater-oil,"
      + " arctic-offshore-oil, shale-oil, agriculture-medicine, other (general licences and EO 13662 Directive 4 turn on it;"
      + " not given: such rules answer review).")
  List<String> purpose;

  @Option(names = "--as-of", description = "Answer with the rules (and lists) known on this date (default: today).")
  LocalDate asOf;

  @Option(names = "--policy", description = "Screening profile: us, eu, uk, un, ch, ca, global (default: by actor jurisdiction).")
  String policy;

  @Option(names = "--sources", split = ",", description = "Only these sources (per-request override of the profile).")
  List<String> sources;

  @Option(names = "--policies", description = "YAML file with more screening profiles (see docs/rules.md).")
  Path policies;

  @Option(names = "--rules", description = "Extra rule file(s) (YAML, format cordon-rules/1), on top of the bundled ones.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--ownership", description = "Ownership CSV (owner,asset,percentage,source[,start_date,end_date]).")
  List<Path> ownership = new ArrayList<>();

  @Option(names = "--entities", description = "FtM entity JSON lines to check against instead of the bundled demo list.")
  List<Path> entities = new ArrayList<>();

  @Option(names = "--algorithm", defaultValue = "standard",
      description = "Name scorer for --counterparty with imported lists: standard or ofac (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--demo", description = "Use the bundled demo list even when the store holds lists.")
  boolean demo;

  @Option(names = "--json", description = "Print the decision as JSON (top-level \"decision\").")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Instrument inst = Instrument.parse(instrument);
    Market mkt = market == null ? null : Market.parse(market);
    if (mkt == null && (inst == Instrument.BOND || inst == Instrument.EQUITY)) {
      throw new IllegalArgumentException("--market primary|secondary is required for --instrument " + inst.label());
    }
    ActorKind kind = actorKind == null ? null : ActorKind.parse(actorKind);
    PartyQuery q = new PartyQuery(party.name, party.entity, party.identifier);
    java.util.Set<io.cordon.rules.Purpose> purposes = java.util.EnumSet.noneOf(io.cordon.rules.Purpose.class);
    if (purpose != null) {
      purpose.forEach(p -> purposes.add(io.cordon.rules.Purpose.parse(p)));
    }
    TradeRequest req = new TradeRequest(actorJurisdiction, kind, q, inst, mkt, issueDate, tradeDate, currency,
        maturityDays, asOf, purposes);

    PolicyBook book = policies == null ? PolicyBook.bundled() : PolicyBook.withUserFile(policies);
    ScreeningPolicy pol = TradeChecks.policy(book, policy, req.actorJurisdiction(), sources);
    RuleBook ruleBook = new RuleLoader().load(rules, true);

    List<OwnershipLink> links = new ArrayList<>();
    for (Path p : ownership) {
      links.addAll(OwnershipCsv.read(p));
    }
    TradeDecision d;
    String dataNote;
    boolean useStore = entities.isEmpty() && !demo && Files.isDirectory(main.home());
    try (Home home = useStore ? Home.open(main) : null) {
      Data data = load(home, pol, req.asOf());
      Listings listings = data.listings().listings().withOwnership(links);
      dataNote = data.note();
      // from the store, names go through the screening index and scorer; ids and identifiers stay exact
      TradeChecker checker = data.fromStore()
          ? TradeChecks.screened(ruleBook, listings, data.listings().sources(), home.screener(Engine.scorer(algorithm)),
              pol, req.asOf(), home.clock())
          : TradeChecks.listed(ruleBook, listings, pol, Clock.systemUTC());
      d = checker.check(req);
      namer = id -> listings.entity(id).map(e -> e.caption() + " (" + id + ")").orElse(id);
    }

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = TradeDecisionJson.toMap(d);
      m.put("data", dataNote);
      out.println(Json.PRETTY.writeValueAsString(m));
    } else {
      print(out, d, dataNote, namer);
    }
    out.flush();
    return 0;
  }

  /** The entities to check against, their sources, and a line saying where they came from. */
  record Data(CatalogListings listings, String note, boolean fromStore) {}

  private java.util.function.UnaryOperator<String> namer = id -> id;

  /**
   * --entities files; else the store's snapshots (active, or in force on --as-of) of the sources
   * the policy selects; else, when there is no store or it holds no lists, the bundled demo list.
   * Files and the demo list are kept whole: entities on no selected list still resolve and take
   * part in the 50% rule (an unlisted company owned by an SDN is the case it is about); the policy
   * decides which listings count.
   */
  private Data load(Home home, ScreeningPolicy pol, LocalDate asOfDate) throws Exception {
    if (!entities.isEmpty()) {
      List<Entity> all = new ArrayList<>();
      for (Path p : entities) {
        all.addAll(DemoList.read(p));
      }
      return new Data(wrap(all), "files " + entities, false);
    }
    if (home != null && !home.catalog().sources().isEmpty()) {
      CatalogListings cl = CatalogListings.load(home.catalog(), pol, asOfDate);
      String missing = cl.missing().isEmpty() ? "" : "; WARNING: the store holds no snapshot" + (asOfDate == null
          ? "" : " in force on " + asOfDate) + " of " + cl.missing() + " selected by policy " + pol.name()
          + ": rules acting on those lists cannot fire (import them, see docs/rules.md)";
      if (!missing.isEmpty()) {
        spec.commandLine().getErr().println("cordon check-trade: warning:" + missing.substring(missing.indexOf(':') + 1));
      }
      return new Data(cl, "store " + main.home() + ", snapshots " + (cl.snapshotIds().isEmpty()
          ? "(none selected by policy " + pol.name() + ")" : cl.snapshotIds()) + missing, !cl.snapshotIds().isEmpty());
    }
    return new Data(wrap(DemoList.entities()),
        "bundled demo list (OFAC entries 31693-31695, 17013, 31455, 31291; no lists imported; see docs/rules.md)", false);
  }

  private static CatalogListings wrap(List<Entity> entities) {
    return new CatalogListings(Listings.of(entities), List.of(), java.util.Set.of(), List.of());
  }

  private static String trim(double pct) {
    return java.math.BigDecimal.valueOf(pct).stripTrailingZeros().toPlainString();
  }

  private static void print(PrintWriter out, TradeDecision d, String dataNote,
                            java.util.function.UnaryOperator<String> namer) {
    out.println("decision: " + d.decision().label().toUpperCase(Locale.ROOT));
    for (String r : d.reasons()) {
      out.println("  " + r);
    }
    PartyFinding p = d.party();
    out.println();
    if (p.candidate() == null) {
      out.println("counterparty: no entry of the selected lists comes close");
    } else {
      PartyCandidate c = p.candidate();
      out.printf(Locale.ROOT, "counterparty: %s (%s), score %.2f by %s [%s]%n", c.caption(), c.id(), c.score(),
          c.matchedBy(), p.band().name().toLowerCase(Locale.ROOT));
      out.println("  listed on: " + (p.listedOn().isEmpty() ? "-" : String.join(", ", p.listedOn()))
          + "; blocked: " + (p.blocked() ? "yes" : "no"));
      if (p.ownership() != null && (p.ownership().blockedShare() > 0 || !p.ownership().unknownShares().isEmpty())) {
        out.println("  ownership: " + p.ownership().summary());
        for (OwnershipPath path : p.ownership().paths()) {
          StringBuilder sb = new StringBuilder(namer.apply(path.root()));
          path.steps().forEach(st -> sb.append(" -[").append(String.format(Locale.ROOT, "%s", trim(st.percentage())))
              .append("%]-> ").append(namer.apply(st.asset())));
          out.println("    " + sb);
        }
      }
      for (PartyCandidate o : p.others()) {
        out.printf(Locale.ROOT, "  also: %s (%s) %.2f%n", o.caption(), o.id(), o.score());
      }
    }
    out.println();
    out.println("rules:");
    for (RuleEvaluation e : d.rules()) {
      var r = e.rule();
      out.printf("  %-13s %-30s %s, %s .. %s%s%n", e.status().label(), r.id(), r.outcome().label(), r.effectiveFrom(),
          r.effectiveUntil() == null ? "" : r.effectiveUntil(), e.boundary() ? "  [boundary day]" : "");
      if (e.status() == RuleEvaluation.Status.FIRED || e.boundary()
          || e.status() == RuleEvaluation.Status.INDETERMINATE) {
        for (Citation c : r.citations()) {
          out.println("      " + c.cite() + (c.url() == null ? "" : " <" + c.url() + ">")
              + (c.published() == null ? "" : ", text of " + c.published()));
          out.println(c.verbatim() ? "        \"" + c.quote() + "\"" : "        paraphrase: " + c.quote());
        }
        if (r.follows() != null) {
          out.println("      follows: " + r.follows());
        }
        if (e.open() != null) {
          out.println("      open: " + e.open());
        }
        for (String reason : e.reasons()) {
          out.println("      - " + reason);
        }
      } else {
        e.reasons().stream().filter(x -> !x.startsWith("holds:") && !x.startsWith("in force")).findFirst()
            .ifPresent(x -> out.println("      - " + x));
      }
    }
    out.println();
    out.println("facts: " + d.facts());
    out.println("policy " + d.policy() + "; rules " + d.ruleBook() + "; as of " + d.asOf() + "; data: " + dataNote);
  }
}
