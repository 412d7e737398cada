package io.cordon.http;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.fuzz.Fuzzing;
import io.cordon.screening.ScreeningException;
import io.cordon.screening.ScreeningQuery;
import java.util.Map;

/**
 * Fuzz harness for the query JSON of {@code POST /match}: the request mapper (depth and size limits)
 * then yente query parsing then query validation. A clean refusal is a JSON error or an
 * {@link ApiException} / {@link ScreeningException} (all 4xx); anything else would be a 500.
 */
class QueryJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void matchBody(byte[] data) {
    Fuzzing.expect(() -> {
      JsonNode body = RequestJson.MAPPER.readTree(data);
      JsonNode queries = body == null ? null : body.get("queries");
      if (queries == null || !queries.isObject()) {
        return;
      }
      for (Map.Entry<String, JsonNode> q : (Iterable<Map.Entry<String, JsonNode>>) queries::fields) {
        ScreeningQuery.of(QueryParsing.parse(q.getValue()).query());
      }
    }, JsonProcessingException.class, ApiException.class, ValidationException.class, ScreeningException.class, java.io.IOException.class);
  }
}
