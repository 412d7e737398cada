package io.cordon.screening.payment;

import java.util.List;

/**
 * Reads payment messages (SWIFT MT, single or RJE batch; ISO 20022 MX with or without AppHdr or an
 * envelope), detecting the syntax and type from the content. Never throws on bad input: each
 * message that cannot be read comes back as a {@link ReadMessage#failed} naming the place. The
 * implementation is {@code io.cordon.screening.payment.prowide.ProwideReader} (Prowide is confined there).
 */
public interface MessageReader {

  /** Largest input accepted, in bytes. */
  int MAX_BYTES = 4 * 1024 * 1024;

  /** Largest single message, in characters (an MT103 is at most 10,000 characters). */
  int MAX_MESSAGE_CHARS = 100_000;

  /** @param content the raw bytes (must be UTF-8; a byte order mark is skipped) */
  List<ReadMessage> read(byte[] content);
}
