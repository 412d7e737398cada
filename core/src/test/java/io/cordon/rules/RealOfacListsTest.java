package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.rules.RuleEvaluation.Status;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.sources.ofac.OfacConsCsvAdapter;
import io.cordon.sources.ofac.OfacSdnCsvAdapter;
import io.cordon.testing.SharedData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rules against the real OFAC files as the list adapters read them (no demo data). */
@Tag("shared-data")
class RealOfacListsTest {
  static Listings listings;
  static TradeChecker us;

  @BeforeAll
  static void read() throws Exception {
    List<Entity> all = new ArrayList<>();
    all.addAll(new OfacConsCsvAdapter().read(SharedData.path("ofac_consolidated_nonsdn_2025-12")).entities());
    all.addAll(new OfacSdnCsvAdapter().read(SharedData.path("ofac_legacy_csv_2021-07")).entities());
    listings = Listings.of(all);
    us = new TradeChecker(TradeCheckerTest.RULES, listings, new ListingsResolver(listings),
        PolicyBook.bundled().get("us"), MatchBands.DEFAULT, TradeCheckerTest.CLOCK);
  }

  static TradeRequest req(PartyQuery q, Instrument i, Market m, String issued, String traded, Integer days) {
    return new TradeRequest("US", ActorKind.FINANCIAL_INSTITUTION, q, i, m, issued == null ? null : LocalDate.parse(issued),
        LocalDate.parse(traded), null, days, null);
  }

  @Test
  void directiveBodiesFromTheConsolidatedList() {
    TradeDecision d1 = us.check(req(PartyQuery.byName("Ministry of Finance of the Russian Federation"), Instrument.BOND,
        Market.PRIMARY, "2021-06-30", "2021-07-01", null));
    assertThat(d1.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d1.party().candidate().id()).isEqualTo("ofac-31694");
    assertThat(d1.party().listedOn()).containsExactly("us_ofac_cons");
    TradeDecision d4 = us.check(req(PartyQuery.byIdentifier("CBRFRUMM"), Instrument.OTHER, null, null, "2022-02-28", null));
    assertThat(d4.party().candidate().id()).isEqualTo("ofac-31695");
    assertThat(d4.fired()).containsExactly("eo14024-d4-all-transactions");
    TradeDecision alias = us.check(req(PartyQuery.byName("Bank of Russia"), Instrument.LOAN, null, null, "2021-07-01", null));
    assertThat(alias.fired()).containsExactly("eo14024-d1-lending");
  }

