package io.cordon.match.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.match.MatchQuery;
import io.cordon.match.MatchResult;
import io.cordon.match.PreparedEntity;
import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.sources.ofac.OfacSdnCsvAdapter;
import io.cordon.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Transliteration figures of issue 3 (docs/matching.md has them for every script). */
@Tag("shared-data")
class TransliterationQualityTest {
  private final Scorer scorer = Scorers.standard();

  @Test
  void russianWikidataPairsScoreAboveTheThreshold() throws Exception {
    List<TranslitPair> pairs = TranslitPair.read(SharedData.path("name_translit_wikidata_coling2018/wd_russian_20"));
    assertThat(pairs).hasSizeGreaterThan(30_000);
    TranslitEvaluation.Report r = TranslitEvaluation.evaluate(pairs, scorer, scorer.threshold());
    assertThat(r.share()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void putinInThirtyScriptsMatchesTheOfacEntry() throws Exception {
    Entity putin = new OfacSdnCsvAdapter().read(SharedData.path("ofac_sdn_csv_2024-05-03")).entities().stream()
        .filter(e -> e.names().contains("PUTIN, Vladimir Vladimirovich")).findFirst().orElseThrow();
    PreparedEntity prepared = scorer.prepare(putin);
    List<String> lines = Files.readAllLines(SharedData.path("name_pairs_nomenklatura/putin_names.txt"),
        StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSizeGreaterThan(70);
    List<String> misses = new ArrayList<>();
    for (String line : lines) {
      MatchResult r = scorer.score(scorer.prepare(new MatchQuery("Person", List.of(line), List.of(), List.of(),
          List.of(), null)), prepared);
      if (!r.match()) {
        misses.add(line + " (" + r.score() + ")");
      }
    }
    assertThat(1.0 - (double) misses.size() / lines.size()).as("misses: %s", misses).isGreaterThanOrEqualTo(0.95);
  }
}
