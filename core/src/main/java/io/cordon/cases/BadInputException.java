package io.cordon.cases;

/** HTTP 400: a value is missing or malformed. */
public final class BadInputException extends CaseException {
  public BadInputException(String message) {
    super(message);
  }
}
