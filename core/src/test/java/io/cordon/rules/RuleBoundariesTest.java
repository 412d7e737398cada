package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.rules.RuleEvaluation.Status;
import io.cordon.rules.policy.PolicyBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dated condition of every bundled rule, tested the day before, on the day and the day after.
 * The expected outcome on each side is written by hand below from the legal text (the words are
 * quoted in the comment of each row); the rule data only supplies the other facts of the request.
 * {@link #everyDatedConditionOfEveryRuleHasARow()} fails when a rule gains a date without a row here.
 */
class RuleBoundariesTest {
  static final RuleBook RULES = TradeCheckerTest.RULES;

  /** in: the rule fires; out: it does not; review: it turns on a boundary day the texts leave open. */
  enum E { IN, OUT, REVIEW }

  /**
   * One boundary. {@code field}: trade (effective from/until or a trade-date bound), issue (an
   * issue-date bound) or party (the party's own date, for the given party). {@code baseTrade} and
   * {@code baseIssue} are dates on which every other condition of the rule holds.
   */
  record Row(String rule, String party, String field, String date, E before, E on, E after, String baseTrade,
             String baseIssue) {
    @Override
    public String toString() {
      return rule + " " + field + " " + date + " (" + party + ")";
    }
  }

  static Row r(String rule, String party, String field, String date, E b, E o, E a, String trade, String issue) {
    return new Row(rule, party, field, date, b, o, a, trade, issue);
  }

  static final E I = E.IN;
  static final E O = E.OUT;
  static final E R = E.REVIEW;
  static final String MINFIN = "ofac-31694";
  static final String CBR = "ofac-31695";

  static List<Row> rows() {
    return List.of(
        // EO 14024 Directive 1: "As of June 14, 2021" (FAQ 888; 12:01 a.m. EDT, the whole day); replaced by 1A on 2022-02-22 (FAQ 983)
        r("eo14024-d1-primary-bonds", MINFIN, "trade", "2021-06-14", O, I, I, null, "2021-06-15"),
        r("eo14024-d1-primary-bonds", MINFIN, "trade", "2022-02-21", I, I, O, null, "2021-06-15"),
        // "bonds issued after June 14, 2021" (FAQ 888)
        r("eo14024-d1-primary-bonds", MINFIN, "issue", "2021-06-14", O, O, I, "2021-07-01", null),
        r("eo14024-d1-lending", MINFIN, "trade", "2021-06-14", O, I, I, null, null),
        r("eo14024-d1-lending", MINFIN, "trade", "2022-02-21", I, I, O, null, null),
        r("eo14024-d1-secondary-allowed", MINFIN, "trade", "2021-06-14", O, I, I, null, "2021-06-15"),
        r("eo14024-d1-secondary-allowed", MINFIN, "trade", "2022-02-21", I, I, O, null, "2021-06-15"),
        // Directive 1A issued February 22, 2022 (FAQ 983)
        r("eo14024-d1a-primary-bonds", MINFIN, "trade", "2022-02-22", O, I, I, null, "2021-06-15"),
        r("eo14024-d1a-primary-bonds", MINFIN, "issue", "2021-06-14", O, O, I, "2022-03-01", null),
        r("eo14024-d1a-lending", MINFIN, "trade", "2022-02-22", O, I, I, null, null),
        // "As of March 1, 2022 ... bonds issued after March 1, 2022" (FAQ 888) vs "issued on or after the effective date" (list remark)
        r("eo14024-d1a-secondary-bonds", MINFIN, "trade", "2022-03-01", O, I, I, null, "2022-03-02"),
        r("eo14024-d1a-secondary-bonds", MINFIN, "issue", "2022-03-01", O, R, I, "2022-03-10", null),
        // Directive 2: each institution from its "Effective Date (EO 14024 Directive 2): 26 Mar 2022" (list)
        r("eo14024-d2-correspondent-accounts", "ofac-18716", "trade", "2022-03-26", O, I, I, null, null),
        r("eo14024-d2-correspondent-accounts", "ofac-18716", "party", "2022-03-26", O, I, I, null, null),
        r("eo14024-d2-processing", "ofac-18716", "trade", "2022-03-26", O, I, I, null, null),
        r("eo14024-d2-processing", "ofac-18716", "party", "2022-03-26", O, I, I, null, null),
        // Directive 3: "issued on or after 12:01 a.m. eastern daylight time, March 26, 2022" (FAQ 983)
        r("eo14024-d3-debt-14d", "ofac-17018", "trade", "2022-03-26", O, I, I, null, "2022-03-26"),
        r("eo14024-d3-debt-14d", "ofac-17018", "issue", "2022-03-26", O, I, I, "2022-04-01", null),
        r("eo14024-d3-debt-14d", "ofac-17018", "party", "2022-03-26", O, I, I, "2022-04-01", null),
        r("eo14024-d3-equity", "ofac-17018", "trade", "2022-03-26", O, I, I, null, "2022-03-26"),
        r("eo14024-d3-equity", "ofac-17018", "issue", "2022-03-26", O, I, I, "2022-04-01", null),
        r("eo14024-d3-equity", "ofac-17018", "party", "2022-03-26", O, I, I, "2022-04-01", null),
        // Directive 4: "Effective February 28, 2022" (FAQ 1000); amended "May 19, 2023" (FR 2023-11980)
        r("eo14024-d4-all-transactions", CBR, "trade", "2022-02-28", O, I, I, null, null),
        r("eo14024-d4-all-transactions", CBR, "trade", "2023-05-18", I, I, O, null, null),
        r("eo14024-d4-amended", CBR, "trade", "2023-05-19", O, I, I, null, null),
        // GL 8A and GL 13 "expire at 12:01am eastern daylight time, June 24, 2022" (FAQ 999): the 23rd is the last day
        r("gl-8a-energy", CBR, "trade", "2022-02-28", O, I, I, null, null),
        r("gl-8a-energy", CBR, "trade", "2022-06-23", I, I, O, null, null),
        // the successor's issue time on 2022-06-24 is not checked: open on the day
        r("gl-8-series-energy", CBR, "trade", "2022-06-24", O, R, I, null, null),
        r("gl-8-series-energy", CBR, "trade", "2025-01-09", I, I, O, null, null),
        // GL 8L: 10 Jan 2025 through 12:01 a.m. EDT 12 Mar 2025 (paraphrase)
        r("gl-8l-energy-wind-down", CBR, "trade", "2025-01-10", O, I, I, null, null),
        r("gl-8l-energy-wind-down", CBR, "trade", "2025-03-11", I, I, O, null, null),
        r("gl-13-taxes-fees", MINFIN, "trade", "2022-03-02", O, I, I, null, null),
        r("gl-13-taxes-fees", MINFIN, "trade", "2022-06-23", I, I, O, null, null),
        r("gl-13-series-taxes-fees", MINFIN, "trade", "2022-06-24", O, R, I, null, null),
        // CBW Act directive: "effective as of August 26, 2019" (FAQ 675); issue-day wording not reached: open
        r("eo13883-cbw-primary-bonds", MINFIN, "trade", "2019-08-26", O, I, I, null, "2019-08-27"),
        r("eo13883-cbw-primary-bonds", MINFIN, "issue", "2019-08-26", O, R, I, "2019-09-01", null),
        r("eo13883-cbw-lending", CBR, "trade", "2019-08-26", O, I, I, null, null),
        r("eo13883-cbw-secondary-allowed", MINFIN, "trade", "2019-08-26", O, I, I, null, "2019-01-10"),
        // EO 13662 Directive 1 (FAQ 370): 90 days "On or after July 16, 2014 and before September 12, 2014", 30 days
        // "On or after September 12, 2014 and before November 28, 2017", 14 days "On or after November 28, 2017";
        // each entity from "the date a person was determined to be subject to Directive 1"
        r("eo13662-d1-debt-90d", "ofac-17016", "trade", "2014-07-16", O, I, I, null, "2014-07-16"),
        r("eo13662-d1-debt-90d", "ofac-17016", "issue", "2014-07-16", O, I, I, "2014-09-20", null),
        r("eo13662-d1-debt-90d", "ofac-17016", "issue", "2014-09-12", I, O, O, "2014-09-20", null),
        r("eo13662-d1-debt-90d", "ofac-17013", "party", "2014-07-29", O, I, I, "2014-09-20", null),
        r("eo13662-d1-debt-30d", "ofac-17016", "trade", "2014-07-16", O, I, I, null, "2014-09-12"),
        r("eo13662-d1-debt-30d", "ofac-17016", "issue", "2014-09-12", O, I, I, "2018-01-10", null),
        r("eo13662-d1-debt-30d", "ofac-17016", "issue", "2017-11-28", I, O, O, "2018-01-10", null),
        r("eo13662-d1-debt-30d", "ofac-17018", "party", "2014-09-12", O, I, I, "2018-01-10", null),
        r("eo13662-d1-debt-14d", "ofac-17016", "trade", "2014-07-16", O, I, I, null, "2017-11-28"),
        r("eo13662-d1-debt-14d", "ofac-17016", "issue", "2017-11-28", O, I, I, "2018-01-10", null),
        // no entity of the table was determined after 2017-11-28: around Sberbank's own date the debt is outside anyway
        r("eo13662-d1-debt-14d", "ofac-17018", "party", "2014-09-12", O, O, O, "2018-01-10", null),
        r("eo13662-d1-equity", "ofac-17016", "trade", "2014-07-16", O, I, I, null, "2014-07-16"),
        r("eo13662-d1-equity", "ofac-17016", "issue", "2014-07-16", O, I, I, "2014-09-20", null),
        r("eo13662-d1-equity", "ofac-17013", "party", "2014-07-29", O, I, I, "2014-09-20", null),
        // EO 13662 Directive 2: 90 days before November 28, 2017, 60 days from then (CAATSA 223(c))
        r("eo13662-d2-debt-90d", "ofac-17022", "trade", "2014-07-16", O, I, I, null, "2014-07-16"),
        r("eo13662-d2-debt-90d", "ofac-17022", "issue", "2014-07-16", O, I, I, "2018-01-10", null),
        r("eo13662-d2-debt-90d", "ofac-17022", "issue", "2017-11-28", I, O, O, "2018-01-10", null),
        r("eo13662-d2-debt-90d", "ofac-17143", "party", "2014-09-12", O, I, I, "2018-01-10", null),
        r("eo13662-d2-debt-60d", "ofac-17022", "trade", "2014-07-16", O, I, I, null, "2017-11-28"),
        r("eo13662-d2-debt-60d", "ofac-17022", "issue", "2017-11-28", O, I, I, "2018-01-10", null),
        r("eo13662-d2-debt-60d", "ofac-17143", "party", "2014-09-12", O, O, O, "2018-01-10", null),
        // EO 13662 Directive 3 (FAQ 411): from the determination, 12 September 2014 for Rostec
        r("eo13662-d3-debt-30d", "ofac-17260", "trade", "2014-09-12", O, I, I, null, "2014-09-12"),
        r("eo13662-d3-debt-30d", "ofac-17260", "issue", "2014-09-12", O, I, I, "2014-10-01", null),
        r("eo13662-d3-debt-30d", "ofac-17260", "party", "2014-09-12", O, I, I, "2014-10-01", null),
        // EO 13662 Directive 4: from the determination (12 September 2014 for Lukoil)
        r("eo13662-d4-oil-projects", "ofac-17248", "trade", "2014-09-12", O, I, I, null, null),
        r("eo13662-d4-oil-projects", "ofac-17248", "party", "2014-09-12", O, I, I, null, null),
        // EU Regulation 833/2014 Art. 5a: in force 23 Feb 2022 (Reg. 2022/262); "issued after 9 March 2022";
        // loans "after 23 February 2022"; Art. 5a(4) from 28 Feb 2022 (Reg. 2022/334)
        r("eu-833-5a1-securities", MINFIN, "trade", "2022-02-23", O, I, I, null, "2022-03-10"),
        r("eu-833-5a1-securities", MINFIN, "issue", "2022-03-09", O, O, I, "2022-04-01", null),
        r("eu-833-5a2-loans", CBR, "trade", "2022-02-23", O, O, I, null, null),
        r("eu-833-5a4-central-bank", CBR, "trade", "2022-02-28", O, I, I, null, null),
        // blocked parties: no date of its own
        r("blocked-party", "ofac-31291", "trade", "1900-01-01", O, I, I, null, null));
  }

  /** The demo list plus the EO 13662 parties the table needs, with the provisions OFAC's list gives them. */
  static Listings listings() {
    List<Entity> all = new ArrayList<>(DemoList.entities());
    for (String[] p : new String[][] {{"ofac-17016", "GAZPROMBANK JOINT STOCK COMPANY", "EO 13662 Directive 1"},
        {"ofac-17022", "OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY", "EO 13662 Directive 2"},
        {"ofac-17143", "PUBLIC JOINT STOCK COMPANY GAZPROM NEFT", "EO 13662 Directive 2"}}) {
      all.add(Entity.builder(p[0], "Company").add("name", p[1]).add("topics", "sanction").dataset("us_ofac_cons").build());
      all.add(Entity.builder(p[0] + "-sanction", "Sanction").add("entity", p[0]).add("program", "UKRAINE-EO13662")
          .add("provisions", p[2]).dataset("us_ofac_cons").build());
    }
    return Listings.of(all);
  }

  static final Listings LISTINGS = listings();

  static TradeChecker checker(String policy) {
    return new TradeChecker(RULES, LISTINGS, new ListingsResolver(LISTINGS), PolicyBook.bundled().get(policy),
        MatchBands.DEFAULT, TradeCheckerTest.CLOCK);
  }

  static final TradeChecker US = checker("us");
  static final TradeChecker EU = checker("eu");

  static Stream<Row> cases() {
    return rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bothSidesAndTheDay(Row row) {
    LocalDate d = LocalDate.parse(row.date());
    assertThat(outcome(row, d.minusDays(1))).as(row + ": the day before").isEqualTo(row.before());
    assertThat(outcome(row, d)).as(row + ": the day itself").isEqualTo(row.on());
    assertThat(outcome(row, d.plusDays(1))).as(row + ": the day after").isEqualTo(row.after());
  }

  /** The rule's outcome for a request in which every condition but the one date under test holds. */
  static E outcome(Row row, LocalDate date) {
    Rule rule = RULES.rule(row.rule()).orElseThrow();
    Conditions c = rule.when();
    LocalDate trade = row.baseTrade() == null ? null : LocalDate.parse(row.baseTrade());
    LocalDate issue = row.baseIssue() == null ? null : LocalDate.parse(row.baseIssue());
    switch (row.field()) {
      case "trade" -> trade = date;
      case "issue" -> issue = date;
      case "party" -> {
        // the party's own date bounds the trade date (Directives 2, 4) or the issue date (debt and equity)
        if (c.issueDate() != null && c.issueDate().onOrAfterPartyDate()) {
          issue = date;
        } else {
          trade = date;
        }
      }
      default -> throw new IllegalArgumentException(row.field());
    }
    if (trade == null) {
      trade = issue;
    }
    String jur = c.actorJurisdictions().contains("US") || c.actorJurisdictions().isEmpty() ? "US" : "EU";
    ActorKind kind = c.actorKinds().isEmpty() ? ActorKind.FINANCIAL_INSTITUTION : c.actorKinds().iterator().next();
    Instrument inst = c.instruments().isEmpty() ? Instrument.OTHER
        : c.instruments().stream().sorted().findFirst().orElseThrow();
    Market market = !c.markets().isEmpty() ? c.markets().iterator().next()
        : inst == Instrument.BOND || inst == Instrument.EQUITY ? Market.PRIMARY : null;
    String currency = c.currencies().isEmpty() ? "USD" : c.currencies().iterator().next();
    Integer maturity = c.maturityDaysOver() == null ? 365 : c.maturityDaysOver() + 1;
    Set<Purpose> purposes = c.purposes().isEmpty() ? Set.of(Purpose.OTHER) : Set.of(c.purposes().iterator().next());
    TradeRequest q = new TradeRequest(jur, kind, PartyQuery.byId(row.party()), inst, market, issue, trade, currency,
        maturity, null, purposes);
    RuleEvaluation e = (jur.equals("EU") ? EU : US).check(q).evaluation(row.rule());
    if (e.boundary()) {
      return E.REVIEW;
    }
    Set<Status> fired = Set.of(Status.FIRED, Status.AUTHORIZED);
    assertThat(e.status()).as(row + " on " + date + ": " + e.reasons()).isNotEqualTo(Status.INDETERMINATE);
    return fired.contains(e.status()) ? E.IN : E.OUT;
  }

  @Test
  void everyDatedConditionOfEveryRuleHasARow() {
    Set<String> inData = new TreeSet<>();
    for (Rule r : RULES.rules()) {
      inData.add(r.id() + " trade " + r.effectiveFrom());
      if (r.effectiveUntil() != null) {
        inData.add(r.id() + " trade " + r.effectiveUntil());
      }
      for (var dc : new DateCondition[] {r.when().issueDate(), r.when().tradeDate()}) {
        if (dc == null) {
          continue;
        }
        String f = dc == r.when().issueDate() ? "issue" : "trade";
        // an "after D" bound turns on D (its day after is the first covered), "before D" on D (the first not covered)
        dc.bounds().forEach(b -> inData.add(r.id() + " " + f + " " + b));
      }
      if (r.partyDates() != null) {
        inData.add(r.id() + " party");
      }
    }
    Set<String> inTable = new TreeSet<>();
    for (Row row : rows()) {
      inTable.add(row.field().equals("party") ? row.rule() + " party" : row.rule() + " " + row.field() + " " + row.date());
    }
    // onOrBefore/until are tested on their last day; a trade-date bound equal to the effective date is one row
    assertThat(inTable).containsAll(inData);
    assertThat(inData).containsAll(inTable);
  }
}
