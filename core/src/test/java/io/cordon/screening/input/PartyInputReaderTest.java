package io.cordon.screening.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyInputReaderTest {
  @TempDir Path dir;

  private List<InputRow> read(String name, String content, InputFormat format, ColumnMapping mapping)
      throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    List<InputRow> out = new ArrayList<>();
    try (PartyInputReader r = PartyInputReader.open(f, format, mapping)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void recognisesCommonHeadersAndReportsBadRowsWithLineNumbers() throws IOException {
    String csv = "\uFEFFCustomer_ID,First Name,Last Name,DOB,Nationality,Sex,Passport,Notes\n"
        + "c1,Konstantin,Kilimnik,27/04/1970,Russia,M,,\"a note, with comma\"\n"
        + "c2,,,,,,,no name here\n"
        + "c3,Vladimir,Putin,1952-10-07,Atlantis,unknown,P123;P456,\"multi\nline\"\n"
        + "c4,A,B,C,D,E,F,G,H\n";
    List<InputRow> rows = read("book.csv", csv, InputFormat.CSV, ColumnMapping.byHeaders());
    assertThat(rows).hasSize(4);

    InputRow.Party p1 = (InputRow.Party) rows.get(0);
    assertThat(p1.line()).isEqualTo(2);
    assertThat(p1.id()).isEqualTo("c1");
    assertThat(p1.query().schema()).isEqualTo("Person");
    assertThat(p1.query().names()).containsExactly("Konstantin Kilimnik");
    assertThat(p1.query().birthDates()).containsExactly("1970-04-27");
    assertThat(p1.query().countries()).containsExactly("ru");
    assertThat(p1.query().gender()).isEqualTo("male");
    assertThat(p1.raw()).containsEntry("Notes", "a note, with comma");

    InputRow.Bad bad = (InputRow.Bad) rows.get(1);
    assertThat(bad.line()).isEqualTo(3);
    assertThat(bad.message()).contains("no name");

    InputRow.Party p3 = (InputRow.Party) rows.get(2);
    assertThat(p3.line()).isEqualTo(4);
    assertThat(p3.query().identifiers()).containsExactly("P123", "P456");
    assertThat(p3.query().countries()).isEmpty();
    assertThat(p3.warnings()).anyMatch(w -> w.contains("Atlantis")).anyMatch(w -> w.contains("gender"));

    InputRow.Bad wide = (InputRow.Bad) rows.get(3);
    assertThat(wide.line()).isEqualTo(6);
    assertThat(wide.message()).contains("9 columns but the header has 8");
  }

  @Test
  void columnOverridesAndTsv() throws IOException {
    String tsv = "Ref\tKunde\tArt\n7\tPOSITIVE TECHNOLOGIES\tcompany\n8\tAcme\tspaceship\n";
    ColumnMapping m = ColumnMapping.parse(List.of("name=Kunde", "schema=Art", "id=Ref"));
    List<InputRow> rows = read("book.tsv", tsv, InputFormat.forFile(dir.resolve("book.tsv")), m);
    InputRow.Party p = (InputRow.Party) rows.get(0);
    assertThat(p.id()).isEqualTo("7");
    assertThat(p.query().schema()).isEqualTo("Company");
    assertThat(p.query().names()).containsExactly("POSITIVE TECHNOLOGIES");
    assertThat(((InputRow.Bad) rows.get(1)).message()).contains("unknown party type 'spaceship'");
    assertThatThrownBy(() -> ColumnMapping.parse(List.of("nmae=Kunde"))).hasMessageContaining("unknown input field 'nmae'");
    assertThatThrownBy(() -> ColumnMapping.parse(List.of("name"))).hasMessageContaining("FIELD=HEADER");
  }

  @Test
  void jsonLinesFlatAndFtmStyle() throws IOException {
    String jsonl = "{\"id\":\"a\",\"name\":\"Aleksei Navalny\",\"birthDate\":\"1976\"}\n"
        + "\n"
        + "{\"id\":\"b\",\"schema\":\"Company\",\"properties\":{\"name\":[\"AO AST\",\"JSC AST\"],\"innCode\":[\"7701\"]}}\n"
        + "{not json}\n"
        + "[1,2]\n";
    List<InputRow> rows = read("q.jsonl", jsonl, InputFormat.JSONL, ColumnMapping.byHeaders());
    assertThat(rows).hasSize(4);
    InputRow.Party a = (InputRow.Party) rows.get(0);
    assertThat(a.query().birthDates()).containsExactly("1976");
    assertThat(a.query().schema()).isEqualTo("LegalEntity");
    InputRow.Party b = (InputRow.Party) rows.get(1);
    assertThat(b.line()).isEqualTo(3);
    assertThat(b.query().names()).containsExactly("AO AST", "JSC AST");
    assertThat(b.query().identifiers()).containsExactly("7701");
    assertThat(((InputRow.Bad) rows.get(2)).message()).startsWith("invalid JSON");
    assertThat(((InputRow.Bad) rows.get(3)).message()).contains("expected a JSON object");
  }

  @Test
  void unclosedQuoteStopsWithABadRowInsteadOfGuessing() throws IOException {
    String csv = "name,country\nAcme,ru\n\"Broken,ru\n";
    List<InputRow> rows = read("broken.csv", csv, InputFormat.CSV, ColumnMapping.byHeaders());
    assertThat(rows.get(0)).isInstanceOf(InputRow.Party.class);
    assertThat(rows.get(rows.size() - 1)).isInstanceOf(InputRow.Bad.class);
  }

  @Test
  void emptyFileIsAnError() {
    assertThatThrownBy(() -> read("empty.csv", "", InputFormat.CSV, ColumnMapping.byHeaders()))
        .hasMessageContaining("empty file");
  }

  @Test
  void datesInTheFormsCustomerFilesUse() {
    assertThat(FlexibleDates.parse("1966-03-17")).isEqualTo("1966-03-17");
    assertThat(FlexibleDates.parse("17.03.1966")).isEqualTo("1966-03-17");
    assertThat(FlexibleDates.parse("17 Mar 1966")).isEqualTo("1966-03-17");
    assertThat(FlexibleDates.parse("1966-3")).isEqualTo("1966-03");
    assertThat(FlexibleDates.parse("2021-04-15T10:00:00Z")).isEqualTo("2021-04-15");
    assertThatThrownBy(() -> FlexibleDates.parse("31/02/1966")).hasMessageContaining("invalid date");
    assertThatThrownBy(() -> FlexibleDates.parse("yesterday")).hasMessageContaining("unreadable date");
  }
}
