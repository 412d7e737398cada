package io.cordon.rules.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipCsvTest {
  static List<OwnershipLink> read(String csv) throws Exception {
    return OwnershipCsv.read(new StringReader(csv), "own.csv");
  }

  @Test
  void readsLinksWithOptionalDates() throws Exception {
    List<OwnershipLink> l = read("owner,asset,percentage,source,start_date,end_date\n"
        + "ofac-31291,acme,30%,\"registry, 2024\",2020-01-01,\n"
        + "\n"
        + "ofac-31455,acme,20.5,registry,,2030-12-31\n");
    assertThat(l).hasSize(2);
    assertThat(l.get(0).percentage()).isEqualTo(30.0);
    assertThat(l.get(0).source()).isEqualTo("registry, 2024 (own.csv:2)");
    assertThat(l.get(0).start()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(l.get(1).end()).isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void rejectsBadFilesNamingLineAndColumn() {
    assertThatThrownBy(() -> read("")).hasMessageContaining("empty ownership CSV");
    assertThatThrownBy(() -> read("owner,asset,percent,source\n")).hasMessageContaining("own.csv:1: unknown column 'percent'");
    assertThatThrownBy(() -> read("owner,asset,source\n")).hasMessageContaining("missing column 'percentage'");
    assertThatThrownBy(() -> read("owner,asset,percentage,source\nA,B,abc,x\n"))
        .hasMessageContaining("own.csv:2").hasMessageContaining("not a number");
    assertThatThrownBy(() -> read("owner,asset,percentage,source\nA,B,150,x\n"))
        .hasMessageContaining("own.csv:2").hasMessageContaining("out of range");
    assertThatThrownBy(() -> read("owner,asset,percentage,source\nA,B,10\n")).hasMessageContaining("3 fields");
    assertThatThrownBy(() -> read("owner,asset,percentage,source\n,B,10,x\n")).hasMessageContaining("owner is empty");
    assertThatThrownBy(() -> read("owner,asset,percentage,source,start_date\nA,B,10,x,1.1.2020\n"))
        .hasMessageContaining("start_date is not a date");
    assertThatThrownBy(() -> read("owner,asset,percentage,source\nA,A,10,x\n")).hasMessageContaining("same");
  }
}
