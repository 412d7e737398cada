package io.cordon.http;

import java.util.List;
import java.util.Map;

/**
 * Request validation failures in the shape FastAPI (and so yente) answers with: status 422 and
 * {@code {"detail": [{"type", "loc", "msg", "input", "ctx"?}, ...]}}, one entry per failure.
 */
final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Map<String, Object>> errors;

  ValidationException(List<Map<String, Object>> errors) {
    super(errors.isEmpty() ? "validation error" : String.valueOf(errors.get(0).get("msg")), null, false, false);
    this.errors = List.copyOf(errors);
  }

  List<Map<String, Object>> errors() {
    return errors;
  }
}
