package io.cordon.rules;

import java.util.Set;

/**
 * Which counterparties a rule covers. A party is in the set when any given criterion holds:
 * its entity id is in {@code entities}; it carries one of {@code identifiers} (BIC, LEI, INN...);
 * it is {@code listed} with a program/text (e.g. EO 13662 "Subject to Directive 1"); or, with
 * {@code blocked}, it is blocked under the screening policy (listed on a blocking source, or owned
 * 50% or more by blocked persons). An empty set (no criterion) covers every counterparty.
 *
 * @param entities    entity ids, e.g. {@code ofac-31695}
 * @param identifiers identifier values, compared without spaces, dashes or case
 * @param listed      listing criterion, or null
 * @param blocked     the party is blocked under the policy in force
 */
public record PartySet(Set<String> entities, Set<String> identifiers, Listed listed, boolean blocked) {
  public PartySet {
    entities = Set.copyOf(entities);
    identifiers = Set.copyOf(identifiers);
  }

  /** Any counterparty at all. */
  public static final PartySet ANY = new PartySet(Set.of(), Set.of(), null, false);

  public boolean isAny() {
    return entities.isEmpty() && identifiers.isEmpty() && listed == null && !blocked;
  }

  /**
   * Parties listed on a source with a program and/or words in their listing (sanction provisions,
   * program, remarks). All given fields must match; text compares case-insensitively.
   *
   * @param sources  source names (datasets) the listing must come from; empty = any selected source
   * @param programs program codes, e.g. {@code UKRAINE-EO13662}; empty = any
   * @param texts    the listing must contain one of these phrases (whole words, any case), e.g.
   *                 "EO 13662 Directive 1" (Cordon's provision) or "Subject to Directive 1" (OFAC's
   *                 remark); empty = any
   */
  public record Listed(Set<String> sources, Set<String> programs, java.util.List<String> texts) {
    public Listed {
      sources = Set.copyOf(sources);
      programs = Set.copyOf(programs);
      texts = java.util.List.copyOf(texts);
    }
  }
}
