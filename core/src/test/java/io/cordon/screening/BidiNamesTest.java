package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.PlainKeys;
import io.cordon.index.TokenScorer;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.match.MatchQuery;
import io.cordon.model.Entity;
import io.cordon.names.BidiControls;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.InputRow;
import io.cordon.screening.input.PartyInputReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: names behind bidi override controls (U+202E) matched nothing. */
class BidiNamesTest {
  @TempDir Path dir;

  static Screener screener() {
    Entity putin = Entity.builder("p1", "Person").add("name", "Vladimir Vladimirovich PUTIN").dataset("us_ofac_sdn").build();
    IndexHolder holder = new IndexHolder(LuceneIndexes.inMemory(
        List.of(new IndexInput("s1", "us_ofac_sdn", List.of(putin))), new PlainKeys()));
    return new Screener(IndexSource.of(holder), new TokenScorer(), Clock.systemUTC(), Screener.Settings.DEFAULTS);
  }

  static boolean hits(Screener s, String name) {
    ScreeningResponse r = s.screen(ScreeningQuery.of(new MatchQuery("Person", List.of(name), List.of(), List.of(),
        List.of(), null)));
    return r.results().stream().anyMatch(x -> x.entity().id().equals("p1") && x.match());
  }

  @Test
  void controlsInsideWordsAndOverridesStillMatch() {
    Screener s = screener();
    assertThat(hits(s, "Vladimir Vladimirovich Putin")).isTrue();
    // invisible marks splitting words
    assertThat(hits(s, "Vla\u200Edimir Vladimi\u200Frovich Pu\u2066tin\u2069")).isTrue();
    // right-to-left override: stored "nituP hcivorimidalV rimidalV" is displayed as the listed name
    assertThat(hits(s, "\u202EnituP hcivorimidalV rimidalV\u202C")).isTrue();
    // embedding and isolate controls around the whole name
    assertThat(hits(s, "\u202BVladimir Vladimirovich Putin\u202C")).isTrue();
    assertThat(hits(s, "\u2067Vladimir Vladimirovich Putin\u2069")).isTrue();
  }

  @Test
  void variantsAreTheStrippedAndTheDisplayedName() {
    assertThat(BidiControls.variants("Anna")).containsExactly("Anna");
    assertThat(BidiControls.variants("\u202Enna\u202C")).containsExactly("nna", "ann");
    assertThat(BidiControls.strip("A\u200Eb\u2069c\u202Ad")).isEqualTo("Abcd");
    assertThat(new MatchQuery("Person", List.of("Pu\u200Etin"), List.of(), List.of(), List.of(), null).names())
        .containsExactly("Putin");
  }

  @Test
  void batchRowsWithControlsAreFlagged() throws Exception {
    Path f = Files.writeString(dir.resolve("book.csv"), "id,name\nC-1,Pu\u202Etin\nC-2,Anna\n");
    try (PartyInputReader r = PartyInputReader.open(f, InputFormat.CSV, ColumnMapping.byHeaders())) {
      InputRow.Party first = (InputRow.Party) r.next();
      InputRow.Party second = (InputRow.Party) r.next();
      assertThat(first.warnings()).anySatisfy(w -> assertThat(w).contains("bidirectional control"));
      assertThat(second.warnings()).isEmpty();
    }
  }
}
