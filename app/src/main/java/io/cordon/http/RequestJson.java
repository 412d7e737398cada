package io.cordon.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Json;

/**
 * The mapper request bodies are read with: nesting and value sizes bounded well below Jackson's
 * defaults (1,000 levels, 20 M characters per string), so that a hostile body is a 400 after a few
 * bytes of work rather than a deep recursion later. No Cordon request is nested more than a few
 * levels (yente queries: 4).
 */
final class RequestJson {
  /** Deepest nesting of objects and arrays accepted in a request body. */
  static final int MAX_DEPTH = 32;
  /** Longest string value accepted (names are far shorter; a party file is not sent as one string). */
  static final int MAX_STRING = 1_000_000;
  /** Longest number literal accepted. */
  static final int MAX_NUMBER = 100;

  static final ObjectMapper MAPPER = Json.MAPPER.copyWith(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING)
          .maxNumberLength(MAX_NUMBER)
          .build())
      .build());

  private RequestJson() {}
}
