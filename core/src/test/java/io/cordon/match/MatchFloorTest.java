package io.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cordon.names.NameAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A token comparison asked for matches at or above a floor (compounds are kept only from
 * {@link NamePartsFeature#MIN_COMPOUND_PAIR}) gives the same match as the plain comparison whenever
 * that reaches the floor, and a match below the floor otherwise: the speed-up changes no result.
 * Tokens and compounds of the first 80 names of the golden customer book (twenty cultures, several
 * scripts, 10% listed names with typos), each also with a typo of its own, compared pairwise.
 */
class MatchFloorTest {

  @Test
  void aFloorChangesNoMatchAtOrAboveIt() throws IOException {
    List<CompiledName.Tok> toks = new ArrayList<>();
    for (String[] n : names().subList(0, 80)) {
      for (String written : List.of(n[0], typo(n[0]))) {
        CompiledName c = CompiledName.of(NameAnalyzer.standard().analyze(written, n[1]), PartWeights.STANDARD, false);
        toks.addAll(List.of(c.toks));
        toks.addAll(List.of(c.compounds));
      }
    }
    assertThat(toks).hasSizeGreaterThan(600);
    double floor = NamePartsFeature.MIN_COMPOUND_PAIR - 1e-6;
    long kept = 0;
    long compared = 0;
    for (CompiledName.Tok a : toks) {
      for (CompiledName.Tok b : toks) {
        TokenMatch plain = NamePartsFeature.match(a, b);
        TokenMatch floored = NamePartsFeature.match(a, b, floor);
        compared++;
        if (plain.score() >= floor) {
          kept++;
          assertThat(floored).as("%s / %s", a.form, b.form).isEqualTo(plain);
        } else {
          assertThat(floored.score()).as("%s / %s", a.form, b.form).isLessThan(floor);
        }
        assertThat(NamePartsFeature.match(a, b, NamePartsFeature.MIN_PAIR)).isEqualTo(plain);
      }
    }
    // the pairs at or above the floor are not only the identical ones (each token with itself)
    assertThat(kept).isGreaterThan(toks.size() + 150L);
    assertThat(compared).isEqualTo((long) toks.size() * toks.size());
  }

  /** The name and FtM schema of each row of the golden book. */
  private static List<String[]> names() throws IOException {
    Path book = Path.of("src/test/resources/screening/customer-book-400.csv");
    List<String[]> out = new ArrayList<>();
    CsvMapper m = new CsvMapper();
    try (InputStream in = Files.newInputStream(book);
         MappingIterator<Map<String, String>> it = m.readerForMapOf(String.class)
             .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        out.add(new String[] {row.get("full_name"), "company".equals(row.get("type")) ? "Company" : "Person"});
      }
    }
    return out;
  }

  /** The name with two letters of its last word swapped (or its last letter dropped). */
  private static String typo(String name) {
    int i = name.length() - 3;
    if (i < 1 || !Character.isLetter(name.charAt(i)) || !Character.isLetter(name.charAt(i + 1))) {
      return name.length() > 4 ? name.substring(0, name.length() - 1) : name;
    }
    return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
  }
}
