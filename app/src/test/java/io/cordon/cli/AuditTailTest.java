package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13: a newline in a login name forged lines in `cordon audit tail`. */
class AuditTailTest {
  @Test
  void controlCharactersAreEscaped() {
    String forged = "eve\n   999  2026-01-01T00:00:00Z  admin      approval       alert:1";
    assertThat(AuditCommand.printable(forged)).doesNotContain("\n").startsWith("eve\\u000a");
    assertThat(AuditCommand.printable("a\rb\u2028c\u202Ed\\e")).isEqualTo("a\\u000db\\u2028c\\u202ed\\u005ce");
    assertThat(AuditCommand.printable("Кирилл O'Brien")).isEqualTo("Кирилл O'Brien");
  }
}
