package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.model.Entity;
import io.cordon.rules.RuleEvaluation.Status;
import io.cordon.rules.ownership.OwnershipLink;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.rules.policy.ScreeningPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EO 14024 Directives 1, 1A, 4, EO 13662 Directive 1 and blocking, on both sides of every date boundary. */
class TradeCheckerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
  static final RuleBook RULES = new RuleLoader().loadBundled();
  static final String MINFIN = "ofac-31694";
  static final String CBR = "ofac-31695";
  static final String NWF = "ofac-31693";

  /** The demo list plus synthetic parties for the ownership cases. */
  static Listings listings() {
    List<Entity> all = new ArrayList<>(DemoList.entities());
    all.add(Entity.builder("test-minfin-sub", "Company").add("name", "Test Subsidiary of the Ministry").build());
    all.add(Entity.builder("test-vtb-sub", "Company").add("name", "Test VTB Leasing Subsidiary").build());
    all.add(Entity.builder("test-acme", "Company").add("name", "Acme Holding Test").build());
    return Listings.of(all).withOwnership(List.of(
        new OwnershipLink(MINFIN, "test-minfin-sub", 100.0, null, null, "test"),
        new OwnershipLink("ofac-17013", "test-vtb-sub", 60.0, null, null, "test"),
        new OwnershipLink("ofac-31291", "test-acme", 30.0, null, null, "test"),
        new OwnershipLink("ofac-31455", "test-acme", 20.0, null, null, "test")));
  }

  static final Listings LISTINGS = listings();

  static TradeChecker checker(String policy) {
    ScreeningPolicy p = PolicyBook.bundled().get(policy);
    return new TradeChecker(RULES, LISTINGS, new ListingsResolver(LISTINGS), p, MatchBands.DEFAULT, CLOCK);
  }

  static final TradeChecker US = checker("us");

  static TradeRequest bond(String entity, Market market, String issued, String traded) {
    return new TradeRequest("US", ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(entity), Instrument.BOND, market,
        LocalDate.parse(issued), LocalDate.parse(traded), "RUB", null, null);
  }

  // ---- the issue's walkthrough ----

  @Test
  void primaryMarketBondFromMinistryOfFinanceAfterJune2021IsProhibitedByDirective1() {
    TradeDecision d = US.check(bond(MINFIN, Market.PRIMARY, "2021-06-30", "2021-07-01"));
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.fired()).containsExactly("eo14024-d1-primary-bonds");
    RuleEvaluation e = d.evaluation("eo14024-d1-primary-bonds");
    assertThat(e.rule().citations().get(0).quote()).contains("issued after June 14, 2021");
    assertThat(e.rule().effectiveFrom()).isEqualTo(LocalDate.of(2021, 6, 14));
    assertThat(e.reasons()).anyMatch(r -> r.contains("issue date 2021-06-30 is after 2021-06-14"));
    assertThat(d.party().candidate().id()).isEqualTo(MINFIN);
    assertThat(d.party().candidate().score()).isEqualTo(1.0);
    assertThat(d.facts()).containsEntry("market", "primary").containsEntry("tradeDate", "2021-07-01")
        .containsEntry("counterparty.listedOn", "us_ofac_cons").containsEntry("counterparty.blocked", "false");
  }

  @Test
  void sameBondOnTheSecondaryMarketIn2021IsAllowedUnderDirective1() {
    TradeDecision d = US.check(bond(MINFIN, Market.SECONDARY, "2021-06-30", "2021-08-01"));
    assertThat(d.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(d.fired()).containsExactlyInAnyOrder("eo14024-d1-secondary-allowed", "eo13883-cbw-secondary-allowed");
    assertThat(d.evaluation("eo14024-d1-primary-bonds").status()).isEqualTo(Status.NOT_MET);
    assertThat(d.evaluation("eo14024-d1a-secondary-bonds").status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(d.evaluation("eo14024-d4-all-transactions").status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(d.reasons()).anyMatch(r -> r.startsWith("eo14024-d1-secondary-allowed"));
  }

  @Test
  void bondIssuedAfterMarch2022OnTheSecondaryMarketIsProhibitedByDirective1A() {
    TradeDecision d = US.check(bond(MINFIN, Market.SECONDARY, "2022-03-02", "2022-03-10"));
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.fired()).contains("eo14024-d1a-secondary-bonds", "eo14024-d4-all-transactions");
  }

  @Test
  void anyTransactionWithTheCentralBankFrom28February2022IsProhibitedByDirective4() {
    TradeRequest fx = new TradeRequest("US", ActorKind.COMPANY, PartyQuery.byName("Central Bank of the Russian Federation"),
        Instrument.OTHER, null, null, LocalDate.of(2022, 3, 1), "USD", null, null, java.util.Set.of(Purpose.OTHER));
    TradeDecision d = US.check(fx);
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.fired()).containsExactly("eo14024-d4-all-transactions");
    assertThat(d.party().candidate().id()).isEqualTo(CBR);
  }

  @Test
  void entityFiftyPercentOwnedInAggregateByTwoSdnsIsBlockedWithPaths() {
    TradeRequest r = new TradeRequest("US", ActorKind.COMPANY, PartyQuery.byId("test-acme"), Instrument.EQUITY,
        Market.SECONDARY, null, LocalDate.of(2024, 5, 1), null, null, null);
    TradeDecision d = US.check(r);
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.fired()).containsExactly("blocked-party");
    assertThat(d.party().listedOn()).isEmpty();
    assertThat(d.party().ownership().blockedByOwnership()).isTrue();
    assertThat(d.party().ownership().blockedShare()).isEqualTo(50.0);
    assertThat(d.evaluation("blocked-party").ownership()).extracting(Object::toString)
        .containsExactlyInAnyOrder("ofac-31291 -[30%]-> test-acme", "ofac-31455 -[20%]-> test-acme");
  }

  @Test
  void partyScreeningReportsDirectHitsAndOwnershipBlocking() {
    PartyFinding sdn = US.party(PartyQuery.byName("KILIMNIK Konstantin"), LocalDate.of(2024, 5, 1));
    assertThat(sdn.blockingOn()).containsExactly("us_ofac_sdn");
    assertThat(sdn.ownership().directlyBlocked()).isTrue();
    PartyFinding acme = US.party(PartyQuery.byId("test-acme"), LocalDate.of(2024, 5, 1));
    assertThat(acme.listedOn()).isEmpty();
    assertThat(acme.blocked()).isTrue();
    assertThat(acme.ownership().paths()).hasSize(2);
  }

  // ---- Directive 1 boundaries ----

  @Test
  void directive1IssueDateBoundary() {
    // issued on 2021-06-14 itself: "issued after June 14, 2021" does not cover it
    assertThat(US.check(bond(NWF, Market.PRIMARY, "2021-06-14", "2021-06-20")).decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(US.check(bond(NWF, Market.PRIMARY, "2021-06-15", "2021-06-20")).decision()).isEqualTo(Verdict.PROHIBITED);
  }

  @Test
  void directive1EffectiveDateBoundary() {
    TradeDecision before = US.check(bond(CBR, Market.PRIMARY, "2021-06-20", "2021-06-13"));
    assertThat(before.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(before.evaluation("eo14024-d1-primary-bonds").status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(US.check(bond(CBR, Market.PRIMARY, "2021-06-20", "2021-06-14")).decision()).isEqualTo(Verdict.PROHIBITED);
  }

  @Test
  void directive1AppliesToFinancialInstitutionsOnlyAndNotBy50PercentOwnership() {
    TradeRequest person = new TradeRequest("US", ActorKind.PERSON, PartyQuery.byId(MINFIN), Instrument.BOND,
        Market.PRIMARY, LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 1), null, null, null);
    assertThat(US.check(person).decision()).isEqualTo(Verdict.ALLOWED);
    TradeRequest german = new TradeRequest("DE", ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(MINFIN), Instrument.BOND,
        Market.PRIMARY, LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 1), null, null, null);
    assertThat(US.check(german).decision()).isEqualTo(Verdict.ALLOWED);
    TradeDecision sub = US.check(bond("test-minfin-sub", Market.PRIMARY, "2021-06-30", "2021-07-01"));
    assertThat(sub.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(sub.evaluation("eo14024-d1-primary-bonds").reasons())
        .anyMatch(r -> r.contains("no 50% rule extension"));
  }

  @Test
  void directive1LendingBoundary() {
    // a ruble loan: only Directive 1 covers it (the CBW Act directive is non-ruble only)
    TradeRequest loan = new TradeRequest("US", ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byIdentifier("CBRFRUMMXXX"),
        Instrument.LOAN, null, null, LocalDate.of(2021, 6, 13), "RUB", null, null);
    assertThat(US.check(loan).decision()).isEqualTo(Verdict.ALLOWED);
    TradeDecision d = US.check(new TradeRequest("US", ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byIdentifier("CBRFRUMM"),
        Instrument.LOAN, null, null, LocalDate.of(2021, 6, 14), "RUB", null, null));
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.fired()).containsExactly("eo14024-d1-lending");
    assertThat(d.party().candidate().matchedBy()).isEqualTo("identifier");
  }

  // ---- Directive 1A boundaries ----

  @Test
  void directive1AReplacesDirective1On22February2022() {
    TradeDecision d = US.check(bond(MINFIN, Market.PRIMARY, "2021-07-01", "2022-02-22"));
    assertThat(d.fired()).containsExactly("eo14024-d1a-primary-bonds");
    assertThat(d.evaluation("eo14024-d1-primary-bonds").status()).isEqualTo(Status.NOT_IN_FORCE);
    TradeDecision day = US.check(bond(MINFIN, Market.PRIMARY, "2021-07-01", "2022-02-21"));
    assertThat(day.fired()).containsExactly("eo14024-d1-primary-bonds");
  }

  @Test
  void directive1ASecondaryMarketEffectiveDateBoundary() {
    // traded 2022-02-28 / 2022-03-01: the bond date test is what separates 1A from D4
    TradeDecision before = US.check(bond(MINFIN, Market.SECONDARY, "2022-03-05", "2022-02-28"));
    assertThat(before.evaluation("eo14024-d1a-secondary-bonds").status()).isEqualTo(Status.NOT_IN_FORCE);
    TradeDecision on = US.check(bond(MINFIN, Market.SECONDARY, "2022-03-05", "2022-03-01"));
    assertThat(on.evaluation("eo14024-d1a-secondary-bonds").status()).isEqualTo(Status.FIRED);
  }

  @Test
  void directive1AIssueDateBoundaryDayIsFlaggedForReview() {
    TradeDecision older = US.check(bond(MINFIN, Market.SECONDARY, "2022-02-28", "2022-03-10"));
    assertThat(older.evaluation("eo14024-d1a-secondary-bonds").status()).isEqualTo(Status.NOT_MET);
    assertThat(older.evaluation("eo14024-d1a-secondary-bonds").boundary()).isFalse();
    TradeDecision boundary = US.check(bond(MINFIN, Market.SECONDARY, "2022-03-01", "2022-03-10"));
    RuleEvaluation e = boundary.evaluation("eo14024-d1a-secondary-bonds");
    assertThat(e.status()).isEqualTo(Status.NOT_MET); // per the directive text it follows
    assertThat(e.boundary()).isTrue();
    assertThat(e.rule().follows()).contains("issued after March 1, 2022");
    assertThat(e.reasons()).anyMatch(r -> r.contains("boundary day"));
    TradeDecision newer = US.check(bond(MINFIN, Market.SECONDARY, "2022-03-02", "2022-03-10"));
    assertThat(newer.evaluation("eo14024-d1a-secondary-bonds").status()).isEqualTo(Status.FIRED);
  }

  @Test
  void boundaryDayAloneMakesReviewWhenNothingElseProhibits() {
    // a rule book with 1A only, so that Directive 4 does not decide the case anyway
    RuleBook only1a = new RuleBook(RULES.files(), List.of(RULES.rule("eo14024-d1a-secondary-bonds").orElseThrow()));
    TradeChecker c = new TradeChecker(only1a, LISTINGS, new ListingsResolver(LISTINGS),
        PolicyBook.bundled().get("us"), MatchBands.DEFAULT, CLOCK);
    TradeDecision d = c.check(bond(MINFIN, Market.SECONDARY, "2022-03-01", "2022-03-10"));
    assertThat(d.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(d.reasons()).anyMatch(r -> r.contains("boundary day"));
  }

  // ---- Directive 4 boundary ----

  @Test
  void directive4EffectiveDateBoundary() {
    TradeRequest before = new TradeRequest("US", ActorKind.PERSON, PartyQuery.byId(NWF), Instrument.OTHER, null, null,
        LocalDate.of(2022, 2, 27), null, null, null);
    TradeDecision d0 = US.check(before);
    assertThat(d0.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(d0.evaluation("eo14024-d4-all-transactions").status()).isEqualTo(Status.NOT_IN_FORCE);
    TradeRequest on = new TradeRequest("US", ActorKind.PERSON, PartyQuery.byId(NWF), Instrument.OTHER, null, null,
        LocalDate.of(2022, 2, 28), null, null, null, java.util.Set.of(Purpose.OTHER));
    assertThat(US.check(on).decision()).isEqualTo(Verdict.PROHIBITED);
  }

  // ---- as-of: rules not yet published are not applied ----

  @Test
  void asOfBeforePublicationIgnoresTheRule() {
    TradeRequest r = new TradeRequest("US", ActorKind.PERSON, PartyQuery.byId(CBR), Instrument.OTHER, null, null,
        LocalDate.of(2022, 3, 1), null, null, LocalDate.of(2022, 2, 27));
    TradeDecision d = US.check(r);
    assertThat(d.evaluation("eo14024-d4-all-transactions").status()).isEqualTo(Status.NOT_PUBLISHED);
    assertThat(d.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(d.asOf()).isEqualTo(LocalDate.of(2022, 2, 27));
    assertThat(US.check(bond(CBR, Market.PRIMARY, "2021-07-01", "2021-07-02")).asOf()).isEqualTo(LocalDate.of(2026, 11, 29));
  }

  // ---- EO 13662 Directive 1 (SSI) ----

  static TradeRequest vtbDebt(String who, Instrument i, String issued, Integer days) {
    return new TradeRequest("US", ActorKind.COMPANY, PartyQuery.byId(who), i, Market.SECONDARY,
        LocalDate.parse(issued), LocalDate.parse(issued).plusDays(3), "USD", days, null);
  }

  @Test
  void eo13662Directive1MaturityAndIssueDateBoundaries() {
    assertThat(US.check(vtbDebt("ofac-17013", Instrument.BOND, "2017-11-28", 15)).fired()).containsExactly("eo13662-d1-debt-14d");
    assertThat(US.check(vtbDebt("ofac-17013", Instrument.BOND, "2017-11-28", 14)).decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(US.check(vtbDebt("ofac-17013", Instrument.BOND, "2017-11-27", 15)).decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(US.check(vtbDebt("ofac-17013", Instrument.BOND, "2017-11-27", 31)).fired()).containsExactly("eo13662-d1-debt-30d");
    assertThat(US.check(vtbDebt("ofac-17013", Instrument.LOAN, "2014-09-11", 91)).fired()).containsExactly("eo13662-d1-debt-90d");
    assertThat(US.check(vtbDebt("ofac-17013", Instrument.LOAN, "2014-09-11", 90)).decision()).isEqualTo(Verdict.ALLOWED);
    // VTB's own determination date is 2014-07-29 (rule data), not the directive's first date 2014-07-16
    assertThat(US.check(vtbDebt("ofac-17013", Instrument.EQUITY, "2014-07-29", null)).fired()).containsExactly("eo13662-d1-equity");
    assertThat(US.check(vtbDebt("ofac-17013", Instrument.EQUITY, "2014-07-28", null)).decision()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void eo13662Directive1ExtendsTo50PercentOwnedSubsidiariesAndNeedsMaturity() {
    TradeDecision sub = US.check(vtbDebt("test-vtb-sub", Instrument.BOND, "2019-01-10", 365));
    assertThat(sub.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(sub.evaluation("eo13662-d1-debt-14d").ownership()).extracting(Object::toString)
        .containsExactly("ofac-17013 -[60%]-> test-vtb-sub");
    TradeDecision unknown = US.check(vtbDebt("ofac-17013", Instrument.BOND, "2019-01-10", null));
    assertThat(unknown.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(unknown.evaluation("eo13662-d1-debt-14d").status()).isEqualTo(Status.INDETERMINATE);
  }

  // ---- blocking, policies, name matching ----

  @Test
  void sdnIsBlockedForEveryTransactionUnderTheUsPolicyOnly() {
    TradeRequest r = new TradeRequest("US", ActorKind.PERSON, PartyQuery.byName("Positive Technologies"),
        Instrument.OTHER, null, null, LocalDate.of(2021, 7, 10), null, null, null);
    TradeDecision d = US.check(r);
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.fired()).containsExactly("blocked-party");
    assertThat(d.party().blockingOn()).containsExactly("us_ofac_sdn");
    TradeDecision eu = checker("eu").check(r);
    assertThat(eu.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(eu.party().listedOn()).isEmpty();
  }

  @Test
  void onlySanctionEntriesOfOfficialListsBlockButCustomListEntriesAlways() {
    Entity pep = Entity.builder("pep-1", "Person").add("name", "Jane Q Representative").add("topics", "role.pep")
        .dataset("us_congress").build();
    Entity png = Entity.builder("png-001", "Person").add("name", "Ivan Example Petrov").add("topics", "role.diplo")
        .dataset("xx_mfa_png").build();
    Listings l = Listings.of(List.of(pep, png), List.of(new io.cordon.rules.policy.SourceInfo("xx_mfa_png", true)));
    TradeChecker global = new TradeChecker(RULES, l, new ListingsResolver(l), PolicyBook.bundled().get("global"),
        MatchBands.DEFAULT, CLOCK);
    TradeDecision p = global.check(new TradeRequest("JP", null, PartyQuery.byId("pep-1"), Instrument.OTHER, null, null,
        LocalDate.of(2024, 1, 1), null, null, null));
    assertThat(p.party().listedOn()).containsExactly("us_congress");
    assertThat(p.party().blockingOn()).isEmpty();
    assertThat(p.decision()).isEqualTo(Verdict.ALLOWED);
    TradeDecision d = global.check(new TradeRequest("JP", null, PartyQuery.byName("Ivan Example Petrov"), Instrument.OTHER,
        null, null, LocalDate.of(2024, 1, 1), null, null, null));
    assertThat(d.party().blockingOn()).containsExactly("xx_mfa_png");
    assertThat(d.decision()).isEqualTo(Verdict.PROHIBITED);
  }

  @Test
  void uncertainNameMatchGivesReview() {
    TradeRequest r = new TradeRequest("US", ActorKind.PERSON, PartyQuery.byName("Positive Technologies Group"),
        Instrument.OTHER, null, null, LocalDate.of(2021, 7, 10), null, null, null);
    TradeDecision d = US.check(r);
    assertThat(d.party().band()).isEqualTo(MatchBands.Band.UNCERTAIN);
    assertThat(d.decision()).isEqualTo(Verdict.REVIEW);
    assertThat(d.reasons().get(0)).contains("uncertain counterparty match");
    TradeRequest stranger = new TradeRequest("US", ActorKind.PERSON, PartyQuery.byName("Jane Q Example"),
        Instrument.OTHER, null, null, LocalDate.of(2021, 7, 10), null, null, null);
    TradeDecision none = US.check(stranger);
    assertThat(none.decision()).isEqualTo(Verdict.ALLOWED);
    assertThat(none.party().candidate()).isNull();
    assertThat(none.reasons()).containsExactly("the counterparty matches no entry of the selected lists");
  }

  @Test
  void deterministic() {
    TradeRequest r = bond(MINFIN, Market.PRIMARY, "2021-06-30", "2021-07-01");
    assertThat(US.check(r)).isEqualTo(US.check(r));
  }

  @Test
  void requestValidation() {
    assertThatThrownBy(() -> new PartyQuery("a", "b", null)).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> new TradeRequest("USA", null, PartyQuery.byId("x"), Instrument.BOND, null, null,
        LocalDate.now(CLOCK), null, null, null)).hasMessageContaining("two-letter");
    assertThatThrownBy(() -> Instrument.parse("swap")).hasMessageContaining("bond, equity, loan, letter-of-credit");
  }
}
