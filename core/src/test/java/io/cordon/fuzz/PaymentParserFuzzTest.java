package io.cordon.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cordon.screening.payment.MessageReader;
import io.cordon.screening.payment.RawPlaces;
import io.cordon.screening.payment.ReadMessage;
import io.cordon.screening.payment.prowide.ProwideReader;
import java.util.List;

/**
 * Fuzz harnesses for the payment message parsers (issue 13 item 8): SWIFT MT (single and RJE
 * batches, Prowide's parser under ours) and ISO 20022 MX (secure StAX pass, Prowide's type
 * detection). The reader's contract is stricter than a list adapter's: it never throws; bad input
 * comes back as a message that cannot be read, naming the place. Each message read is also placed
 * in its raw text ({@link RawPlaces}, which the case queue runs on held messages). Seeds:
 * {@code PaymentParserFuzzTestInputs/<method>/}; see docs/reliability.md, "Fuzzing".
 */
class PaymentParserFuzzTest {
  private static final MessageReader READER = ProwideReader.create();

  private static void read(byte[] data) {
    Fuzzing.expect(() -> {
      List<ReadMessage> out = READER.read(data);
      if (out.isEmpty()) {
        throw new AssertionError("the reader returned no message and no error");
      }
      for (ReadMessage m : out) {
        if (m.message() != null && m.raw() != null) {
          RawPlaces.locate(m.raw(), m.message().elements());
        }
      }
    });
  }

  @FuzzTest(maxDuration = "60s")
  void mtMessage(byte[] data) {
    read(data);
  }

  @FuzzTest(maxDuration = "60s")
  void mxMessage(byte[] data) {
    read(data);
  }
}
