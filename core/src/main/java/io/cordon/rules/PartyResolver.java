package io.cordon.rules;

import java.util.List;

/**
 * Turns a counterparty as the user gave it into candidate entities with scores. The bundled
 * {@link ListingsResolver} resolves ids and identifiers exactly and names with a plain token
 * similarity; the screening façade plugs in the full name matcher through this interface.
 */
public interface PartyResolver {
  /** Candidates, best first, at most {@code limit}; empty when nothing comes close. */
  List<PartyCandidate> resolve(PartyQuery query, int limit);
}
