package io.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cordon.common.Json;
import io.cordon.match.Explanation;
import io.cordon.match.MatchQuery;
import io.cordon.match.Scores;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import java.util.List;
import java.util.Map;

/** Screening responses as yente's match response objects (plus the list versions used). */
final class ResultJson {
  private static final ObjectMapper JSON = Json.MAPPER;

  private ResultJson() {}

  static ObjectNode response(ScreeningResponse r) {
    ObjectNode out = JSON.createObjectNode();
    out.put("status", 200);
    out.set("query", query(r.query().match()));
    out.putObject("total").put("value", r.results().size()).put("relation", "eq");
    ArrayNode results = out.putArray("results");
    r.results().forEach(x -> results.add(result(x)));
    out.put("threshold", r.threshold());
    out.put("algorithm", r.algorithm());
    out.put("candidates", r.candidates());
    ArrayNode snaps = out.putArray("snapshots");
    r.snapshotIds().stream().sorted().forEach(snaps::add);
    out.put("screened_at", r.screenedAt().toString());
    return out;
  }

  static ObjectNode query(MatchQuery q) {
    ObjectNode o = JSON.createObjectNode();
    o.put("schema", q.schema());
    ObjectNode p = o.putObject("properties");
    put(p, "name", q.names());
    put(p, "birthDate", q.birthDates());
    put(p, "country", q.countries());
    put(p, "idNumber", q.identifiers());
    if (q.gender() != null) {
      put(p, "gender", List.of(q.gender()));
    }
    return o;
  }

  static ObjectNode result(ScreeningResult r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", r.entity().id());
    o.put("caption", r.entity().caption());
    o.put("schema", r.entity().schema());
    ObjectNode props = o.putObject("properties");
    for (Map.Entry<String, List<String>> e : r.entity().properties().entrySet()) {
      put(props, e.getKey(), e.getValue());
    }
    ArrayNode ds = o.putArray("datasets");
    r.datasets().forEach(ds::add);
    o.put("score", Scores.round(r.score()));
    o.put("priority", Scores.round(r.priority()));
    o.put("match", r.match());
    o.put("matched_name", r.matchedName());
    o.put("snapshot", r.snapshotId());
    ObjectNode ex = o.putObject("explanations");
    for (Explanation e : r.explanations()) {
      ex.putObject(e.feature()).put("score", e.score()).put("weight", e.weight()).put("detail", e.detail());
    }
    ArrayNode refs = o.putArray("referents");
    r.listings().referents(r.entity().id()).forEach(refs::add);
    o.set("listings", JSON.valueToTree(r.listings().fields()));
    o.set("listing_evidence", JSON.valueToTree(r.listings().evidence()));
    return o;
  }

  private static void put(ObjectNode o, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(key);
      values.forEach(a::add);
    }
  }
}
