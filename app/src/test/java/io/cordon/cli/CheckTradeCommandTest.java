package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import io.cordon.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough of docs/rules.md, run through the command line. */
class CheckTradeCommandTest {

  @TempDir
  static Path tmp;

  /** Runs with a home folder that does not exist: the bundled demo list is used. */
  static Cli.Result run(String... args) {
    return Cli.run(tmp.resolve("no-home"), args);
  }

  static JsonNode json(String... args) throws Exception {
    return json(run(args));
  }

  static JsonNode json(Cli.Result r) throws Exception {
    assertThat(r.exit()).as(r.toString()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void primaryMarketBondIsProhibitedAndSecondaryAllowedIn2021() throws Exception {
    JsonNode p = json("check-trade", "--actor-kind", "financial-institution", "--counterparty",
        "Ministry of Finance of the Russian Federation", "--instrument", "bond", "--market", "primary",
        "--issue-date", "2021-06-30", "--trade-date", "2021-07-01", "--json");
    assertThat(p.get("decision").asText()).isEqualTo("prohibited");
    assertThat(p.at("/counterparty/entity/id").asText()).isEqualTo("ofac-31694");
    assertThat(p.at("/rules/0/id").asText()).isEqualTo("eo14024-d1-primary-bonds");
    assertThat(p.at("/rules/0/citations/0/quote").asText()).contains("issued after June 14, 2021");
    JsonNode s = json("check-trade", "--actor-kind", "financial-institution", "--entity", "ofac-31694",
        "--instrument", "bond", "--market", "secondary", "--issue-date", "2021-06-30", "--trade-date", "2021-08-01", "--json");
    assertThat(s.get("decision").asText()).isEqualTo("allowed");
  }

  @Test
  void helpExitsZeroAndListsEveryBundledRuleBook() {
    Cli.Result r = run("check-trade", "--help");
    assertThat(r.exit()).as(r.toString()).isZero();
    io.cordon.rules.RuleBook book = new io.cordon.rules.RuleLoader().loadBundled();
    assertThat(book.files()).hasSize(io.cordon.rules.RuleLoader.BUNDLED.size());
    for (String version : book.files().values()) {
      assertThat(r.out()).contains(version);
    }
    assertThat(r.out()).contains("--purpose", "letter-of-credit", "eu-833-2014.yaml");
  }

  @Test
  void euActorsAreCheckedAgainstTheEuRuleBookAndTheEuPolicy() throws Exception {
    JsonNode eu = json("check-trade", "--actor-jurisdiction", "EU", "--entity", "ofac-31694", "--instrument", "bond",
        "--market", "secondary", "--issue-date", "2022-03-10", "--trade-date", "2022-04-01", "--json");
    assertThat(eu.get("decision").asText()).isEqualTo("prohibited");
    assertThat(eu.get("policy").asText()).isEqualTo("eu");
    assertThat(eu.get("reasons").toString()).contains("eu-833-5a1-securities").doesNotContain("eo14024");
    JsonNode text = json("check-trade", "--actor-jurisdiction", "DE", "--entity", "ofac-31694", "--instrument", "bond",
        "--market", "secondary", "--issue-date", "2022-03-09", "--trade-date", "2022-04-01", "--json");
    assertThat(text.get("decision").asText()).isEqualTo("allowed"); // "issued after 9 March 2022"
  }

  @Test
  void paraphrasesAreMarkedOnTheCommandLine() {
    Cli.Result r = run("check-trade", "--actor-kind", "financial-institution", "--entity", "ofac-31694", "--instrument",
        "bond", "--market", "primary", "--issue-date", "2021-06-30", "--trade-date", "2021-07-01", "--currency", "RUB");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("paraphrase: U.S. financial institutions may not participate")
        .contains("\"As of June 14, 2021, participation in the primary market").contains("<https://ofac.treasury.gov/faqs/888>, text of 2022-03-02");
  }

  @Test
  void centralBankAfterDirective4AndOwnershipBlocking(@TempDir Path dir) throws Exception {
    JsonNode cb = json("check-trade", "--identifier", "CBRFRUMM", "--instrument", "other", "--trade-date", "2022-03-01",
        "--purpose", "other", "--json");
    assertThat(cb.get("decision").asText()).isEqualTo("prohibited");
    JsonNode energy = json("check-trade", "--identifier", "CBRFRUMM", "--instrument", "other", "--trade-date", "2022-03-01",
        "--purpose", "energy", "--json");
    assertThat(energy.get("decision").asText()).isEqualTo("allowed");
    assertThat(energy.get("reasons").toString()).contains("gl-8a-energy");
    Path csv = dir.resolve("own.csv");
    Files.writeString(csv, "owner,asset,percentage,source\nofac-31291,acme-holding,30,test\nofac-31455,acme-holding,20,test\n");
    JsonNode acme = json("check-trade", "--entity", "acme-holding", "--ownership", csv.toString(),
        "--instrument", "other", "--trade-date", "2024-05-01", "--json");
    assertThat(acme.get("decision").asText()).isEqualTo("prohibited");
    assertThat(acme.at("/counterparty/ownership/paths")).hasSize(2);
    assertThat(acme.at("/counterparty/ownership/blockedShare").asDouble()).isEqualTo(50.0);
  }

  @Test
  void asOfAnswersWithTheSnapshotsInForceThen(@TempDir Path home) throws Exception {
    // Positive Technologies was designated on 2021-04-15: absent from the 2019 set, present in 2021-07
    assertThat(Cli.run(home, "import", SharedData.path("ofac_legacy_csv_2019").toString(), "--format", "ofac-sdn-csv",
        "--published", "2019-01-15").exit()).isZero();
    assertThat(Cli.run(home, "import", SharedData.path("ofac_legacy_csv_2021-07").toString(), "--format", "ofac-sdn-csv",
        "--published", "2021-07-07").exit()).isZero();
    String[] trade = {"check-trade", "--counterparty", "Positive Technologies", "--instrument", "equity", "--market",
        "secondary", "--trade-date", "2021-07-12", "--json", "--as-of"};
    Cli.Result beforeRun = Cli.run(home, concat(trade, "2020-01-01"));
    assertThat(beforeRun.err()).contains("warning: the store holds no snapshot in force on 2020-01-01 of [us_ofac_cons]");
    JsonNode before = json(beforeRun);
    assertThat(before.get("decision").asText()).isEqualTo("allowed");
    assertThat(before.at("/counterparty/match").asText()).isEqualTo("none");
    assertThat(before.get("data").asText()).contains("us_ofac_sdn-");
    JsonNode after = json(Cli.run(home, concat(trade, "2021-07-10")));
    assertThat(after.get("decision").asText()).isEqualTo("prohibited");
    assertThat(after.at("/counterparty/entity/id").asText()).isEqualTo("ofac-31455");
    assertThat(after.at("/counterparty/blockingOn/0").asText()).isEqualTo("us_ofac_sdn");
    assertThat(after.get("data").asText()).isNotEqualTo(before.get("data").asText());
  }

  @Test
  void customPersonaNonGrataListBlocksUnderTheUsProfileOnly(@TempDir Path home) throws Exception {
    Path png = home.resolve("png.csv");
    Files.writeString(png, "id,schema,name,birth_date,nationality,program,authority,listed_on\n"
        + "png-001,Person,Ivan Example PETROV,1970-03-02,Russia,Persona non grata,MFA of Exampleland,2021-04-15\n");
    Cli.Result imp = Cli.run(home, "import", png.toString(), "--source", "xx_mfa_png");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    String[] trade = {"check-trade", "--counterparty", "PETROV Ivan Example", "--instrument", "other",
        "--trade-date", "2021-05-01", "--json", "--policy"};
    JsonNode us = json(Cli.run(home, concat(trade, "us")));
    assertThat(us.get("decision").asText()).isEqualTo("prohibited");
    assertThat(us.at("/counterparty/blockingOn/0").asText()).isEqualTo("xx_mfa_png");
    JsonNode un = json(Cli.run(home, concat(trade, "un")));
    assertThat(un.get("decision").asText()).isEqualTo("allowed");
    assertThat(un.get("data").asText()).contains("none selected by policy un");
  }

  static String[] concat(String[] a, String b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }

  @Test
  void zalaOwnershipThroughTheCommandLine() throws Exception {
    String zala = SharedData.path("opensanctions_zala_fixture_yente/entities.ftm.json").toString();
    JsonNode held = json("check-trade", "--entities", zala, "--counterparty", "Limited Liability Company \"RTC\"",
        "--instrument", "other", "--trade-date", "2023-01-01", "--json");
    assertThat(held.get("decision").asText()).isEqualTo("prohibited");
    assertThat(held.at("/counterparty/ownership/paths/0/path").asText())
        .isEqualTo("NK-aU5ybkbRFJucf8YMwsJvDw -[100%]-> NK-ERScv7cLkkvZ3ejz7xiToj");
    JsonNode ended = json("check-trade", "--entities", zala, "--counterparty", "Limited Liability Company \"RTC\"",
        "--instrument", "other", "--trade-date", "2024-01-01", "--json");
    assertThat(ended.get("decision").asText()).isEqualTo("allowed");
  }

  @Test
  void badInputIsOneClearLine() {
    Cli.Result r = run("check-trade", "--entity", "ofac-31694", "--instrument", "bond", "--trade-date", "2021-07-01");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--market primary|secondary is required");
    Cli.Result both = run("check-trade", "--entity", "x", "--counterparty", "y", "--instrument", "other", "--trade-date", "2021-07-01");
    assertThat(both.exit()).isNotZero();
    assertThat(both.err()).contains("mutually exclusive");
  }
}
