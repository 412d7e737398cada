package io.cordon.screening;

/** The query itself is wrong (the field is named in the message): fix the input, do not retry. */
public final class InvalidQueryException extends ScreeningException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidQueryException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** The offending field, e.g. {@code threshold} or {@code birthDate}. */
  public String field() {
    return field;
  }
}
