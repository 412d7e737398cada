package io.cordon.screening;

import io.cordon.match.Explanation;
import io.cordon.match.Scores;
import io.cordon.model.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON shapes of listed entities and {@link ScreeningResult}s, as plain ordered maps any JSON
 * writer serialises (like {@code rules.TradeDecisionJson}). One home for the three users:
 * <ul>
 *   <li>{@link #scored}: yente's ScoredEntityResponse, written by {@code POST /match}, {@code POST
 *       /v1/screen} and {@code cordon screen --json} (AlertJsonSameFormTest holds CLI = HTTP);</li>
 *   <li>{@link #entity}: yente's EntityResponse ({@code /entities}, {@code /search});</li>
 *   <li>{@link #compact}: one result of a batch line ({@code cordon batch --format jsonl}, jobs,
 *       {@code spark-batch}): the entity's names instead of all its properties, and no yente-only
 *       fields, so that a line of a million-row file stays short.</li>
 * </ul>
 * Scores are rounded to four decimals ({@link Scores#round}) everywhere.
 */
public final class ScreeningJson {
  private ScreeningJson() {}

  /** When an entity was first and last on the lists and last changed (days: snapshot dates). */
  public record Seen(LocalDate firstSeen, LocalDate lastSeen, LocalDate lastChange) {}

  /** FtM topics that mark an entity as a risk target (yente's {@code target}). */
  private static final Set<String> RISK_TOPICS = Set.of("sanction", "sanction.linked", "sanction.counter",
      "debarment", "asset.frozen", "wanted", "poi", "role.pep", "role.rca", "reg.action", "reg.warn",
      "export.control", "corp.disqual");

  /** EntityResponse: the ten keys yente always sends, property values as strings. */
  public static Map<String, Object> entity(Entity e, Optional<Seen> seen) {
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

  /** yente's {@code target}: the entity carries a risk topic. */
  public static boolean target(Entity e) {
    for (String t : e.get("topics")) {
      if (RISK_TOPICS.contains(t) || t.startsWith("crime")) {
        return true;
      }
    }
    return false;
  }

  /** yente's timestamp form: seconds, no zone; Cordon knows days (snapshot dates). */
  public static String timestamp(LocalDate d) {
    return d == null ? null : d + "T00:00:00";
  }

  /** ScoredEntityResponse: the entity, then score, priority, match, features and explanations. */
  public static Map<String, Object> scored(ScreeningResult r, Optional<Seen> seen) {
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

  /** One result of a batch line: names instead of properties, explanations as score and detail. */
  public static Map<String, Object> compact(ScreeningResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.entity().id());
    m.put("caption", r.entity().caption());
    m.put("schema", r.entity().schema());
    m.put("score", Scores.round(r.score()));
    m.put("priority", Scores.round(r.priority()));
    m.put("match", r.match());
    m.put("datasets", new ArrayList<>(r.datasets()));
    m.put("names", r.entity().names());
    m.put("matched_name", r.matchedName());
    m.put("snapshot", r.snapshotId());
    Map<String, Object> ex = new LinkedHashMap<>();
    for (Explanation e : r.explanations()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("score", Scores.round(e.score()));
      one.put("detail", e.detail());
      ex.put(e.feature(), one);
    }
    m.put("explanations", ex);
    m.put("listings", r.listings().fields());
    m.put("listing_evidence", r.listings().evidence());
    return m;
  }
}
