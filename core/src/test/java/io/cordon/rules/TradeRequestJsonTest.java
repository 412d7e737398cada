package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeRequestJsonTest {
  @SuppressWarnings("unchecked")
  static TradeRequestJson.Input parse(String json) throws Exception {
    return TradeRequestJson.fromMap(new ObjectMapper().readValue(json, Map.class));
  }

  @Test
  void parsesTheCliFieldsAndRoundTripsThroughTheChecker() throws Exception {
    TradeRequestJson.Input in = parse("""
        {"actorKind": "financial-institution", "counterparty": "Ministry of Finance of the Russian Federation",
         "instrument": "bond", "market": "primary", "issueDate": "2021-06-30", "tradeDate": "2021-07-01",
         "maturityDays": 365, "policy": "us", "sources": ["us_ofac_cons"]}""");
    assertThat(in.request().actorJurisdiction()).isEqualTo("US");
    assertThat(in.request().maturityDays()).isEqualTo(365);
    assertThat(in.request().issueDate()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(in.sources()).containsExactly("us_ofac_cons");
    TradeDecision d = TradeCheckerTest.US.check(in.request());
    Map<String, Object> out = TradeDecisionJson.toMap(d);
    assertThat(out.get("decision")).isEqualTo("prohibited");
    assertThat(new ObjectMapper().writeValueAsString(out)).contains("\"quote\":\"As of June 14, 2021, participation in the primary market");
  }

  @Test
  void rejectsBadRequestsNamingTheField() {
    assertThatThrownBy(() -> parse("{\"instrument\": \"bond\", \"tradeDate\": \"2021-07-01\", \"entity\": \"x\"}"))
        .hasMessageContaining("market: required for instrument bond");
    assertThatThrownBy(() -> parse("{\"instrument\": \"other\", \"tradeDate\": \"1.7.2021\", \"entity\": \"x\"}"))
        .hasMessageContaining("tradeDate: not a date");
    assertThatThrownBy(() -> parse("{\"instrument\": \"other\", \"tradeDate\": \"2021-07-01\"}"))
        .hasMessageContaining("exactly one of counterparty");
    assertThatThrownBy(() -> parse("{\"instrument\": \"swap\", \"tradeDate\": \"2021-07-01\", \"entity\": \"x\"}"))
        .hasMessageContaining("instrument: unknown value 'swap'");
    assertThatThrownBy(() -> parse("{\"instrument\": \"other\", \"tradeDate\": \"2021-07-01\", \"entity\": \"x\", \"colour\": 1}"))
        .hasMessageContaining("unknown field(s) [colour]");
    assertThatThrownBy(() -> parse("{\"instrument\": \"loan\", \"tradeDate\": \"2021-07-01\", \"entity\": \"x\", \"maturityDays\": 1.5}"))
        .hasMessageContaining("maturityDays: expected a whole number");
  }
}
