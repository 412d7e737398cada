package io.cordon.http;

/** An error the client caused or must know about, with its HTTP status; mapped to JSON by {@link Errors}. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
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
