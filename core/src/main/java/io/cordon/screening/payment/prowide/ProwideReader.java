package io.cordon.screening.payment.prowide;

import io.cordon.common.Bom;
import io.cordon.screening.payment.MessageReader;
import io.cordon.screening.payment.ReadMessage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads SWIFT MT (pw-swift-core) and ISO 20022 MX (pw-iso20022 for type detection) messages. The
 * syntax is told by the first character: {@code {} for MT (one message or an RJE batch split by
 * {@code $}), {@code <} for XML. Thread-safe and stateless.
 */
public final class ProwideReader implements MessageReader {

  private final MtReader mt = new MtReader();
  private final MxReader mx = new MxReader();

  private ProwideReader() {}

  public static MessageReader create() {
    return new ProwideReader();
  }

  @Override
  public List<ReadMessage> read(byte[] content) {
    if (content.length > MAX_BYTES) {
      return List.of(ReadMessage.failed(0, "input is " + content.length + " bytes, over the limit of " + MAX_BYTES)
          .withRaw(lossy(content)));
    }
    String text;
    try {
      text = decode(content);
    } catch (MalformedInputException e) {
      return List.of(ReadMessage.failed(0, "not valid UTF-8: bad byte sequence at byte " + offset(content, e))
          .withRaw(lossy(content)));
    } catch (CharacterCodingException e) {
      return List.of(ReadMessage.failed(0, "not valid UTF-8: " + e.getMessage()).withRaw(lossy(content)));
    }
    text = Bom.strip(text);
    String s = text.stripLeading();
    if (s.isEmpty()) {
      return List.of(ReadMessage.failed(0, "empty input: no message").withRaw(text));
    }
    if (s.charAt(0) == '{') {
      return mt.read(s);
    }
    if (s.charAt(0) == '<') {
      return List.of(mx.read(0, s).withRaw(s));
    }
    return List.of(ReadMessage.failed(0, "unknown syntax at line 1: neither a SWIFT MT message ('{1:...') nor "
        + "ISO 20022 XML ('<'); starts with '" + MtReader.snippet(s) + "'").withRaw(s));
  }

  /** Text of bytes that are not (all) UTF-8, bad sequences replaced, cut to a size worth keeping. */
  private static String lossy(byte[] content) {
    int n = Math.min(content.length, KEPT_BYTES);
    return new String(content, 0, n, StandardCharsets.UTF_8);
  }

  /** How much of an input that cannot be read is kept as its raw text. */
  private static final int KEPT_BYTES = 1_000_000;

  private static String decode(byte[] content) throws CharacterCodingException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer cb = d.decode(ByteBuffer.wrap(content));
    return cb.toString();
  }

  /** The offset of the first bad byte (the decoder does not say it). */
  private static int offset(byte[] content, MalformedInputException e) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    d.decode(in, out, true);
    return in.position();
  }
}
