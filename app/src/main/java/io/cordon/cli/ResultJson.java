package io.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cordon.common.Json;
import io.cordon.match.MatchQuery;
import io.cordon.screening.ScreeningJson;
import io.cordon.screening.ScreeningResponse;
import java.util.List;
import java.util.Optional;

/**
 * {@code cordon screen --json}: a screening response as one of yente's match responses (status,
 * query, total, results) plus the threshold, algorithm, candidates and list snapshots used. Each
 * result is {@link ScreeningJson#scored}, the form {@code POST /v1/screen} and {@code /match} send.
 */
final class ResultJson {
  private static final ObjectMapper JSON = Json.MAPPER;

  private ResultJson() {}

  static ObjectNode response(ScreeningResponse r) {
    ObjectNode out = JSON.createObjectNode();
    out.put("status", 200);
    out.set("query", query(r.query().match()));
    out.putObject("total").put("value", r.results().size()).put("relation", "eq");
    ArrayNode results = out.putArray("results");
    r.results().forEach(x -> results.add(JSON.valueToTree(ScreeningJson.scored(x, Optional.empty()))));
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

  private static void put(ObjectNode o, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(key);
      values.forEach(a::add);
    }
  }
}
