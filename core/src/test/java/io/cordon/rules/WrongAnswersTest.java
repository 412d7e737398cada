package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.rules.RuleEvaluation.Status;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The wrong answers of issue 10 ("Why"), one test each: every one of them answered differently
 * before the fix. Expected outcomes come from the texts cited in the rule data (FAQ numbers in the
 * comments), not from the code.
 */
class WrongAnswersTest {
  static final TradeChecker US = TradeCheckerTest.US;
  static final String MINFIN = "ofac-31694";
  static final String CBR = "ofac-31695";
  static final String SBERBANK = "ofac-17018";

  static TradeRequest req(ActorKind kind, PartyQuery who, Instrument i, Market m, String issued, String traded,
                          String currency, Integer days, Purpose... purposes) {
    return new TradeRequest("US", kind, who, i, m, issued == null ? null : LocalDate.parse(issued),
        LocalDate.parse(traded), currency, days, null, Set.of(purposes));
  }

  // ---- the CBW Act directive under EO 13883 (FAQ 675: effective as of August 26, 2019; non-ruble only) ----

  @Test
  void usdBondOfTheMinistryOfFinanceBoughtInThePrimaryMarketIn2020IsProhibitedByTheCbwActDirective() {
    TradeDecision d = US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(MINFIN), Instrument.BOND, Market.PRIMARY,
        "2020-03-02", "2020-03-02", "USD", null));
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.fired()).containsExactly("eo13883-cbw-primary-bonds");
    // a ruble bond is not covered (FAQ 675), nor the secondary market (FAQ 678)
    assertThat(US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(MINFIN), Instrument.BOND, Market.PRIMARY,
        "2020-03-02", "2020-03-02", "RUB", null)).decision()).isEqualTo(Verdict.ALLOWED);
    TradeDecision secondary = US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(MINFIN), Instrument.BOND,
        Market.SECONDARY, "2020-03-02", "2020-04-01", "USD", null));
    assertThat(secondary.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(secondary.fired()).containsExactly("eo13883-cbw-secondary-allowed");
    // before the effective date
    assertThat(US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(MINFIN), Instrument.BOND, Market.PRIMARY,
        "2019-08-25", "2019-08-25", "USD", null)).decision()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void usdLoanToTheCentralBankOn1June2021IsProhibitedByTheCbwActDirective() {
    TradeDecision d = US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byIdentifier("CBRFRUMM"), Instrument.LOAN,
        null, null, "2021-06-01", "USD", null));
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.fired()).containsExactly("eo13883-cbw-lending");
    assertThat(d.evaluation("eo14024-d1-lending").status()).isEqualTo(Status.NOT_IN_FORCE);
    // a loan whose currency is not given cannot be judged: review, naming the missing fact
    TradeDecision unknown = US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byIdentifier("CBRFRUMM"),
        Instrument.LOAN, null, null, "2021-06-01", null, null));
    assertThat(unknown.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(unknown.reasons()).anyMatch(r -> r.contains("eo13883-cbw-lending") && r.contains("missing: currency"));
  }

  // ---- EO 13662: each entity from its own determination date (FAQ 370) ----

  @Test
  void sberbankDebtIssuedInAugust2014BeforeItsOwnDeterminationIsNotProhibited() {
    // Sberbank was determined subject to Directive 1 on 2014-09-12; the 90-day rule ran from 2014-07-16 for others
    TradeDecision aug = US.check(req(ActorKind.COMPANY, PartyQuery.byId(SBERBANK), Instrument.BOND, Market.SECONDARY,
        "2014-08-15", "2014-08-20", "USD", 365));
    assertThat(aug.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(aug.evaluation("eo13662-d1-debt-90d").reasons())
        .anyMatch(r -> r.contains("is not on or after 2014-09-12 (date of determination under EO 13662 Directive 1"));
    TradeDecision equity = US.check(req(ActorKind.COMPANY, PartyQuery.byId(SBERBANK), Instrument.EQUITY, Market.PRIMARY,
        "2014-08-15", "2014-08-20", "USD", null));
    assertThat(equity.decision()).isEqualTo(Verdict.ALLOWED);
    // from its own date on, the 30-day tenor of the September 2014 version applies
    TradeDecision sep = US.check(req(ActorKind.COMPANY, PartyQuery.byId(SBERBANK), Instrument.BOND, Market.SECONDARY,
        "2014-09-12", "2014-09-20", "USD", 31));
    assertThat(sep.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(sep.fired()).containsExactly("eo13662-d1-debt-30d");
    // VTB (determined 2014-07-29): debt issued on 2014-07-29 with 91 days is covered, on 2014-07-28 not
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId("ofac-17013"), Instrument.LOAN, null,
        "2014-07-29", "2014-08-01", "USD", 91)).fired()).containsExactly("eo13662-d1-debt-90d");
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId("ofac-17013"), Instrument.LOAN, null,
        "2014-07-28", "2014-08-01", "USD", 91)).decision()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void aListedEntityWithoutAKnownDeterminationDateIsReviewNotAllowed() {
    Listings l = Listings.of(java.util.List.of(
        io.cordon.model.Entity.builder("x-ssi", "Company").add("name", "Example SSI Bank").dataset("us_ofac_cons").build(),
        io.cordon.model.Entity.builder("x-ssi-sanction", "Sanction").add("entity", "x-ssi")
            .add("program", "UKRAINE-EO13662").add("provisions", "EO 13662 Directive 1").dataset("us_ofac_cons").build()));
    TradeChecker c = new TradeChecker(TradeCheckerTest.RULES, l, new ListingsResolver(l),
        io.cordon.rules.policy.PolicyBook.bundled().get("us"), MatchBands.DEFAULT, TradeCheckerTest.CLOCK);
    TradeDecision d = c.check(req(ActorKind.COMPANY, PartyQuery.byId("x-ssi"), Instrument.BOND, Market.PRIMARY,
        "2016-01-10", "2016-01-10", "USD", 60));
    assertThat(d.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(d.evaluation("eo13662-d1-debt-30d").status()).isEqualTo(Status.INDETERMINATE);
    assertThat(d.reasons()).anyMatch(r -> r.contains("date of determination under EO 13662 Directive 1 of x-ssi"));
    // but debt issued before any determination under the directive (2014-07-16) is outside it anyway
    assertThat(c.check(req(ActorKind.COMPANY, PartyQuery.byId("x-ssi"), Instrument.BOND, Market.PRIMARY,
        "2014-07-15", "2014-07-15", "USD", 365)).decision()).isEqualTo(Verdict.ALLOWED);
  }

  // ---- Directive 4 and the general licences; purpose ----

  @Test
  void energyPaymentToTheCentralBankAuthorisedByGeneralLicence8A() {
    TradeDecision energy = US.check(req(ActorKind.COMPANY, PartyQuery.byId(CBR), Instrument.OTHER, null, null,
        "2022-04-01", "USD", null, Purpose.ENERGY));
    assertThat(energy.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(energy.evaluation("eo14024-d4-all-transactions").status()).isEqualTo(Status.AUTHORIZED);
    assertThat(energy.reasons()).anyMatch(r -> r.contains("authorised by gl-8a-energy"));
    // GL 8A names the Central Bank only: the same payment to the Ministry of Finance stays prohibited
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId(MINFIN), Instrument.OTHER, null, null,
        "2022-04-01", "USD", null, Purpose.ENERGY)).decision()).isEqualTo(Verdict.PROHIBITED);
    // without a purpose the licence cannot be judged: review, saying what is missing
    TradeDecision unknown = US.check(req(ActorKind.COMPANY, PartyQuery.byId(CBR), Instrument.OTHER, null, null,
        "2022-04-01", "USD", null));
    assertThat(unknown.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(unknown.reasons()).anyMatch(r -> r.contains("gl-8a-energy") && r.contains("missing: purpose"));
    // GL 8A expired at 12:01 a.m. EDT 2022-06-24 (FAQ 999): 06-23 authorised; after GL 8L expired, prohibited
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId(CBR), Instrument.OTHER, null, null,
        "2022-06-23", "USD", null, Purpose.ENERGY)).decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId(CBR), Instrument.OTHER, null, null,
        "2025-03-12", "USD", null, Purpose.ENERGY)).decision()).isEqualTo(Verdict.PROHIBITED);
    // GL 8L (wind-down only): review
    TradeDecision windDown = US.check(req(ActorKind.COMPANY, PartyQuery.byId(CBR), Instrument.OTHER, null, null,
        "2025-02-01", "USD", null, Purpose.ENERGY));
    assertThat(windDown.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(windDown.reasons()).anyMatch(r -> r.contains("gl-8l-energy-wind-down") && r.contains("wind-down"));
  }

  @Test
  void taxPaymentToTheMinistryOfFinanceAuthorisedByGeneralLicence13() {
    TradeDecision tax = US.check(req(ActorKind.COMPANY, PartyQuery.byId(MINFIN), Instrument.OTHER, null, null,
        "2022-03-02", "RUB", null, Purpose.TAX));
    assertThat(tax.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(tax.evaluation("eo14024-d4-all-transactions").status()).isEqualTo(Status.AUTHORIZED);
    // GL 13 was issued on 2022-03-02: a tax payment on 2022-03-01 is prohibited
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId(MINFIN), Instrument.OTHER, null, null,
        "2022-03-01", "RUB", null, Purpose.TAX)).decision()).isEqualTo(Verdict.PROHIBITED);
  }

  @Test
  void directive4AmendmentOf19May2023IsKnown() {
    TradeDecision before = US.check(req(ActorKind.COMPANY, PartyQuery.byId(CBR), Instrument.OTHER, null, null,
        "2023-05-18", "USD", null, Purpose.OTHER));
    assertThat(before.fired()).containsExactly("eo14024-d4-all-transactions");
    TradeDecision on = US.check(req(ActorKind.COMPANY, PartyQuery.byId(CBR), Instrument.OTHER, null, null,
        "2023-05-19", "USD", null, Purpose.OTHER));
    assertThat(on.fired()).containsExactly("eo14024-d4-amended");
    assertThat(on.evaluation("eo14024-d4-amended").rule().note()).contains("report");
    assertThat(on.decision()).isEqualTo(Verdict.PROHIBITED);
  }

  // ---- "other" debt under EO 14024 Directive 3 (FAQ 986) ----

  @Test
  void letterOfCreditAndCommercialPaperOfADirective3EntityAreDebt() {
    for (Instrument i : new Instrument[] {Instrument.LETTER_OF_CREDIT, Instrument.COMMERCIAL_PAPER, Instrument.OTHER_DEBT}) {
      TradeDecision d = US.check(req(ActorKind.COMPANY, PartyQuery.byId(SBERBANK), i, null, "2022-03-28", "2022-03-29",
          "USD", 30));
      assertThat(d.decision()).as(i.label()).isEqualTo(Verdict.PROHIBITED);
      assertThat(d.fired()).as(i.label()).contains("eo14024-d3-debt-14d");
    }
    // the date comes from the list data: 'Effective Date (EO 14024 Directive 3): 26 Mar 2022'
    TradeDecision early = US.check(req(ActorKind.COMPANY, PartyQuery.byId(SBERBANK), Instrument.LETTER_OF_CREDIT, null,
        "2022-03-25", "2022-03-29", "USD", 30));
    assertThat(early.evaluation("eo14024-d3-debt-14d").status()).isEqualTo(Status.NOT_MET);
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId(SBERBANK), Instrument.LETTER_OF_CREDIT, null,
        "2022-03-26", "2022-03-29", "USD", 30)).evaluation("eo14024-d3-debt-14d").reasons())
        .anyMatch(r -> r.contains("effective date under EO 14024 Directive 3 of ofac-17018, from the list data"));
  }

  // ---- EO 14024 Directive 2 and EO 13662 Directive 4 ----

  @Test
  void correspondentAccountForADirective2InstitutionIsProhibitedFromItsEffectiveDate() {
    TradeDecision on = US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byIdentifier("SABRATWW"),
        Instrument.CORRESPONDENT_ACCOUNT, null, null, "2022-03-26", "EUR", null));
    assertThat(on.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(on.fired()).contains("eo14024-d2-correspondent-accounts", "eo14024-d2-processing");
    assertThat(US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byIdentifier("SABRATWW"),
        Instrument.CORRESPONDENT_ACCOUNT, null, null, "2022-03-25", "EUR", null)).decision()).isEqualTo(Verdict.ALLOWED);
    // Directive 2 binds US financial institutions only
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byIdentifier("SABRATWW"), Instrument.OTHER, null, null,
        "2022-04-01", "EUR", null)).decision()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void servicesForAShaleProjectOfADirective4EntityAreProhibited() {
    TradeDecision shale = US.check(req(ActorKind.COMPANY, PartyQuery.byId("ofac-17248"), Instrument.OTHER, null, null,
        "2015-01-10", "USD", null, Purpose.SHALE_OIL));
    assertThat(shale.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(shale.fired()).containsExactly("eo13662-d4-oil-projects");
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId("ofac-17248"), Instrument.OTHER, null, null,
        "2015-01-10", "USD", null, Purpose.OTHER)).decision()).isEqualTo(Verdict.ALLOWED);
    TradeDecision unknown = US.check(req(ActorKind.COMPANY, PartyQuery.byId("ofac-17248"), Instrument.OTHER, null, null,
        "2015-01-10", "USD", null));
    assertThat(unknown.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(unknown.reasons()).anyMatch(r -> r.contains("eo13662-d4-oil-projects") && r.contains("missing: purpose"));
    // before Lukoil's determination (2014-09-12)
    assertThat(US.check(req(ActorKind.COMPANY, PartyQuery.byId("ofac-17248"), Instrument.OTHER, null, null,
        "2014-09-11", "USD", null, Purpose.SHALE_OIL)).decision()).isEqualTo(Verdict.ALLOWED);
  }

  // ---- unknowns and boundaries ----

  @Test
  void anIdentifierThatResolvesToNothingIsReview() {
    TradeDecision d = US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byIdentifier("RU000A1034K7"), Instrument.BOND,
        Market.SECONDARY, "2021-06-30", "2022-04-01", "RUB", null));
    assertThat(d.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(d.reasons().get(0)).contains("identifier RU000A1034K7 resolves to no entity");
  }

  @Test
  void theBoundaryOutcomeReviewOccursWithTheBundledRules() {
    // CBW Act directive: effective as of 2019-08-26 (FAQ 675); whether a bond issued that very day is covered the
    // texts reached do not settle
    TradeDecision d = US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(MINFIN), Instrument.BOND,
        Market.PRIMARY, "2019-08-26", "2019-08-26", "USD", null));
    assertThat(d.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(d.reasons()).anyMatch(r -> r.startsWith("eo13883-cbw-primary-bonds: boundary day"));
  }

  // ---- citations ----

  @Test
  void citationsNumberTheParagraphsAsTheTextsDo() {
    RuleBook b = TradeCheckerTest.RULES;
    assertThat(b.rule("eo14024-d1-primary-bonds").orElseThrow().citations().get(0).cite()).contains("para. (1)");
    assertThat(b.rule("eo14024-d1-lending").orElseThrow().citations().get(0).cite()).contains("para. (2)");
    assertThat(b.rule("eo13662-d2-debt-60d").orElseThrow().citations()).anyMatch(c -> c.cite().contains("223(c)"))
        .noneMatch(c -> c.cite().contains("223(b)"));
    assertThat(b.rule("blocked-party").orElseThrow().citations().get(0).cite()).contains("sec. 1 ").doesNotContain("1(a)");
  }

  @Test
  void jsonMarksParaphrasesAsSuch() {
    TradeDecision d = US.check(req(ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(MINFIN), Instrument.BOND,
        Market.PRIMARY, "2021-06-30", "2021-07-01", "RUB", null));
    @SuppressWarnings("unchecked")
    Map<String, Object> rule = (Map<String, Object>) ((java.util.List<Object>) TradeDecisionJson.toMap(d).get("rules")).get(0);
    @SuppressWarnings("unchecked")
    java.util.List<Map<String, Object>> cites = (java.util.List<Map<String, Object>>) rule.get("citations");
    assertThat(cites).extracting(c -> c.get("quoteKind")).containsExactly("paraphrase", "verbatim", "verbatim");
  }
}
