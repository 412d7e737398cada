package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough of docs/rules.md, run through the command line. */
class CheckTradeCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  static JsonNode json(String... args) throws Exception {
    Run r = run(args);
    assertThat(r.code()).as(r.err()).isZero();
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
  void centralBankAfterDirective4AndOwnershipBlocking(@TempDir Path dir) throws Exception {
    JsonNode cb = json("check-trade", "--identifier", "CBRFRUMM", "--instrument", "other", "--trade-date", "2022-03-01", "--json");
    assertThat(cb.get("decision").asText()).isEqualTo("prohibited");
    Path csv = dir.resolve("own.csv");
    Files.writeString(csv, "owner,asset,percentage,source\nofac-31291,acme-holding,30,test\nofac-31455,acme-holding,20,test\n");
    JsonNode acme = json("check-trade", "--entity", "acme-holding", "--ownership", csv.toString(),
        "--instrument", "other", "--trade-date", "2024-05-01", "--json");
    assertThat(acme.get("decision").asText()).isEqualTo("prohibited");
    assertThat(acme.at("/counterparty/ownership/paths")).hasSize(2);
    assertThat(acme.at("/counterparty/ownership/blockedShare").asDouble()).isEqualTo(50.0);
  }

  @Test
  void badInputIsOneClearLine() {
    Run r = run("check-trade", "--entity", "ofac-31694", "--instrument", "bond", "--trade-date", "2021-07-01");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--market primary|secondary is required");
    Run both = run("check-trade", "--entity", "x", "--counterparty", "y", "--instrument", "other", "--trade-date", "2021-07-01");
    assertThat(both.code()).isNotZero();
    assertThat(both.err()).contains("mutually exclusive");
  }
}
