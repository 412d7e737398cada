package io.cordon.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every listing of one party across the indexed lists, and the evidence that they are one party.
 * Grouping is decided when the index is built (see {@code index.lucene.PartyGroups}), never per
 * query, so a screen cannot split a group or flip its order.
 *
 * @param key      the group's stable key: the smallest member entity id (an ungrouped entity: its own id)
 * @param listings the listings, the representative entity's first, then by entity id
 * @param evidence why the entries are one party, one line per link ("same name ... and birth date ...");
 *                 empty for a single listing
 */
public record PartyListings(String key, List<Listing> listings, List<String> evidence) {
  public PartyListings {
    Objects.requireNonNull(key, "key");
    listings = List.copyOf(listings);
    evidence = List.copyOf(evidence);
    if (listings.isEmpty()) {
      throw new IllegalArgumentException("a party has at least one listing");
    }
  }

  /** A party listed once. */
  public static PartyListings single(Listing l) {
    return new PartyListings(l.entityId(), List.of(l), List.of());
  }

  /** True when the party is listed more than once. */
  public boolean grouped() {
    return listings.size() > 1;
  }

  /** The JSON form of the listings: one {@link Listing#fields()} map each. */
  public List<java.util.Map<String, Object>> fields() {
    return listings.stream().map(Listing::fields).toList();
  }

  /** Every list (source name) the party is on, in listing order. */
  public Set<String> datasets() {
    Set<String> out = new LinkedHashSet<>();
    listings.forEach(l -> out.add(l.dataset()));
    return out;
  }

  /** Ids of the other entries of this party (yente's {@code referents}). */
  public List<String> referents(String representativeId) {
    List<String> out = new ArrayList<>();
    for (Listing l : listings) {
      if (!l.entityId().equals(representativeId)) {
        out.add(l.entityId());
      }
    }
    return out;
  }

  /** The same party with {@code entityId}'s listing first (the result that represents it). */
  public PartyListings representedBy(String entityId) {
    List<Listing> out = new ArrayList<>(listings.size());
    for (Listing l : listings) {
      if (l.entityId().equals(entityId)) {
        out.add(0, l);
      } else {
        out.add(l);
      }
    }
    return new PartyListings(key, out, evidence);
  }
}
