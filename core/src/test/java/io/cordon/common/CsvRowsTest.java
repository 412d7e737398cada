package io.cordon.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
  @Test
  void splitLineHonoursQuotesAndDoubledQuotes() {
    assertThat(CsvRows.splitLine("a,\"b, c\",\"say \"\"hi\"\"\",", true))
        .containsExactly("a", "b, c", "say \"hi\"", "");
    assertThat(CsvRows.splitLine("", true)).containsExactly("");
  }

  @Test
  void openQuoteFailsOnlyWhenStrict() {
    assertThat(CsvRows.splitLine("a,\"b,c", false)).containsExactly("a", "b,c");
    assertThatThrownBy(() -> CsvRows.splitLine("a,\"b,c", true)).hasMessage("unterminated quote");
  }

  @Test
  void recordsWithTheLineTheyStartOn() throws IOException {
    String csv = "id,name\r\n1,\"two\nlines\"\n\n2,\"say \"\"hi\"\"\"\r3, spaced \n";
    CsvRows rows = new CsvRows(new StringReader(csv));
    List<String> seen = new ArrayList<>();
    for (List<String> r; (r = rows.next()) != null; ) {
      seen.add(rows.line() + ":" + r);
    }
    assertThat(seen).containsExactly("1:[id, name]", "2:[1, two\nlines]", "4:[]", "5:[2, say \"hi\"]", "6:[3,  spaced ]");
  }

  @Test
  void otherSeparators() throws IOException {
    CsvRows rows = new CsvRows(new StringReader("a\tb,c\n"), '\t');
    assertThat(rows.next()).containsExactly("a", "b,c");
    assertThat(rows.next()).isNull();
  }

  @Test
  void truncatedOrMalformedRecordsFailWithTheirLine() throws IOException {
    CsvRows cut = new CsvRows(new StringReader("a,b\nc,\"d\ne"));
    cut.next();
    assertThatThrownBy(cut::next).isInstanceOf(CsvRows.MalformedCsvException.class)
        .hasMessage("input ends inside a quoted field that began on line 2");
    CsvRows bad = new CsvRows(new StringReader("a,b\n\"ab\"c,d\n"));
    bad.next();
    assertThatThrownBy(bad::next).isInstanceOf(CsvRows.MalformedCsvException.class).hasMessageStartingWith("line 2: ");
  }
}
