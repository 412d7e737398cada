package io.cordon.http;

import io.cordon.match.Explanation;
import io.cordon.match.Scores;
import io.cordon.model.Entity;
import io.cordon.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entities and results in the JSON shapes yente clients read (EntityResponse, ScoredEntityResponse). */
final class EntityViews {
  private EntityViews() {}

  static Map<String, Object> entity(Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("caption", e.caption());
    m.put("schema", e.schema());
    m.put("properties", new LinkedHashMap<String, Object>(e.properties()));
    m.put("datasets", new ArrayList<>(e.datasets()));
    m.put("referents", List.of());
    m.put("target", io.cordon.model.Schemata.isScreenable(e.schema()));
    m.put("first_seen", null);
    m.put("last_seen", null);
    m.put("last_change", null);
    return m;
  }

  static Map<String, Object> scored(ScreeningResult r) {
    Map<String, Object> m = entity(r.entity());
    m.put("score", Scores.round(r.score()));
    m.put("match", r.match());
    Map<String, Object> features = new LinkedHashMap<>();
    Map<String, Object> explanations = new LinkedHashMap<>();
    for (Explanation x : r.explanations()) {
      features.put(x.feature(), Scores.round(x.score()));
      Map<String, Object> ex = new LinkedHashMap<>();
      ex.put("score", Scores.round(x.score()));
      ex.put("weight", x.weight());
      ex.put("detail", x.detail());
      explanations.put(x.feature(), ex);
    }
    m.put("features", features);
    m.put("explanations", explanations);
    m.put("matched_name", r.matchedName());
    m.put("snapshot", r.snapshotId());
    return m;
  }
}
