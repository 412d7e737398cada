package io.cordon.screening.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.screening.payment.prowide.ProwideReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each element is written in the raw message (for the case queue and the UI), and MX paths of repeated elements. */
class RawPlacesTest {
  static PaymentMessage read(String raw) {
    ReadMessage m = ProwideReader.create().read(raw.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(m.error()).isNull();
    assertThat(m.raw()).isEqualTo(raw.strip());
    return m.message();
  }

  static String at(String raw, RawPlaces.Place p) {
    return p == null ? null : raw.substring(p.start(), p.end());
  }

  @Test
  void mtValuesAreFoundInTheirFieldsAcrossLineBreaks() {
    String raw = "{1:F01BANKDEFFAXXX0000000000}{2:I103SABRRUMMAXXXN}{4:\r\n:20:R1\r\n:32A:240510EUR500,\r\n"
        + ":50K:/DE89370400440532013000\r\nIVAN PETROV\r\n:59:/GB29NWBK60161331926819\r\nIVAN PETROV\r\n"
        + ":70:PAYMENT FOR THE\r\nVESSEL ARK III\r\n-}";
    PaymentMessage m = read(raw);
    List<RawPlaces.Place> places = RawPlaces.locate(raw, m.elements());
    for (int i = 0; i < places.size(); i++) {
      Element e = m.elements().get(i);
      if (e.kind() == Element.Kind.NAME && e.field().equals("59")) {
        // the same name in 50K and 59: each in its own field
        assertThat(places.get(i).start()).isGreaterThan(raw.indexOf(":59:"));
        assertThat(at(raw, places.get(i))).isEqualTo("IVAN PETROV");
      }
      if (e.kind() == Element.Kind.NAME && e.field().equals("50K")) {
        assertThat(places.get(i).start()).isBetween(raw.indexOf(":50K:"), raw.indexOf(":59:"));
      }
      if (e.kind() == Element.Kind.TEXT) {
        RawPlaces.Place p = places.get(i);
        assertThat(at(raw, p)).isEqualTo("PAYMENT FOR THE\r\nVESSEL ARK III");
        int from = e.value().indexOf("ARK III");
        int[] span = p.span(from, from + 7);
        assertThat(raw.substring(span[0], span[1])).isEqualTo("ARK III");
        int[] across = p.span(e.value().indexOf("THE"), e.value().indexOf("VESSEL") + 6);
        assertThat(raw.substring(across[0], across[1])).isEqualTo("THE\r\nVESSEL");
      }
      if (e.kind() == Element.Kind.BIC && e.path().startsWith("block 2")) {
        // the header holds the logical terminal address: the BIC's first 8 characters are marked
        assertThat(at(raw, places.get(i))).isEqualTo("SABRRUMM");
      }
    }
  }

  @Test
  void mxRepeatedElementsGetIndexedPathsAndTheirOwnPlaces() {
    String raw = """
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>
        <GrpHdr><MsgId>M1</MsgId></GrpHdr>
        <CdtTrfTxInf><IntrBkSttlmAmt Ccy="EUR">1.00</IntrBkSttlmAmt><Dbtr><Nm>A &amp; B TRADING</Nm></Dbtr>
        <Cdtr><Nm>ACME</Nm><PstlAdr><AdrLine>1 MAIN ST</AdrLine><AdrLine>&#1052;&#1054;&#1057;&#1050;&#1042;&#1040;</AdrLine></PstlAdr></Cdtr></CdtTrfTxInf>
        <CdtTrfTxInf><IntrBkSttlmAmt Ccy="EUR">2.00</IntrBkSttlmAmt><Cdtr><Nm>ACME</Nm></Cdtr></CdtTrfTxInf>
        </FIToFICstmrCdtTrf></Document>""";
    PaymentMessage m = read(raw);
    List<String> paths = m.elements().stream().map(Element::path).toList();
    assertThat(paths).contains("CdtTrfTxInf/Cdtr/Nm", "CdtTrfTxInf[2]/Cdtr/Nm", "CdtTrfTxInf/Cdtr/PstlAdr/AdrLine",
        "CdtTrfTxInf/Cdtr/PstlAdr/AdrLine[2]", "CdtTrfTxInf/Dbtr/Nm");
    List<RawPlaces.Place> places = RawPlaces.locate(raw, m.elements());
    int first = raw.indexOf("<Nm>ACME");
    int second = raw.indexOf("<Nm>ACME", first + 1);
    for (int i = 0; i < places.size(); i++) {
      Element e = m.elements().get(i);
      switch (e.path()) {
        case "CdtTrfTxInf/Cdtr/Nm" -> assertThat(places.get(i).start()).isEqualTo(first + 4);
        case "CdtTrfTxInf[2]/Cdtr/Nm" -> assertThat(places.get(i).start()).isEqualTo(second + 4);
        case "CdtTrfTxInf/Dbtr/Nm" -> assertThat(at(raw, places.get(i))).isEqualTo("A &amp; B TRADING");
        case "CdtTrfTxInf/Cdtr/PstlAdr/AdrLine[2]" -> {
          assertThat(e.value()).isEqualTo("МОСКВА");
          assertThat(at(raw, places.get(i))).isEqualTo("&#1052;&#1054;&#1057;&#1050;&#1042;&#1040;");
        }
        default -> { }
      }
    }
  }

  @Test
  void aValueNotWrittenInItsFieldHasNoPlace() {
    Element ghost = new Element(MessageRole.TEXT, Element.Kind.TEXT, "70", "70", "NOT IN THE MESSAGE");
    String raw = "{1:F01BANKDEFFAXXX0000000000}{2:I103BANKGB2LXXXXN}{4:\r\n:20:R1\r\n:70:OTHER\r\n-}";
    assertThat(RawPlaces.locate(raw, List.of(ghost))).containsExactly((RawPlaces.Place) null);
  }
}
