package io.cordon.sources.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void keysAreReducedToFtmIdSyntax() {
    assertThat(Ids.of("unsc", "CDi.001")).isEqualTo("unsc-CDi.001");
    assertThat(Ids.of("ch-seco", " Burma / Birmanie ")).isEqualTo("ch-seco-Burma-Birmanie");
  }

  /** Found by the senzingJson fuzz harness: a RECORD_ID of "`" made the whole import fail. */
  @Test
  void keysWithoutLatinLettersOrDigitsGetAStableHashedId() {
    String a = Ids.of("senzing", "`");
    assertThat(a).matches("senzing-h[0-9a-f]{16}").isEqualTo(Ids.of("senzing", " ` "));
    assertThat(Ids.of("senzing", "АБВ")).matches("senzing-h[0-9a-f]{16}").isNotEqualTo(a);
  }

  @Test
  void blankKeysAreTheCallersBug() {
    assertThatThrownBy(() -> Ids.of("eu-fsf", "  ")).isInstanceOf(IllegalArgumentException.class);
  }
}
