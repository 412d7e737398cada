package io.cordon.http;

import io.cordon.match.Explanation;
import io.cordon.match.Scores;
import io.cordon.model.Entity;
import io.cordon.screening.ScreeningResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Entities and results in the JSON shapes yente clients read (EntityResponse, ScoredEntityResponse). */
final class EntityViews {
  private EntityViews() {}

  /** FtM topics that mark an entity as a risk target (yente's {@code target}). */
  private static final Set<String> RISK_TOPICS = Set.of("sanction", "sanction.linked", "sanction.counter",
      "debarment", "asset.frozen", "wanted", "poi", "role.pep", "role.rca", "reg.action", "reg.warn",
      "export.control", "corp.disqual");

  static Map<String, Object> entity(Entity e) {
    return entity(e, Optional.empty());
  }

  /** EntityResponse: the ten keys yente always sends, property values as strings. */
  static Map<String, Object> entity(Entity e, Optional<ListView.Seen> seen) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("caption", e.caption());
    m.put("schema", e.schema());
    m.put("properties", new LinkedHashMap<String, Object>(e.properties()));
    m.put("datasets", new ArrayList<>(e.datasets()));
    m.put("referents", List.of());
    m.put("target", target(e));
    m.put("first_seen", seen.map(s -> timestamp(s.firstSeen())).orElse(null));
    m.put("last_seen", seen.map(s -> timestamp(s.lastSeen())).orElse(null));
    m.put("last_change", seen.map(s -> timestamp(s.lastChange())).orElse(null));
    return m;
  }

  static boolean target(Entity e) {
    for (String t : e.get("topics")) {
      if (RISK_TOPICS.contains(t) || t.startsWith("crime")) {
        return true;
      }
    }
    return false;
  }

  /** yente's timestamp form: seconds, no zone; Cordon knows days (snapshot dates). */
  static String timestamp(LocalDate d) {
    return d == null ? null : d + "T00:00:00";
  }

  static Map<String, Object> scored(ScreeningResult r) {
    return scored(r, Optional.empty());
  }

  static Map<String, Object> scored(ScreeningResult r, Optional<ListView.Seen> seen) {
    Map<String, Object> m = entity(r.entity(), seen);
    // one party listed on several lists is one result (yente's merged entity): its other entries are
    // the referents, every list is in datasets, and each listing with its programmes and date follows
    m.put("datasets", new ArrayList<>(r.datasets()));
    m.put("referents", r.listings().referents(r.entity().id()));
    m.put("score", Scores.round(r.score()));
    m.put("priority", Scores.round(r.priority()));
    m.put("match", r.match());
    Map<String, Object> features = new LinkedHashMap<>();
    Map<String, Object> explanations = new LinkedHashMap<>();
    for (Explanation x : r.explanations()) {
      features.put(x.feature(), Scores.round(x.score()));
      Map<String, Object> ex = new LinkedHashMap<>();
      ex.put("detail", x.detail());
      ex.put("score", Scores.round(x.score()));
      ex.put("query", null);
      ex.put("candidate", null);
      ex.put("weight", x.weight());
      explanations.put(x.feature(), ex);
    }
    m.put("features", features);
    m.put("explanations", explanations);
    m.put("matched_name", r.matchedName());
    m.put("snapshot", r.snapshotId());
    m.put("listings", r.listings().fields());
    m.put("listing_evidence", r.listings().evidence());
    return m;
  }
}
