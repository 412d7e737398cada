package io.cordon.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.index.lucene.IndexCache;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {

  static final NameKeys KEYS = new PlainKeys();

  static List<Entity> fixture() {
    return List.of(
        Entity.builder("p1", "Person").add(Prop.NAME, "Vladimir Vladimirovich PUTIN")
            .add(Prop.ALIAS, "Putin, Vladimir").add(Prop.PASSPORT_NUMBER, "AB 123-4567").dataset("us_ofac_sdn").build(),
        Entity.builder("p2", "Person").add(Prop.NAME, "Yusuf Ahmed KHALIL").add(Prop.WEAK_ALIAS, "Abu Yusuf")
            .dataset("un_sc_sanctions").build(),
        Entity.builder("v1", "Vessel").add(Prop.NAME, "OCEAN STAR").add(Prop.IMO_NUMBER, "IMO 9123456")
            .dataset("us_ofac_sdn").build(),
        Entity.builder("c1", "Company").add(Prop.NAME, "Positive Technologies").dataset("us_ofac_sdn").build(),
        Entity.builder("c2", "Company").add(Prop.NAME, "Technologies Positive").dataset("gb_hmt_sanctions").build(),
        Entity.builder("s1", "Sanction").add(Prop.ENTITY, "c1").add(Prop.PROGRAM, "RUSSIA-EO14024")
            .dataset("us_ofac_sdn").build());
  }

  static CandidateIndex index() {
    return LuceneIndexes.inMemory(List.of(new IndexInput("snap-1", "test", fixture())), KEYS);
  }

  static List<String> ids(CandidateIndex idx, String name) {
    return idx.candidates(new CandidateQuery("Person", List.of(name), List.of(), Set.of(), 10))
        .stream().map(c -> c.entity().id()).toList();
  }

  @Test
  void findsByNameInAnyOrderAndSkipsLinkRecords() {
    try (CandidateIndex idx = index()) {
      assertThat(idx.size()).isEqualTo(5);
      assertThat(ids(idx, "PUTIN Vladimir")).first().isEqualTo("p1");
      assertThat(ids(idx, "Vladimir Vladimirovich PUTIN")).first().isEqualTo("p1");
      assertThat(idx.candidates(new CandidateQuery("Person", List.of("Putin"), List.of(), Set.of(), 1)).get(0)
          .snapshotId()).isEqualTo("snap-1");
    }
  }

  @Test
  void firstLettersMayDiffer() {
    try (CandidateIndex idx = index()) {
      assertThat(ids(idx, "Wladimir Putin")).first().isEqualTo("p1");
      assertThat(ids(idx, "Jusuf Khalil")).first().isEqualTo("p2");
    }
  }

  @Test
  void typoInRareTokenFoundByNgrams() {
    try (CandidateIndex idx = index()) {
      // "Khalik" shares neither a token nor a sound key with anything: only trigrams find it.
      assertThat(KEYS.indexKeys("Khalik", "Person")).doesNotContainAnyElementsOf(KEYS.indexKeys("KHALIL", "Person"));
      assertThat(ids(idx, "Khalik")).containsExactly("p2");
      assertThat(ids(idx, "Zzyzx Qqq")).isEmpty();
    }
  }

  @Test
  void exactIdentifiersInAnyFormat() {
    try (CandidateIndex idx = index()) {
      assertThat(idx.candidates(new CandidateQuery("Vessel", List.of(), List.of("9123456"), Set.of(), 5)))
          .extracting(c -> c.entity().id()).containsExactly("v1");
      assertThat(idx.candidates(new CandidateQuery("Person", List.of("Someone Else"), List.of("ab1234567"), Set.of(), 5)))
          .extracting(c -> c.entity().id()).first().isEqualTo("p1");
    }
  }

  @Test
  void weakAliasesAreFound() {
    try (CandidateIndex idx = index()) {
      List<Candidate> cs = idx.candidates(new CandidateQuery("Person", List.of("Yusuf Khalil"), List.of(), Set.of(), 5));
      assertThat(cs).extracting(c -> c.entity().id()).containsExactly("p2");
    }
  }

  @Test
  void datasetFilterAndDeterministicTies() {
    try (CandidateIndex idx = index()) {
      // c1 and c2 have the same order-free name: equal relevance, index order decides.
      assertThat(ids(idx, "positive technologies")).containsExactly("c1", "c2");
      assertThat(idx.candidates(new CandidateQuery("Company", List.of("positive technologies"), List.of(),
          Set.of("gb_hmt_sanctions"), 5))).extracting(c -> c.entity().id()).containsExactly("c2");
      // The snapshot's source name filters too.
      assertThat(idx.candidates(new CandidateQuery("Company", List.of("positive technologies"), List.of(),
          Set.of("test"), 5))).hasSize(2);
    }
  }

  /**
   * The screener hands the index the scorer's analysis of the query names: the keys, the candidates
   * and their retrieval scores are those of the index analysing the names itself.
   */
  @Test
  void analysedNamesGiveTheSameKeysAndCandidates() {
    AnalyzerKeys keys = AnalyzerKeys.standard();
    io.cordon.names.NameAnalyzer analyzer = io.cordon.names.NameAnalyzer.standard();
    try (CandidateIndex idx = LuceneIndexes.inMemory(List.of(new IndexInput("snap-1", "test", fixture())), keys)) {
      for (String[] q : List.of(new String[] {"Person", "PUTIN Vladimir"}, new String[] {"Person", "Путин Владимир"},
          new String[] {"Company", "OOO Positive Technologis"}, new String[] {"Vessel", "Ocean Star 7"},
          new String[] {"Person", "Yusuf Kalil"})) {
        io.cordon.names.AnalyzedName a = analyzer.analyze(q[1], q[0]);
        assertThat(keys.indexKeys(a, q[0])).as(q[1]).isNotEmpty().isEqualTo(keys.indexKeys(q[1], q[0]));
        List<String> plain = idx.candidates(new CandidateQuery(q[0], List.of(q[1]), List.of(), Set.of(), 5))
            .stream().map(c -> c.entity().id() + " " + c.retrieval()).toList();
        List<String> given = idx.candidates(new CandidateQuery(q[0], List.of(q[1]), List.of(), Set.of(), 5, List.of(a)))
            .stream().map(c -> c.entity().id() + " " + c.retrieval()).toList();
        assertThat(given).as(q[1]).isNotEmpty().isEqualTo(plain);
      }
      // an analysis made for another kind of party is not used: the keys are those of the name read for the schema
      io.cordon.names.AnalyzedName asCompany = analyzer.analyze("OOO Positive Technologies", "Company");
      assertThat(keys.indexKeys(asCompany, "Person")).isEqualTo(keys.indexKeys("OOO Positive Technologies", "Person"));
    }
    assertThatThrownBy(() -> new CandidateQuery("Person", List.of("a b", "c d"), List.of(), Set.of(), 5,
        List.of(analyzer.analyze("a b", "Person")))).isInstanceOf(IllegalArgumentException.class);
  }

  /** A filter that every document passes is left out of the search: the same candidates, the same scores. */
  @Test
  void datasetsSelectingEveryDocumentGiveTheUnfilteredAnswer() {
    try (CandidateIndex idx = index()) {
      java.util.function.Function<Set<String>, List<String>> found = ds -> idx.candidates(new CandidateQuery("Company",
          List.of("positive technologies"), List.of(), ds, 5)).stream().map(c -> c.entity().id() + " " + c.retrieval()).toList();
      List<String> unfiltered = found.apply(Set.of());
      assertThat(unfiltered).hasSize(2);
      assertThat(found.apply(Set.of("test"))).isEqualTo(unfiltered);
      assertThat(found.apply(Set.of("test", "gb_hmt_sanctions"))).isEqualTo(unfiltered);
      // a set that selects part of the index still filters, before and after the others were asked
      assertThat(found.apply(Set.of("gb_hmt_sanctions"))).hasSize(1).allMatch(s -> s.startsWith("c2 "));
      assertThat(found.apply(Set.of("nowhere"))).isEmpty();
    }
  }

  @Test
  void entitiesSurviveStorage() {
    try (CandidateIndex idx = index()) {
      Entity stored = idx.candidates(new CandidateQuery("Person", List.of("Putin"), List.of(), Set.of(), 1)).get(0).entity();
      assertThat(stored).isEqualTo(fixture().get(0));
      idx.preload();
      assertThat(idx.candidates(new CandidateQuery("Person", List.of("Putin"), List.of(), Set.of(), 1)).get(0).entity())
          .isEqualTo(fixture().get(0));
    }
  }

  @Test
  void cachePersistsAndReopensWithoutRebuilding(@TempDir Path home) throws IOException {
    IndexCache cache = new IndexCache(home, KEYS);
    AtomicInteger builds = new AtomicInteger();
    List<String> snaps = List.of("snap-1");
    try (CandidateIndex idx = cache.openOrBuild(snaps, () -> {
      builds.incrementAndGet();
      return List.of(new IndexInput("snap-1", "test", fixture()));
    })) {
      assertThat(ids(idx, "Putin")).first().isEqualTo("p1");
    }
    assertThat(cache.has(snaps)).isTrue();
    assertThat(cache.folder(snaps)).startsWith(home.resolve("index"));
    try (CandidateIndex idx = cache.openOrBuild(snaps, () -> {
      throw new AssertionError("must not rebuild");
    })) {
      assertThat(ids(idx, "Putin")).first().isEqualTo("p1");
      assertThat(idx.snapshotIds()).containsExactly("snap-1");
    }
    assertThat(builds).hasValue(1);
    // Another snapshot set is another folder.
    assertThat(cache.folder(List.of("snap-1", "snap-2"))).isNotEqualTo(cache.folder(snaps));
    // A damaged index is rebuilt rather than searched.
    try (var files = Files.list(cache.folder(snaps))) {
      for (Path p : files.toList()) {
        if (!p.getFileName().toString().equals("cordon-index.done")) {
          Files.delete(p);
        }
      }
    }
    try (CandidateIndex idx = cache.openOrBuild(snaps, () -> {
      builds.incrementAndGet();
      return List.of(new IndexInput("snap-1", "test", fixture()));
    })) {
      assertThat(ids(idx, "Putin")).first().isEqualTo("p1");
    }
    assertThat(builds).hasValue(2);
  }

  @Test
  void aSecondBuilderWaitsForTheFirstAndOpensItsIndex(@TempDir Path home) throws Exception {
    // Two `cordon batch` runs on one home: the second used to build the same index at once and could delete
    // the folder the first had just moved into place ("building index in ..." and exit 1).
    IndexCache cache = new IndexCache(home, KEYS);
    List<String> snaps = List.of("snap-1");
    AtomicInteger builds = new AtomicInteger();
    java.util.concurrent.CountDownLatch building = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<CandidateIndex> first = pool.submit(() -> cache.openOrBuild(snaps, () -> {
        builds.incrementAndGet();
        building.countDown();
        try {
          finish.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return List.of(new IndexInput("snap-1", "test", fixture()));
      }));
      building.await();
      java.util.concurrent.Future<CandidateIndex> second = pool.submit(() -> cache.openOrBuild(snaps, () -> {
        builds.incrementAndGet();
        return List.of(new IndexInput("snap-1", "test", fixture()));
      }));
      Thread.sleep(500);
      assertThat(second).as("the second waits while the first builds").isNotDone();
      finish.countDown();
      try (CandidateIndex a = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
           CandidateIndex b = second.get(30, java.util.concurrent.TimeUnit.SECONDS)) {
        assertThat(ids(a, "Putin")).first().isEqualTo("p1");
        assertThat(ids(b, "Putin")).first().isEqualTo("p1");
      }
      assertThat(builds).as("built once").hasValue(1);
    } finally {
      finish.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedBuildSaysWhy(@TempDir Path home) throws IOException {
    Files.writeString(home.resolve("index"), "a file where the index folder should be");
    IndexCache cache = new IndexCache(home, KEYS);
    assertThatThrownBy(() -> cache.openOrBuild(List.of("snap-1"), () -> List.of(new IndexInput("snap-1", "test", fixture()))))
        .hasMessageStartingWith("building index in " + cache.folder(List.of("snap-1")) + ": ")
        .hasMessageContaining("FileAlreadyExistsException");
  }

  @Test
  void otherNameKeysMakeTheIndexStale(@TempDir Path dir) throws IOException {
    LuceneIndexes.write(dir, List.of(new IndexInput("s", "t", fixture())), KEYS);
    NameKeys other = new NameKeys() {
      @Override
      public Set<String> indexKeys(String name, String schema) {
        return Set.of();
      }

      @Override
      public String version() {
        return "other-2";
      }
    };
    assertThatThrownBy(() -> LuceneIndexes.open(dir, other)).hasMessageContaining("other-2");
  }

  @Test
  void capNeverHidesAnExactName() {
    List<Entity> es = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      es.add(Entity.builder("same" + i, "Company").add(Prop.NAME, "General Trading Company").dataset("d").build());
    }
    es.add(Entity.builder("other", "Company").add(Prop.NAME, "General Trading").dataset("d").build());
    try (CandidateIndex idx = LuceneIndexes.inMemory(List.of(new IndexInput("s", "d", es)), KEYS)) {
      List<Candidate> cs = idx.candidates(new CandidateQuery("Company", List.of("GENERAL TRADING COMPANY"), List.of(),
          Set.of(), 5));
      assertThat(cs).hasSize(12).allMatch(c -> c.entity().id().startsWith("same"));
      assertThat(idx.candidates(new CandidateQuery("Company", List.of("General Trading"), List.of(), Set.of(), 5)))
          .extracting(c -> c.entity().id()).first().isEqualTo("other");
    }
  }

  @Test
  void rejectsBadCap() {
    assertThatThrownBy(() -> new CandidateQuery("Person", List.of("x"), List.of(), Set.of(), 0))
        .hasMessageContaining("cap");
  }

  /** Result lines carry the snapshot ids: their order must not depend on the JVM run (batch = spark-batch). */
  @Test
  void snapshotIdsComeSorted() {
    List<IndexInput> inputs = List.of(new IndexInput("us_ofac_sdn-2", "us_ofac_sdn", fixture()),
        new IndexInput("un_sc_sanctions-1", "un_sc_sanctions", List.of()), new IndexInput("eu_fsf-3", "eu_fsf", List.of()));
    try (CandidateIndex idx = LuceneIndexes.inMemory(inputs, KEYS)) {
      assertThat(idx.snapshotIds()).containsExactly("eu_fsf-3", "un_sc_sanctions-1", "us_ofac_sdn-2");
    }
  }
}
