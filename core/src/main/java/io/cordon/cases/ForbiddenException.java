package io.cordon.cases;

/** HTTP 403: the acting user lacks the role, or acts on their own decision. */
public final class ForbiddenException extends CaseException {
  public ForbiddenException(String message) {
    super(message);
  }
}
