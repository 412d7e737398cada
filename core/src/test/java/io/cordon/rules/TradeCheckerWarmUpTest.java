package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.sources.ofac.OfacConsCsvAdapter;
import io.cordon.sources.ofac.OfacSdnCsvAdapter;
import io.cordon.testing.SharedData;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The trade checker's one-time work (the seeds of the rules with the 50% extension: every listed entity
 * tested against each such rule) done ahead by {@link TradeChecker#warmUp} gives the same answers, and the
 * first check then costs what any check costs. Prints the CPU figures of docs/payments.md ("first message
 * after start"), on the OFAC SDN list of 2024-05-03 and the non-SDN list of 2025-12.
 */
@Tag("shared-data")
class TradeCheckerWarmUpTest {
  @Test
  void aWarmedCheckerAnswersAsAColdOneAndItsFirstCheckIsCheap() throws Exception {
    List<Entity> all = new ArrayList<>();
    all.addAll(new OfacConsCsvAdapter().read(SharedData.path("ofac_consolidated_nonsdn_2025-12")).entities());
    all.addAll(new OfacSdnCsvAdapter().read(SharedData.path("ofac_sdn_csv_2024-05-03")).entities());
    Listings listings = Listings.of(all);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    TradeChecker cold = checker(listings);
    long t0 = cpu.getCurrentThreadCpuTime();
    TradeDecision coldFirst = cold.check(payment("ofac-17013"));
    long coldMs = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;

    TradeChecker warm = checker(listings);
    long t1 = cpu.getCurrentThreadCpuTime();
    warm.warmUp();
    long t2 = cpu.getCurrentThreadCpuTime();
    TradeDecision warmFirst = warm.check(payment("ofac-17013"));
    long t3 = cpu.getCurrentThreadCpuTime();
    System.out.printf("TradeCheckerWarmUpTest: %d targets; first check %d ms CPU cold; warm-up %d ms CPU, then first check "
        + "%.1f ms CPU%n", listings.targets().size(), coldMs, (t2 - t1) / 1_000_000, (t3 - t2) / 1e6);

    assertThat(warmFirst).isEqualTo(coldFirst);
    // the same answers for every listed entity that some rule covers, and for a spread of the others
    int n = 0;
    for (Entity e : listings.targets()) {
      if (n++ % 50 == 0 || !listings.programs(e).isEmpty() && listings.programs(e).toString().contains("EO1")) {
        for (Instrument i : List.of(Instrument.OTHER, Instrument.BOND, Instrument.EQUITY)) {
          TradeRequest r = new TradeRequest("US", ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(e.id()), i,
              Market.PRIMARY, LocalDate.parse("2022-04-01"), LocalDate.parse("2022-04-02"), null, 365, null);
          assertThat(warm.check(r)).as(e.id() + " " + i).isEqualTo(cold.check(r));
        }
      }
    }
  }

  private static TradeChecker checker(Listings listings) {
    return new TradeChecker(TradeCheckerTest.RULES, listings, new ListingsResolver(listings),
        PolicyBook.bundled().get("us"), MatchBands.DEFAULT, TradeCheckerTest.CLOCK);
  }

  private static TradeRequest payment(String id) {
    return new TradeRequest("US", ActorKind.FINANCIAL_INSTITUTION, PartyQuery.byId(id), Instrument.OTHER, null, null,
        LocalDate.parse("2022-03-01"), null, null, null);
  }
}
