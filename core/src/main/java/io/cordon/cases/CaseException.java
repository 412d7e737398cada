package io.cordon.cases;

/** Base of the case workflow's typed errors; the HTTP layer maps each subtype to one status code. */
public abstract class CaseException extends RuntimeException {
  CaseException(String message) {
    super(message);
  }
}
