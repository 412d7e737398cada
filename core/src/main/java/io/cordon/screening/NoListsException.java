package io.cordon.screening;

/**
 * There is nothing to screen against (no list imported, or none in force on the as-of date).
 * Screening an empty list set would report "no match" for everyone, so it is refused instead.
 */
public final class NoListsException extends ScreeningException {
  private static final long serialVersionUID = 1L;

  public NoListsException(String message) {
    super(message);
  }
}
