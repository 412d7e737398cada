package io.cordon.cases;

import io.cordon.access.Access;
import io.cordon.access.Passwords;
import io.cordon.model.Entity;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A case service over a store with a mutable list of entries, plus users an analyst, an approver and an admin. */
public final class CaseFixture {
  public final CaseStore store;
  public final List<Entity> list = new ArrayList<>();
  public String snapshot = "test_list-1";
  /** Alert priority the default screening gives a hit on an entry (by entity id); absent: none. */
  public final java.util.Map<String, Double> priorities = new java.util.concurrent.ConcurrentHashMap<>();
  /** Listings the default screening gives a hit on an entry (by entity id); absent: none. */
  public final java.util.Map<String, io.cordon.index.PartyListings> listings = new java.util.concurrent.ConcurrentHashMap<>();
  public final CaseService service;
  public final Access access;
  public final Actor admin;
  public final Actor ana;
  public final Actor bob;
  public final Actor carol;

  public CaseFixture(CaseStore store) {
    this(store, null, new WordScorer());
  }

  /** With another screening and scorer (null screening: the fixture's mutable list, word scorer). */
  public CaseFixture(CaseStore store, PartyScreening given, io.cordon.match.Scorer scorer) {
    this.store = store;
    PartyScreening screening = given != null ? given : new PartyScreening() {
      @Override
      public List<Hit> screen(Party p) {
        return new IndexedScreening(list, new WordScorer(), List.of(snapshot), 100).screen(p).stream()
            .map(h -> new Hit(h.entity(), h.score(), h.explanations(), h.snapshotIds(), priorities.get(h.entity().id()),
                listings.get(h.entity().id())))
            .toList();
      }

      @Override
      public Double priority(Party party, Entity entity, io.cordon.match.MatchResult result) {
        return priorities.get(entity.id());
      }

      @Override
      public io.cordon.index.PartyListings listings(Entity entity) {
        return listings.get(entity.id());
      }
    };
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);
    service = new CaseService(store, screening, scorer, clock, 0.7);
    access = new Access(store, clock, new Passwords(new SecureRandom(), 1000));
    String pw = access.bootstrapAdmin("root").orElseThrow();
    admin = access.login("root", pw.toCharArray()).orElseThrow();
    ana = access.createUser(admin, "ana", "analyst-pass".toCharArray(), Set.of(Role.ANALYST)).actor();
    bob = access.createUser(admin, "bob", "approver-pass".toCharArray(), Set.of(Role.APPROVER)).actor();
    carol = access.createUser(admin, "carol", "both-pass1".toCharArray(), EnumSet.of(Role.ANALYST, Role.APPROVER)).actor();
  }

  public static Entity company(String id, String... names) {
    Entity.Builder b = Entity.builder(id, "Company").dataset("test_list");
    for (String n : names) {
      b.add("name", n);
    }
    return b.build();
  }

  public static Entity person(String id, String name, String birthDate) {
    Entity.Builder b = Entity.builder(id, "Person").dataset("test_list").add("name", name);
    if (birthDate != null) {
      b.add("birthDate", birthDate);
    }
    return b.build();
  }

  public static Party party(String id, String schema, String name, String... birthDates) {
    return new Party(id, schema, List.of(name), List.of(birthDates), List.of(), List.of(), null);
  }
}
