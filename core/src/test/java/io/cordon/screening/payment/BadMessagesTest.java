package io.cordon.screening.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.screening.payment.prowide.ProwideReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is refused with an error naming the message and the place; never a crash, never a pass. */
class BadMessagesTest {
  static final MessageReader READER = ProwideReader.create();

  static final String BLOCK4 = "{4:\r\n:20:REF1\r\n:23B:CRED\r\n:32A:240510EUR100,\r\n:50K:ANNA SCHMIDT\r\n"
      + ":59:/GB29NWBK60161331926819\r\nJOHN SMITH\r\n:71A:SHA\r\n-}";
  static final String MT = "{1:F01BANKDEFFAXXX0000000000}{2:I103BANKGB2LXXXXN}" + BLOCK4;

  static String error(String text) {
    return error(text.getBytes(StandardCharsets.UTF_8));
  }

  static String error(byte[] bytes) {
    List<ReadMessage> r = READER.read(bytes);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).message()).as(String.valueOf(r.get(0).message())).isNull();
    return r.get(0).error();
  }

  @Test
  void goodMessageReads() {
    List<ReadMessage> r = READER.read(MT.getBytes(StandardCharsets.UTF_8));
    assertThat(r.get(0).error()).isNull();
    assertThat(r.get(0).message().type()).isEqualTo("MT103");
    assertThat(r.get(0).message().elements()).extracting(Element::path).contains("50K line 1", "59 line 2", "59 line 1");
  }

  @Test
  void malformedMtBlocks() {
    assertThat(error(MT.replace("{1:", "{X:"))).contains("message 1").contains("block 1 missing");
    assertThat(error(MT.replace(BLOCK4, ""))).contains("block 4 (text) missing");
    assertThat(error(MT.replace("-}", ""))).contains("block 4 not terminated");
    assertThat(error(MT.replace(":20:REF1", "20:REF1"))).contains("block 4 line 1").contains("field tag");
    assertThat(error(MT.replace("{2:I103", "{2:I540"))).contains("MT540 is not a payment message type");
    assertThat(error(MT.replace("240510EUR100,", "24X510EUR100,"))).contains("field 32A");
    assertThat(error(MT.replace(BLOCK4, "{4:\r\n-}"))).contains("block 4 is empty");
  }

  @Test
  void rjeBatchNamesTheBadMessage() {
    List<ReadMessage> r = READER.read((MT + "\r\n$\r\n" + MT.replace("{2:I103", "{2:I999") + "\r\n$" + MT)
        .getBytes(StandardCharsets.UTF_8));
    assertThat(r).hasSize(3);
    assertThat(r.get(0).error()).isNull();
    assertThat(r.get(1).error()).startsWith("message 2:").contains("MT999");
    assertThat(r.get(2).error()).isNull();
  }

  @Test
  void xmlWithDoctypeOrEntitiesIsRefused() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf><CdtTrfTxInf>"
        + "<Dbtr><Nm>&x;</Nm></Dbtr></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>";
    assertThat(error(xxe)).contains("line 1").contains("<!DOCTYPE> declarations are refused");
    assertThat(error("<Document>\n<!ENTITY a \"b\"></Document>")).contains("line 2").contains("<!ENTITY>");
  }

  @Test
  void wrongNamespaceUnknownTypeAndBrokenXml() {
    assertThat(error("<Document xmlns=\"urn:example:other\"><A/></Document>")).contains("namespace 'urn:example:other'");
    assertThat(error("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><A/></Document>"))
        .contains("camt.053.001.08").contains("reads pacs.008");
    assertThat(error("<Envelope><Other/></Envelope>")).contains("no ISO 20022 <Document>");
    assertThat(error("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">\n<Dbtr><Nm>X</Dbtr>"))
        .contains("not well-formed XML at line 2");
    assertThat(error("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf>"
        + "<CdtTrfTxInf><IntrBkSttlmAmt Ccy=\"EUR\">12,5x</IntrBkSttlmAmt></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>"))
        .contains("CdtTrfTxInf/IntrBkSttlmAmt").contains("not an amount");
  }

  @Test
  void sizeEncodingAndEmptyInput() {
    assertThat(error(new byte[MessageReader.MAX_BYTES + 1])).contains("over the limit");
    assertThat(error(new byte[] {'{', '1', ':', (byte) 0xC3, (byte) 0x28})).contains("not valid UTF-8").contains("byte 3");
    assertThat(error("   \n")).contains("empty input");
    assertThat(error("hello")).contains("unknown syntax");
    String big = MT.replace("JOHN SMITH", "J".repeat(MessageReader.MAX_MESSAGE_CHARS));
    assertThat(error(big)).contains("over the limit");
  }
}
