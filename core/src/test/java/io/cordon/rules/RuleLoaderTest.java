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
          citations: [{cite: C, url: 'https://example.org/c', published: 2021-04-15, quote: Q}]
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

  /** Issue 10: a quote without a source, or a source without a date, does not load. */
  @Test
  void aVerbatimQuoteNeedsItsSourceAndTheDateOfTheText() {
    assertThatThrownBy(() -> parse(GOOD.replace("url: 'https://example.org/c', ", ""))).hasMessageContaining(
        "citations[0].url: missing: a verbatim quote needs its source (url) and the date of the text (published)");
    assertThatThrownBy(() -> parse(GOOD.replace("published: 2021-04-15, quote", "quote"))).hasMessageContaining(
        "citations[0].published: missing: a verbatim quote needs its source");
    assertThatThrownBy(() -> parse(GOOD.replace("published: 2021-04-15, quote: Q", "paraphrase: Q"))).hasMessageContaining(
        "citations[0].published: missing: a source needs the date of its text");
    Rule para = parse(GOOD.replace("url: 'https://example.org/c', published: 2021-04-15, quote: Q", "paraphrase: P")).rules().get(0);
    assertThat(para.citations().get(0).verbatim()).isFalse();
    assertThat(para.citations().get(0).quoteKind()).isEqualTo("paraphrase");
    // and every bundled citation obeys it: verbatim ones have a url and a date; a url always has a date
    assertThat(new RuleLoader().loadBundled().rules()).allSatisfy(r -> assertThat(r.citations()).allSatisfy(c -> {
      if (c.verbatim()) {
        assertThat(c.url()).as(r.id() + ": " + c.cite()).startsWith("https://");
        assertThat(c.published()).as(r.id() + ": " + c.cite()).isNotNull();
      }
      if (c.url() != null) {
        assertThat(c.published()).as(r.id() + ": " + c.cite()).isNotNull();
      }
    }));
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
        .replace("citations: [{cite: C, url: 'https://example.org/c', published: 2021-04-15, quote: Q}]", "citations: []")
        .replace("markets: [primary]", "markets: [tertiary]");
    assertThatThrownBy(() -> parse(bad)).isInstanceOf(RuleFormatException.class)
        .satisfies(ex -> assertThat(((RuleFormatException) ex).problems()).containsExactlyInAnyOrder(
            "t.yaml: rules[0] (r1).colour: unknown field; known: authority, authorizes, citations, effective, follows, id, note, outcome, ownership50, partyDate, program, proviso, published, supersededBy, title, when",
            "t.yaml: rules[0] (r1).citations: missing: every rule needs at least one citation with cite and quote (or paraphrase)",
            "t.yaml: rules[0] (r1).effective.from: not a date (YYYY-MM-DD): '2021-6-14'",
            "t.yaml: rules[0] (r1).when.markets: unknown value 'tertiary'; one of primary, secondary"));
  }

  @Test
  void rejectsMissingQuoteOwnershipFlagAndDanglingReferences() {
    assertThatThrownBy(() -> parse(GOOD.replace(", quote: Q", ""))).hasMessageContaining(
        "citations[0]: give exactly one of quote (verbatim from the published text) or paraphrase");
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
