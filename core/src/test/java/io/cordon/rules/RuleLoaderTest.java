package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleLoaderTest {
  static final String GOOD = """
      format: cordon-rules/1
      ruleset: test
      version: "1"
      rules:
        - id: r1
          title: T
          authority: A
          published: 2021-04-15
          citations: [{cite: C, quote: Q}]
          effective: {from: 2021-06-14}
          when: {instruments: [bond], markets: [primary]}
          outcome: prohibited
          ownership50: false
      """;

  static RuleBook parse(String yaml) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("t.yaml", yaml);
    return new RuleLoader().parse(m);
  }

  @Test
  void bundledRulesLoadWithCitationsAndVersions() {
    RuleBook b = new RuleLoader().loadBundled();
    assertThat(b.rules()).extracting(Rule::id).contains("eo14024-d1-primary-bonds", "eo14024-d1a-secondary-bonds",
        "eo14024-d4-all-transactions", "eo13662-d1-debt-14d", "blocked-party");
    assertThat(b.version()).contains("us-ofac-eo14024@", "us-ofac-eo13662@", "blocking@");
    Rule d1 = b.rule("eo14024-d1-primary-bonds").orElseThrow();
    assertThat(d1.ownership50()).isFalse();
    assertThat(d1.when().issueDate().after()).isEqualTo(LocalDate.of(2021, 6, 14));
    assertThat(d1.supersededBy()).isEqualTo("eo14024-d1a-primary-bonds");
    assertThat(b.rules()).allSatisfy(r -> assertThat(r.citations()).allSatisfy(c -> assertThat(c.quote()).isNotBlank()));
  }

  @Test
  void minimalRuleParses() {
    Rule r = parse(GOOD).rules().get(0);
    assertThat(r.when().instruments()).containsExactly(Instrument.BOND);
    assertThat(r.file()).isEqualTo("t.yaml (test@1)");
  }

  @Test
  void reportsEveryProblemWithFileRuleAndField() {
    String bad = GOOD.replace("title: T", "title: T\n    colour: red")
        .replace("from: 2021-06-14", "from: 2021-6-14")
        .replace("citations: [{cite: C, quote: Q}]", "citations: []")
        .replace("markets: [primary]", "markets: [tertiary]");
    assertThatThrownBy(() -> parse(bad)).isInstanceOf(RuleFormatException.class)
        .satisfies(ex -> assertThat(((RuleFormatException) ex).problems()).containsExactlyInAnyOrder(
            "t.yaml: rules[0] (r1).colour: unknown field; known: authority, citations, effective, follows, id, note, outcome, ownership50, program, published, supersededBy, title, when",
            "t.yaml: rules[0] (r1).citations: missing: every rule needs at least one citation with cite and quote",
            "t.yaml: rules[0] (r1).effective.from: not a date (YYYY-MM-DD): '2021-6-14'",
            "t.yaml: rules[0] (r1).when.markets: unknown value 'tertiary'; one of primary, secondary"));
  }

  @Test
  void rejectsMissingQuoteOwnershipFlagAndDanglingReferences() {
    assertThatThrownBy(() -> parse(GOOD.replace("quote: Q", "url: x"))).hasMessageContaining("citations[0].quote: missing");
    assertThatThrownBy(() -> parse(GOOD.replace("ownership50: false", ""))).hasMessageContaining("ownership50: missing");
    assertThatThrownBy(() -> parse(GOOD.replace("outcome: prohibited", "outcome: prohibited\n    supersededBy: r9")))
        .hasMessageContaining("supersededBy names unknown rule r9");
    assertThatThrownBy(() -> parse(GOOD + GOOD.substring(GOOD.indexOf("  - id")))).hasMessageContaining("defined twice");
    assertThatThrownBy(() -> parse(GOOD.replace("when: {", "when: {issueDate: {after: 2022-03-01, ambiguousOn: [2022-03-01], ambiguity: x}, ")))
        .hasMessageContaining("follows: required when a date condition has ambiguousOn");
    assertThatThrownBy(() -> parse(GOOD.replace("cordon-rules/1", "cordon-rules/2"))).hasMessageContaining("unsupported format");
    assertThatThrownBy(() -> parse("rules: [")).hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> parse(GOOD.replace("when: {", "when: {counterparty: {}, "))).hasMessageContaining("counterparty: empty");
  }
}
