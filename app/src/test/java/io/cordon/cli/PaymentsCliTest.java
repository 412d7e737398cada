package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's done criteria end to end through the command line, on the real OFAC SDN list of
 * 2024-05-03 and the non-SDN list of 2025-12: our own messages hold for each listed case, every
 * public sample message passes, and scanning a news text flags exactly the listed people.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsCliTest {
  @TempDir static Path home;
  static final Path FIXTURES = Path.of("src/test/resources/payments");
  final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  void importLists() {
    Cli.Result sdn = Cli.run(home, "import", SharedData.path("ofac_sdn_csv_2024-05-03").toString(),
        "--published", "2024-05-03");
    assertThat(sdn.exit()).as(sdn.toString()).isZero();
    Cli.Result cons = Cli.run(home, "import", SharedData.path("ofac_consolidated_nonsdn_2025-12").toString(),
        "--published", "2025-12-19");
    assertThat(cons.exit()).as(cons.toString()).isZero();
  }

  JsonNode screen(String... files) throws IOException {
    List<String> args = new ArrayList<>(List.of("screen-message", "--json"));
    args.addAll(List.of(files));
    Cli.Result r = Cli.run(home, args.toArray(String[]::new));
    assertThat(r.exit()).as(r.toString()).isIn(0, 1);
    return json.readTree(r.out()).get("messages");
  }

  JsonNode one(String fixture) throws IOException {
    JsonNode msgs = screen(FIXTURES.resolve(fixture).toString());
    assertThat(msgs).hasSize(1);
    return msgs.get(0);
  }

  static JsonNode hit(JsonNode message, String kind) {
    for (JsonNode h : message.get("hits")) {
      if (h.get("kind").asText().equals(kind)) {
        return h;
      }
    }
    throw new AssertionError("no " + kind + " hit in " + message.toPrettyString());
  }

  @Test
  void listedCompanyWithLegalFormAsBeneficiary() throws IOException {
    JsonNode m = one("mt103_company_beneficiary.fin");
    assertThat(m.get("decision").asText()).isEqualTo("hold");
    assertThat(m.get("type").asText()).isEqualTo("MT103");
    JsonNode h = hit(m, "name");
    assertThat(h.get("path").asText()).isEqualTo("59F line 1");
    assertThat(h.get("entity").get("id").asText()).isEqualTo("ofac-31455");
  }

  @Test
  void listedBankBic11AsAccountWithInstitution() throws IOException {
    JsonNode m = one("mt103_bank_bic_account_with.fin");
    assertThat(m.get("decision").asText()).isEqualTo("hold");
    JsonNode h = hit(m, "bic");
    assertThat(h.get("field").asText()).isEqualTo("57A");
    assertThat(h.get("value").asText()).isEqualTo("SABRRUMMXXX");
    assertThat(h.get("entity").get("id").asText()).isEqualTo("ofac-17018");
  }

  @Test
  void listedBankBic8AsBeneficiaryInstitution() throws IOException {
    JsonNode m = one("mt202_bank_bic_beneficiary_institution.fin");
    assertThat(m.get("decision").asText()).isEqualTo("hold");
    assertThat(m.get("type").asText()).isEqualTo("MT202");
    JsonNode h = hit(m, "bic");
    assertThat(h.get("field").asText()).isEqualTo("58A");
    assertThat(h.get("entity").get("id").asText()).isEqualTo("ofac-17013");
  }

  @Test
  void listedPersonAsOrderingCustomer() throws IOException {
    JsonNode m = one("mt103_person_ordering.fin");
    assertThat(m.get("decision").asText()).isEqualTo("hold");
    JsonNode h = hit(m, "name");
    assertThat(h.get("field").asText()).isEqualTo("50K");
    assertThat(h.get("entity").get("id").asText()).isEqualTo("ofac-31291");
  }

  @Test
  void listedPersonInCyrillicAsPacs008Debtor() throws IOException {
    JsonNode m = one("pacs008_cyrillic_debtor.xml");
    assertThat(m.get("decision").asText()).isEqualTo("hold");
    assertThat(m.get("type").asText()).startsWith("pacs.008");
    JsonNode h = hit(m, "name");
    assertThat(h.get("path").asText()).isEqualTo("CdtTrfTxInf/Dbtr/Nm");
    assertThat(h.get("entity").get("id").asText()).isEqualTo("ofac-21171");
  }

  @Test
  void centralBankBicAsCreditorAgentAfterDirective4() throws IOException {
    JsonNode after = one("pacs008_central_bank_creditor_agent.xml");
    assertThat(after.get("decision").asText()).isEqualTo("hold");
    JsonNode h = hit(after, "rule");
    assertThat(h.get("rule").asText()).isEqualTo("eo14024-d4-all-transactions");
    assertThat(h.get("path").asText()).isEqualTo("CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI");
    assertThat(h.get("entity").get("id").asText()).isEqualTo("ofac-31695");
    // the same payment settled before Directive 4 (2022-02-28) is not held for it
    JsonNode before = one("pacs008_central_bank_before_directive4.xml");
    assertThat(before.get("decision").asText()).as(before.toPrettyString()).isEqualTo("pass");
  }

  @Test
  void listedVesselAndImoInField70() throws IOException {
    JsonNode m = one("mt103_vessel_field70.fin");
    assertThat(m.get("decision").asText()).isEqualTo("hold");
    List<String> vesselHits = new ArrayList<>();
    for (JsonNode h : m.get("hits")) {
      if (h.get("kind").asText().equals("vessel")) {
        assertThat(h.get("field").asText()).isEqualTo("70");
        assertThat(h.get("entity").get("id").asText()).isEqualTo("ofac-15037");
        vesselHits.add(h.get("explanation").asText());
      }
    }
    // by the IMO number and by the name
    assertThat(vesselHits).anyMatch(e -> e.startsWith("IMO 9187655")).anyMatch(e -> e.startsWith("'ARK III'"));
  }

  @Test
  void creditorAddressInSevastopol() throws IOException {
    JsonNode m = one("pacs008_sevastopol_creditor.xml");
    assertThat(m.get("decision").asText()).isEqualTo("hold");
    JsonNode h = hit(m, "country");
    assertThat(h.get("path").asText()).isEqualTo("CdtTrfTxInf/Cdtr/PstlAdr/TwnNm");
    assertThat(h.get("rule").asText()).isEqualTo("us-crimea");
  }

  @Test
  void ourCleanMessagesPass() throws IOException {
    for (String f : List.of("mt103_clean.fin", "pacs008_clean.xml")) {
      JsonNode m = one(f);
      assertThat(m.get("decision").asText()).as(m.toPrettyString()).isEqualTo("pass");
      assertThat(m.get("hits")).isEmpty();
    }
  }

  @Test
  void everyPublicSampleMessagePasses() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> mt = Files.list(SharedData.path("payments/mt")); Stream<Path> mx = Files.list(SharedData.path("payments/mx"))) {
      Stream.concat(mt, mx).sorted().forEach(p -> files.add(p.toString()));
    }
    JsonNode msgs = screen(files.toArray(String[]::new));
    // 13 messages in the RJE batch, one in every other file
    assertThat(msgs).hasSize(files.size() - 1 + 13);
    for (JsonNode m : msgs) {
      assertThat(m.get("decision").asText()).as(m.toPrettyString()).isEqualTo("pass");
      assertThat(m.get("type").asText()).matches("MT10[13]( STP)?|MT202( COV)?|pacs\\.00[89].*|pain\\.001.*");
    }
  }

  @Test
  void scanFlagsExactlyTheListedPeople() throws IOException {
    Cli.Result r = Cli.run(home, "scan", "--json", FIXTURES.resolve("news_2021-04-15.txt").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    JsonNode mentions = json.readTree(r.out()).get("mentions");
    String text = Files.readString(FIXTURES.resolve("news_2021-04-15.txt"));
    List<String> flagged = new ArrayList<>();
    for (JsonNode m : mentions) {
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
      if (m.get("match").asBoolean()) {
        flagged.add(m.get("text").asText().replaceAll("\\s+", " ") + "=" + m.get("entity").get("id").asText());
      }
    }
    // listed: Kilimnik, Prigozhin, Malkevich, Putin, Lavrov. Not listed: Biden, Sullivan, Price,
    // Zelensky, Roth; "Vladimir" and "Yevgeny" alone; "era", "positive" (words of listed company names)
    assertThat(flagged).containsExactlyInAnyOrder("Konstantin Kilimnik=ofac-31291", "Yevgeny Prigozhin=ofac-21171",
        "Alexander Malkevich=ofac-26235", "Vladimir Putin=ofac-35096", "Sergei Lavrov=ofac-35233");
  }
}
