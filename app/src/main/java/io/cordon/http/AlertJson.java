package io.cordon.http;

import io.cordon.cases.Alert;
import io.cordon.match.Explanation;
import io.cordon.match.Scores;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON form of an alert, used by {@code GET /v1/alerts} and {@code cordon alerts --json} alike
 * (the command line used {@code party_id}, {@code entity_id}, ... until both were made one).
 */
public final class AlertJson {
  private AlertJson() {}

  /**
   * The alert as a JSON object: ids, status, party and entity, rounded score and priority (null when
   * the screening gave none), every listing of the listed party with the evidence grouping them
   * (null when not recorded), snapshots, explanations. {@code datasets} holds every list the party
   * is on: the entity's own first, then those of its other listings.
   */
  public static Map<String, Object> of(Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("status", a.status().label());
    m.put("party", a.partyId());
    m.put("partyNames", a.party().names());
    m.put("entity", a.entityId());
    m.put("caption", a.entity().caption());
    java.util.Set<String> datasets = new java.util.LinkedHashSet<>(a.entity().datasets());
    if (a.listings() != null) {
      datasets.addAll(a.listings().datasets());
    }
    m.put("datasets", datasets);
    m.put("score", Scores.round(a.score()));
    m.put("priority", a.priority() == null ? null : Scores.round(a.priority()));
    m.put("listings", a.listings() == null ? null : a.listings().fields());
    m.put("listing_evidence", a.listings() == null ? null : a.listings().evidence());
    m.put("snapshots", a.snapshotIds());
    m.put("created", a.created().toString());
    m.put("changes", a.changes());
    Map<String, Object> ex = new LinkedHashMap<>();
    for (Explanation e : a.explanations()) {
      ex.put(e.feature(), Map.of("score", Scores.round(e.score()), "detail", e.detail()));
    }
    m.put("explanations", ex);
    return m;
  }
}
