package io.cordon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.PartyInputReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyRowsTest {
  @TempDir Path dir;

  private PartyRows.Check check(String csv, int limit) throws Exception {
    Path f = Files.writeString(dir.resolve("book.csv"), csv);
    try (PartyInputReader r = PartyInputReader.open(f, InputFormat.CSV, ColumnMapping.byHeaders())) {
      return PartyRows.check(r, ColumnMapping.byHeaders(), limit);
    }
  }

  @Test
  void goodFileConvertsEveryRow() throws Exception {
    String csv = "id,name,country\nC-1,Anna Example,de\nC-2,Acme Ltd,\n";
    assertThat(check(csv, 20).ok()).isTrue();
    Path f = dir.resolve("book.csv");
    List<Party> parties = new ArrayList<>();
    try (PartyInputReader r = PartyInputReader.open(f, InputFormat.CSV, ColumnMapping.byHeaders())) {
      PartyRows.parties(r).forEach(parties::add);
    }
    assertThat(parties).extracting(Party::externalId).containsExactly("C-1", "C-2");
    assertThat(parties.get(0).countries()).containsExactly("de");
  }

  @Test
  void countsEveryBadRowButListsOnlyTheLimit() throws Exception {
    PartyRows.Check c = check("id,name\nC-1,\nC-2,Bob\nC-3,\nC-4,\nC-5,Dana\n", 2);
    assertThat(c.ok()).isFalse();
    assertThat(c.bad()).isEqualTo(3);
    assertThat(c.shown()).extracting(PartyRows.Problem::line).containsExactly(2L, 4L);
  }

  @Test
  void missingIdColumnAndEmptyFileAreRefused() throws Exception {
    assertThat(check("name\nAnna\n", 20).noIdColumn()).isTrue();
    assertThat(check("id,name\n", 20).noRows()).isTrue();
  }

  @Test
  void oversizedNamesAndDuplicateIdsAreFoundBeforeAnythingIsImported() throws Exception {
    // issue 13: such rows used to fail the import half-way (a later chunk), after earlier chunks were written
    PartyRows.Check c = check("id,name\nC-1,Anna\nC-2," + "ab ".repeat(120) + "\nC-1,Anna Again\n", 20);
    assertThat(c.ok()).isFalse();
    assertThat(c.shown()).extracting(PartyRows.Problem::message)
        .anySatisfy(m -> assertThat(m).contains("120 words"))
        .anySatisfy(m -> assertThat(m).contains("C-1 appears twice"));
  }
}
