package io.cordon.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the client caused or must know about, with its HTTP status; mapped to JSON by {@link Errors}.
 * {@code detail} is the text yente clients compare against; {@link #extra} adds Cordon's own fields
 * (e.g. the known dataset names) beside it.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Map<String, Object> extras = new LinkedHashMap<>();

  public ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** Adds a field next to {@code detail} in the error body. */
  public ApiException extra(String field, Object value) {
    extras.put(field, value);
    return this;
  }

  Map<String, Object> extras() {
    return extras;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(401, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, message);
  }
}
