package io.cordon.screening;

/** Why a screen could not be answered. Subtypes tell the caller what to do about it. */
public abstract sealed class ScreeningException extends RuntimeException
    permits InvalidQueryException, NoListsException {
  private static final long serialVersionUID = 1L;

  ScreeningException(String message) {
    super(message);
  }
}
