package io.cordon.screening.payment;

import java.util.Objects;

/**
 * One message read from an input: either parsed, or the reason it could not be (a message that
 * cannot be parsed is held, never passed).
 *
 * @param index   0-based position in the input (RJE batches hold several)
 * @param message the parsed message, or null
 * @param error   why it could not be parsed, naming the place, or null
 * @param raw     the text of this one message as read (for the case queue and the UI), or null when
 *                the reader did not keep it
 */
public record ReadMessage(int index, PaymentMessage message, String error, String raw) {
  public ReadMessage {
    if ((message == null) == (error == null)) {
      throw new IllegalArgumentException("give exactly one of message or error");
    }
  }

  public static ReadMessage ok(int index, PaymentMessage m) {
    return new ReadMessage(index, Objects.requireNonNull(m), null, null);
  }

  public static ReadMessage failed(int index, String error) {
    return new ReadMessage(index, null, Objects.requireNonNull(error), null);
  }

  /** The same, with the message's raw text. */
  public ReadMessage withRaw(String text) {
    return new ReadMessage(index, message, error, text);
  }
}
