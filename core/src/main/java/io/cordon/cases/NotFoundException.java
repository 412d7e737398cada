package io.cordon.cases;

/** HTTP 404: the alert, party, decision or user does not exist. */
public final class NotFoundException extends CaseException {
  public NotFoundException(String message) {
    super(message);
  }
}
