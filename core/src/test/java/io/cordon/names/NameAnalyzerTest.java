package io.cordon.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {
  private final NameAnalyzer a = NameAnalyzer.standard();

  private List<String> forms(String name, String schema) {
    return a.analyze(name, schema).parts().stream().map(NamePart::form).toList();
  }

  private List<PartTag> tags(String name, String schema) {
    return a.analyze(name, schema).parts().stream().map(NamePart::tag).toList();
  }

  private static boolean share(Set<String> x, Set<String> y) {
    Set<String> s = new HashSet<>(x);
    s.retainAll(y);
    return !s.isEmpty();
  }

  private Set<String> keys(String name) {
    return a.indexKeys(name, "Person");
  }

  @Test
  void russianRomanisationsMeetInIndexKeys() {
    Set<String> cyr = keys("Алексей");
    assertThat(cyr).contains("aleksey", "aleksei", "alexey", "alexei");
    for (String latin : List.of("Alexey", "Aleksei", "Alexei", "Aleksey")) {
      assertThat(keys(latin)).as(latin).containsAnyElementsOf(cyr);
      assertThat(keys(latin)).as(latin).contains("~LKS");
    }
  }

  @Test
  void phoneticKeysDoNotNeedTheSameFirstLetter() {
    String[][] pairs = {{"Wladimir", "Vladimir"}, {"Jusuf", "Yusuf"}, {"Tchepa", "Chepa"}, {"Chekhov", "Tschechow"},
        {"Navalny", "Navalnyy"}, {"Mikhail", "Michail"}};
    for (String[] p : pairs) {
      Set<String> x = keys(p[0]);
      Set<String> y = keys(p[1]);
      assertThat(share(x, y)).as(p[0] + " / " + p[1] + ": " + x + " " + y).isTrue();
      assertThat(x.stream().anyMatch(k -> k.startsWith(NameAnalyzer.PHONETIC_PREFIX) && y.contains(k))).isTrue();
    }
    assertThat(share(keys("Vladimir"), keys("Boris"))).isFalse();
  }

  @Test
  void joinedAndSplitWordsShareAKey() {
    assertThat(a.indexKeys("JSCARGUMENT", "Company")).containsAnyElementsOf(a.indexKeys("JSC ARGUMENT", "Company"));
    assertThat(a.indexKeys("SergeiLavrov", "Person")).containsAnyElementsOf(a.indexKeys("Sergei Lavrov", "Person"));
  }

  @Test
  void legalFormsMapToSharedSymbolsInAnyScript() {
    assertThat(forms("OOO Neobit", "Company")).containsExactly("llc", "neobit");
    assertThat(forms("ООО Необит", "Company")).containsExactly("llc", "neobit");
    assertThat(forms("Neobit Limited Liability Company", "Company")).containsExactly("neobit", "llc");
    assertThat(forms("ПАО Газпром", "Company")).containsExactly("jsc", "gazprom");
    assertThat(forms("Open Joint Stock Company Gazprom", "Company")).containsExactly("jsc", "gazprom");
    assertThat(forms("SIS d.o.o.", "Company")).containsExactly("sis", "doo");
    assertThat(forms("SIS DOO", "Company")).containsExactly("sis", "doo");
    assertThat(forms("Bowne de Mexico S.A. de C.V.", "Company")).containsExactly("bowne", "de", "mexico", "sadecv");
    assertThat(forms("Volkswagen G.m.b.H.", "Company")).containsExactly("volkswagen", "gmbh");
    // a short legal form inside a name is a word; AT&T keeps its letters
    assertThat(forms("AT&T Inc.", "Company")).containsExactly("at", "t", "inc");
    // never for persons
    assertThat(tags("Ao Li", "Person")).doesNotContain(PartTag.LEGAL_FORM);
  }

  @Test
  void titlesDroppedAndSurnameCommaOrderHandled() {
    assertThat(forms("Mr. Recep Tayyip Erdoğan", "Person")).containsExactly("recep", "tayyip", "erdogan");
    assertThat(forms("Präsident Putin", "Person")).containsExactly("putin");
    assertThat(forms("Sheikh Isa Bin Tarif", "Person")).containsExactly("isa", "bin", "tarif");
    assertThat(forms("PUTIN, Vladimir Vladimirovich", "Person")).containsExactly("vladimir", "vladimirovich", "putin");
    assertThat(tags("PUTIN, Vladimir Vladimirovich", "Person"))
        .containsExactly(PartTag.GIVEN, PartTag.PATRONYMIC, PartTag.FAMILY);
    assertThat(tags("V. Putin", "Person")).containsExactly(PartTag.INITIAL, PartTag.FAMILY);
    // a title alone is kept: it is all there is
    assertThat(forms("President", "Person")).containsExactly("president");
    // an organisation's comma is not a surname comma
    assertThat(forms("Nantahala Capital Offshore Fund, Ltd.", "LegalEntity"))
        .containsExactly("nantahala", "capital", "offshore", "fund", "ltd");
  }

  @Test
  void scriptsAreRomanised() {
    assertThat(forms("Владимир Путин", "Person")).containsExactly("vladimir", "putin");
    assertThat(a.analyze("فلاديمير بوتين", "Person").parts().get(1).variants()).contains("butin");
    assertThat(a.analyze("Βλαντίμιρ Πούτιν", "Person").parts().get(0).variants()).contains("vladimir");
    assertThat(forms("블라디미르 푸틴", "Person")).contains("putin");
    assertThat(forms("ბარაკ ობამა", "Person").get(1)).isEqualTo("obama");
    assertThat(forms("Բարակ Օբամա", "Person")).containsExactly("barak", "obama");
    assertThat(forms("नरेन्द्र मोदी", "Person")).containsExactly("narendra", "modi");
    assertThat(forms("Erdoğan Straße Łódź", "Organization")).containsExactly("erdogan", "strasse", "lodz");
  }

  @Test
  void numbersKeptAndDigitsInWordsRead() {
    assertThat(forms("Brigade 44", "Organization")).containsExactly("brigade", "44");
    assertThat(a.analyze("Ig0r Sech1n", "Person").parts().get(0).variants()).contains("igor");
  }

  /** Seeded random input: analysis never fails and every form is folded Latin or the word itself. */
  @Test
  void randomInputNeverBreaksTheChain() {
    Random r = new Random(42);
    String alphabet = "abcXYZ .,-'&()АБВжщЙعربي中文한국어ΑΒΓ12345\u0301\u00a0\u200b/\"";
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(30);
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      for (String schema : new String[] {"Person", "Company", "LegalEntity", "Vessel"}) {
        AnalyzedName n = a.analyze(b.toString(), schema);
        for (NamePart p : n.parts()) {
          assertThat(p.form()).isNotEmpty();
          assertThat(p.variants()).isNotEmpty().doesNotContain("");
        }
        assertThat(a.indexKeys(n)).doesNotContain("");
      }
    }
  }

  /** ICU transliterators are per thread: analysing from many threads gives the same results. */
  @Test
  void threadSafe() throws Exception {
    List<String> names = List.of("Владимир Путин", "فلاديمير بوتين", "블라디미르 푸틴", "贝拉克·奥巴马", "Βλαντίμιρ Πούτιν");
    List<AnalyzedName> expected = names.stream().map(n -> a.analyze(n, "Person")).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4,
        r -> new Thread(r, "names-test"));
    try {
      List<java.util.concurrent.Future<Boolean>> fs = new java.util.ArrayList<>();
      for (int t = 0; t < 16; t++) {
        fs.add(pool.submit(() -> {
          for (int k = 0; k < 50; k++) {
            for (int i = 0; i < names.size(); i++) {
              if (!a.analyze(names.get(i), "Person").equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : fs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
