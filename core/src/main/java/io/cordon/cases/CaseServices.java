package io.cordon.cases;

import io.cordon.match.Scorer;
import io.cordon.screening.Screener;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The case workflow wired once, for the commands and the server: parties are screened by the
 * engine's {@link Screener} (the same index and scorer as every other screen), hits from
 * {@link #HIT_FLOOR} up are kept and those at or above the case threshold raise alerts.
 */
public final class CaseServices {
  private CaseServices() {}

  /** Hits at or above this score raise alerts unless a command says otherwise (as text for picocli defaults). */
  public static final String DEFAULT_THRESHOLD_TEXT = "0.7";

  /** {@link #DEFAULT_THRESHOLD_TEXT} as a number. */
  public static final double DEFAULT_THRESHOLD = Double.parseDouble(DEFAULT_THRESHOLD_TEXT);

  /** Scores below this are not hits of a party at all; the case threshold then decides which raise alerts. */
  public static final double HIT_FLOOR = 0.5;

  /** The case workflow of a long-running server, screening with its (warmed) screener at the default threshold. */
  public static CaseService screening(CaseStore store, Screener screener, Clock clock) {
    return new CaseService(store, new ScreenerPartyScreening(screener, HIT_FLOOR), screener.scorer(), clock,
        DEFAULT_THRESHOLD);
  }

  /**
   * The case workflow of a command: the screener is built only when a party needs screening (an
   * unchanged re-import, a decision or an audit check needs none).
   */
  public static CaseService lazy(CaseStore store, Supplier<Screener> screener, Scorer scorer, Clock clock,
                                 double threshold) {
    PartyScreening screening = new LazyScreening(() -> new ScreenerPartyScreening(screener.get(), HIT_FLOOR));
    return new CaseService(store, screening, scorer, clock, threshold);
  }

  /** Builds the real screening on first use. */
  private static final class LazyScreening implements PartyScreening {
    private final Supplier<PartyScreening> factory;
    private volatile PartyScreening built;

    LazyScreening(Supplier<PartyScreening> factory) {
      this.factory = factory;
    }

    @Override
    public List<Hit> screen(Party party) {
      return screening().screen(party);
    }

    @Override
    public Double priority(Party party, io.cordon.model.Entity entity, io.cordon.match.MatchResult result) {
      return screening().priority(party, entity, result);
    }

    @Override
    public io.cordon.index.PartyListings listings(io.cordon.model.Entity entity) {
      return screening().listings(entity);
    }

    private PartyScreening screening() {
      PartyScreening s = built;
      if (s == null) {
        synchronized (this) {
          if (built == null) {
            built = factory.get();
          }
          s = built;
        }
      }
      return s;
    }
  }
}
