package io.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/rules.md's table of every bundled rule stays true to the rule data (ids, dates, verbatim/paraphrase). */
class RuleTableDocTest {
  @Test
  void theDocsTableNamesEveryBundledRuleWithItsDatesAndQuoteKinds() throws Exception {
    Path doc = Path.of("..", "docs", "rules.md");
    List<String> lines = Files.readAllLines(doc);
    for (Rule r : new RuleLoader().loadBundled().rules()) {
      String row = lines.stream().filter(l -> l.startsWith("| `" + r.id() + "` |")).findFirst().orElse(null);
      assertThat(row).as("docs/rules.md has no table row for " + r.id()).isNotNull();
      String dates = r.effectiveFrom() + " .. " + (r.effectiveUntil() == null ? "" : r.effectiveUntil());
      assertThat(row).as(r.id()).contains(dates);
      for (Citation c : r.citations()) {
        assertThat(row).as(r.id() + ": " + c.cite()).contains(c.quoteKind() + ":");
      }
      if (r.citations().stream().allMatch(Citation::verbatim)) {
        assertThat(row).as(r.id()).doesNotContain("paraphrase:");
      }
      if (r.citations().stream().noneMatch(Citation::verbatim)) {
        assertThat(row).as(r.id()).doesNotContain("verbatim:");
      }
    }
  }
}
