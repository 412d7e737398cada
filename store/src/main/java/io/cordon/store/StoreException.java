package io.cordon.store;

/** The database failed (unreachable, locked, corrupt); the message says which database and why. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
