package io.cordon.cli;

import io.cordon.index.lucene.IndexCache;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.screening.CatalogIndexes;
import io.cordon.screening.Screener;
import io.cordon.screening.payment.Embargoes;
import io.cordon.screening.payment.PaymentScreening;
import java.time.Clock;
import java.time.LocalDate;

/** Opens the home folder's lists for payment and text screening (screen-message, scan). */
final class PaymentEngine implements AutoCloseable {
  final Home home;
  final CatalogIndexes indexes;
  final PaymentScreening screening;

  PaymentEngine(Main main, String policy, LocalDate asOf) throws Exception {
    Home h = Home.open(main);
    try {
      indexes = new CatalogIndexes(h.catalog(), new IndexCache(h.dir(), Engine.keys()));
      Screener screener = new Screener(indexes, Engine.scorer("standard"), Clock.systemUTC(),
          Screener.Settings.DEFAULTS);
      screening = PaymentScreening.build(h.catalog(), screener, PolicyBook.bundled().get(policy),
          new RuleLoader().loadBundled(), Embargoes.bundled(), asOf, Clock.systemUTC());
    } catch (Exception | Error e) {
      h.close();
      throw e;
    }
    home = h;
  }

  @Override
  public void close() throws Exception {
    try {
      indexes.close();
    } finally {
      home.close();
    }
  }
}
