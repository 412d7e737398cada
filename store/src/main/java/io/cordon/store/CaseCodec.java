package io.cordon.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cordon.cases.Party;
import io.cordon.cases.QueuedHit;
import io.cordon.common.Json;
import io.cordon.index.PartyListings;
import io.cordon.match.Explanation;
import io.cordon.model.Entity;
import java.util.List;

/** JSON columns of the cases tables: parties, entities, explanations and id lists as they were screened. */
final class CaseCodec {
  private CaseCodec() {}

  private static final ObjectMapper JSON = Json.MAPPER;
  /** Rows written by an older version may carry fields this one no longer has. */
  private static final ObjectReader READ = JSON.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static Party party(String json) {
    return read(json, new TypeReference<Party>() {});
  }

  static Entity entity(String json) {
    return read(json, new TypeReference<Entity>() {});
  }

  /** An alert's listings (null column: not recorded). */
  static PartyListings listings(String json) {
    return json == null ? null : read(json, new TypeReference<PartyListings>() {});
  }

  static List<Explanation> explanations(String json) {
    return read(json, new TypeReference<List<Explanation>>() {});
  }

  static List<QueuedHit> messageHits(String json) {
    return read(json, new TypeReference<List<QueuedHit>>() {});
  }

  static List<String> strings(String json) {
    return read(json, new TypeReference<List<String>>() {});
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return READ.forType(type).readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable JSON in the cases store: " + e.getOriginalMessage(), e);
    }
  }
}
