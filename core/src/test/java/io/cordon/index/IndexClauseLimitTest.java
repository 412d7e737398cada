package io.cordon.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 13: oversized names reached Lucene's clause limit (TooManyClauses, a 500 and an aborted batch). */
class IndexClauseLimitTest {

  private static List<String> ids(CandidateIndex idx, List<String> names, Set<String> datasets) {
    return idx.candidates(new CandidateQuery("Person", names, List.of(), datasets, 10))
        .stream().map(c -> c.entity().id()).toList();
  }

  @Test
  void aWordOfFiveThousandCharactersIsSearchedNotFailed() {
    try (CandidateIndex idx = LuceneIndexTest.index()) {
      String word = "khalil".repeat(1000);
      assertThat(ids(idx, List.of("Yusuf " + word), Set.of())).contains("p2");
    }
  }

  @Test
  void fifteenHundredUnknownWordsAreSearchedNotFailed() {
    Random r = new Random(13);
    StringBuilder name = new StringBuilder("Vladimir Putin");
    for (int i = 0; i < 1500; i++) {
      name.append(' ');
      for (int j = 0; j < 6; j++) {
        name.append((char) ('a' + r.nextInt(26)));
      }
    }
    try (CandidateIndex idx = LuceneIndexTest.index()) {
      assertThat(ids(idx, List.of(name.toString()), Set.of())).contains("p1");
    }
  }

  @Test
  void manyNamesAndDatasetsStayWithinTheClauseLimit() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      names.add("Name" + i + " Other" + i + "x");
    }
    names.add("Positive Technologies");
    Set<String> datasets = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      datasets.add("ds" + i);
    }
    datasets.add("us_ofac_sdn");
    try (CandidateIndex idx = LuceneIndexTest.index()) {
      // the exact name is appended past the cap even when the query was cut
      assertThat(idx.candidates(new CandidateQuery("Company", names, List.of(), datasets, 10))).isNotNull();
    }
  }
}
