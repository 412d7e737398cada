package io.cordon.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvRowsTest {
  @Test
  void splitLineHonoursQuotesAndDoubledQuotes() {
    assertThat(CsvRows.splitLine("a,\"b, c\",\"say \"\"hi\"\"\",", true))
        .containsExactly("a", "b, c", "say \"hi\"", "");
  }

  @Test
  void openQuoteFailsOnlyWhenStrict() {
    assertThat(CsvRows.splitLine("a,\"b,c", false)).containsExactly("a", "b,c");
    assertThatThrownBy(() -> CsvRows.splitLine("a,\"b,c", true)).hasMessage("unterminated quote");
  }
}
