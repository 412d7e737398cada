package io.cordon.cases;

/** HTTP 409: the action does not fit the current state (e.g. deciding a closed alert). */
public final class ConflictException extends CaseException {
  public ConflictException(String message) {
    super(message);
  }
}
