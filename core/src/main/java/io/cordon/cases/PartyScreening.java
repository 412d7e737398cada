package io.cordon.cases;

import java.util.List;

/**
 * Screens one party against the active lists. The cases workflow depends on this small interface
 * only; the application adapts the screening façade (io.cordon.screening) to it.
 */
public interface PartyScreening {
  /** Hits for a party, best first. May include hits below the case threshold; the service filters. */
  List<Hit> screen(Party party);
}
