package io.cordon.cases;

import io.cordon.match.MatchResult;
import io.cordon.model.Entity;
import java.util.List;

/**
 * Screens one party against the active lists. The cases workflow depends on this small interface
 * only; the application adapts the screening façade (io.cordon.screening) to it.
 */
public interface PartyScreening {
  /** Hits for a party, best first. May include hits below the case threshold; the service filters. */
  List<Hit> screen(Party party);

  /**
   * The alert priority of a hit found outside {@link #screen} (the re-screening after a list change
   * scores the book itself), in [0, 1], or null when this screening cannot say.
   */
  default Double priority(Party party, Entity entity, MatchResult result) {
    return null;
  }

  /**
   * Every listing of the listed party {@code entity} belongs to (its own first), as the current
   * lists group them, for a hit found outside {@link #screen}; null when this screening cannot say.
   */
  default io.cordon.index.PartyListings listings(Entity entity) {
    return null;
  }
}
