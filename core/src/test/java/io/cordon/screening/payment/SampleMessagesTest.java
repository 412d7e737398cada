package io.cordon.screening.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.screening.payment.prowide.ProwideReader;
import io.cordon.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public sample message in ../shared/data/payments parses, with its type and parties. */
class SampleMessagesTest {
  static final MessageReader READER = ProwideReader.create();

  static List<Path> samples() throws IOException {
    try (Stream<Path> mt = Files.list(SharedData.path("payments/mt")); Stream<Path> mx = Files.list(SharedData.path("payments/mx"))) {
      return Stream.concat(mt, mx).sorted().toList();
    }
  }

  @Test
  void typesAndPlacesAreDetected() throws IOException {
    List<ReadMessage> rje = READER.read(Files.readAllBytes(SharedData.path("payments/mt/MT103-out-ack.rje")));
    assertThat(rje).hasSize(13);
    assertThat(rje.stream().filter(r -> r.message().type().equals("MT103 STP")).count()).isEqualTo(7);
    PaymentMessage cov = READER.read(Files.readAllBytes(SharedData.path("payments/mt/finMessage_2922_A_B.fin"))).get(0)
        .message();
    assertThat(cov.type()).isEqualTo("MT202 COV");
    assertThat(cov.elements(Element.Kind.NAME)).extracting(Element::path, Element::value)
        .contains(org.assertj.core.groups.Tuple.tuple("B/59F line 1", "Ardent Finance"));
    assertThat(cov.elements(Element.Kind.TOWN)).extracting(Element::value).contains("Bucharest");
    PaymentMessage pacs9 = READER.read(Files.readAllBytes(
        SharedData.path("payments/mx/CBPR+_p.2.3.1.a_pacs.009.cov-AtoB.xml"))).get(0).message();
    assertThat(pacs9.type()).isEqualTo("pacs.009.001.11 COV");
    assertThat(pacs9.elements(Element.Kind.NAME)).extracting(Element::path)
        .contains("CdtTrfTxInf/UndrlygCstmrCdtTrf/Cdtr/Nm");
    assertThat(pacs9.elements(Element.Kind.BIC)).extracting(Element::role).contains(MessageRole.SENDER, MessageRole.RECEIVER,
        MessageRole.CREDITOR_AGENT, MessageRole.DEBTOR_AGENT);
    PaymentMessage swiss = READER.read(Files.readAllBytes(SharedData.path("payments/mx/musterfile_pain.001_Nov2020.xml")))
        .get(0).message();
    assertThat(swiss.type()).startsWith("pain.001.001.03");
    assertThat(swiss.elements(Element.Kind.COUNTRY)).extracting(Element::path)
        .contains("PmtInf/DbtrAcct/Id/IBAN (IBAN country)");
  }

  @Test
  void everySampleParses() throws IOException {
    for (Path p : samples()) {
      List<ReadMessage> msgs = READER.read(Files.readAllBytes(p));
      for (ReadMessage m : msgs) {
        assertThat(m.error()).as(p.getFileName() + " #" + m.index()).isNull();
        PaymentMessage msg = m.message();
        assertThat(msg.type()).matches("MT10[13]( STP)?|MT202( COV)?|pacs\\.00[89].*|pain\\.001.*");
        assertThat(msg.elements()).as(p + " parties").extracting(Element::kind).containsAnyOf(Element.Kind.NAME, Element.Kind.BIC);
        assertThat(msg.amount()).as(p + " amount").isNotNull();
        assertThat(msg.valueDate()).as(p + " date").isNotNull();
      }
    }
  }
}