  @Test
  void eo13662Directive1FromTheListingsOwnProvision() {
    TradeDecision vtb = us.check(req(PartyQuery.byIdentifier("VTBRRUMM"), Instrument.BOND, Market.SECONDARY,
        "2019-01-10", "2019-02-01", 365));
    assertThat(vtb.party().candidate().id()).isEqualTo("ofac-17013");
    assertThat(vtb.fired()).containsExactly("eo13662-d1-debt-14d");
    assertThat(vtb.evaluation("eo13662-d1-debt-14d").reasons())
        .anyMatch(r -> r.contains("listed on [us_ofac_cons] under [UKRAINE-EO13662]"));
    // a Directive 1 body is not an EO 13662 Directive 1 party
    TradeDecision cbr = us.check(req(PartyQuery.byId("ofac-31695"), Instrument.BOND, Market.SECONDARY, "2019-01-10",
        "2019-02-01", 365));
    assertThat(cbr.evaluation("eo13662-d1-debt-14d").status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void eo14024Directive3NewDebtAndEquityBoundaries() {
    // Russian Agricultural Bank: EO 13662 Directive 1 and EO 14024 Directive 3 (effective 2022-03-26)
    PartyQuery rshb = PartyQuery.byIdentifier("RUAGRUMM");
    TradeDecision on = us.check(req(rshb, Instrument.EQUITY, Market.PRIMARY, "2022-03-26", "2022-03-28", null));
    assertThat(on.fired()).contains("eo14024-d3-equity", "eo13662-d1-equity");
    TradeDecision debtBefore = us.check(req(rshb, Instrument.BOND, Market.PRIMARY, "2022-03-25", "2022-03-28", 10));
    assertThat(debtBefore.evaluation("eo14024-d3-debt-14d").status()).isEqualTo(Status.NOT_MET);
    assertThat(debtBefore.decision()).isEqualTo(Verdict.ALLOWED);
    TradeDecision debt = us.check(req(rshb, Instrument.BOND, Market.PRIMARY, "2022-03-26", "2022-03-28", 15));
    assertThat(debt.fired()).contains("eo14024-d3-debt-14d", "eo13662-d1-debt-14d");
    TradeDecision traded = us.check(req(rshb, Instrument.BOND, Market.PRIMARY, "2022-03-26", "2022-03-25", 15));
    assertThat(traded.evaluation("eo14024-d3-debt-14d").status()).isEqualTo(Status.NOT_IN_FORCE);
  }

  @Test
  void eo13662Directives2And3() {
    PartyQuery rosneft = PartyQuery.byId("ofac-17022");
    assertThat(us.check(req(rosneft, Instrument.BOND, Market.SECONDARY, "2018-01-10", "2018-02-01", 61)).fired())
        .containsExactly("eo13662-d2-debt-60d");
    assertThat(us.check(req(rosneft, Instrument.BOND, Market.SECONDARY, "2018-01-10", "2018-02-01", 60)).decision())
        .isEqualTo(Verdict.ALLOWED);
    assertThat(us.check(req(rosneft, Instrument.LOAN, null, "2017-11-27", "2017-12-01", 91)).fired())
        .containsExactly("eo13662-d2-debt-90d");
    assertThat(us.check(req(rosneft, Instrument.EQUITY, Market.PRIMARY, "2018-01-10", "2018-02-01", null)).decision())
        .isEqualTo(Verdict.ALLOWED); // Directive 2 has no equity prohibition
    PartyQuery rostec = PartyQuery.byId("ofac-17260");
    assertThat(us.check(req(rostec, Instrument.BOND, Market.PRIMARY, "2014-09-12", "2014-09-20", 31)).fired())
        .containsExactly("eo13662-d3-debt-30d");
    assertThat(us.check(req(rostec, Instrument.BOND, Market.PRIMARY, "2014-09-11", "2014-09-20", 31)).decision())
        .isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void howManyListedEntitiesEachDirectiveCovers() {
    // figures for docs/rules.md: parties each listing-based rule covers in the 2025-12 consolidated list
    java.util.Map<String, Long> covered = new java.util.TreeMap<>();
    for (String id : List.of("eo13662-d1-equity", "eo14024-d3-equity", "eo13662-d2-debt-60d", "eo13662-d3-debt-30d")) {
      Rule r = TradeCheckerTest.RULES.rule(id).orElseThrow();
      Instrument i = r.when().instruments().contains(Instrument.EQUITY) ? Instrument.EQUITY : Instrument.BOND;
      long n = listings.targets().stream().map(e -> us.check(new TradeRequest("US", ActorKind.COMPANY,
          PartyQuery.byId(e.id()), i, Market.PRIMARY, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 2),
          null, 365, null)).evaluation(r.id()).status()).filter(st -> st == Status.FIRED || st == Status.INDETERMINATE)
          .count(); // indeterminate: covered, but the entity's own determination date is not in the data
      covered.put(id, n);
    }
    System.out.println("entities covered: " + covered);
    assertThat(covered.get("eo14024-d3-equity")).isBetween(9L, 12L);
    assertThat(covered.get("eo13662-d1-equity")).isEqualTo(124L);
    assertThat(covered.get("eo13662-d2-debt-60d")).isEqualTo(54L);
    assertThat(covered.get("eo13662-d3-debt-30d")).isEqualTo(42L); // entries with the EO 13662 "Subject to Directive 1" remark
  }

  @Test
  void april2021SdnIsBlocked() {
    TradeDecision pt = us.check(new TradeRequest("US", ActorKind.PERSON, PartyQuery.byName("Positive Technologies"),
        Instrument.EQUITY, Market.SECONDARY, null, LocalDate.of(2021, 7, 10), null, null, null));
    assertThat(pt.decision()).isEqualTo(Verdict.PROHIBITED);
    assertThat(pt.party().candidate().id()).isEqualTo("ofac-31455");
    assertThat(pt.party().blockingOn()).containsExactly("us_ofac_sdn");
  }
}
