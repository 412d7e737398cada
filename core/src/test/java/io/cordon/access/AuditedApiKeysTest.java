package io.cordon.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.cases.CaseFixture;
import io.cordon.cases.MemoryCaseStore;
import io.cordon.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditedApiKeysTest {
  final TestClock clock = new TestClock(Instant.parse("2026-01-02T10:00:00Z"));

  @Test
  void keyLifecycleAndSummarisedUseAreAudited() {
    CaseFixture f = new CaseFixture(new MemoryCaseStore());
    ApiKeys keys = new AuditedApiKeys(new InMemoryApiKeys(clock), f.service, clock, Duration.ofMinutes(1));
    String clear = keys.create("payments");
    for (int i = 0; i < 5; i++) {
      assertThat(keys.verify(clear)).isPresent();
    }
    assertThat(keys.verify("ck_wrong")).isEmpty();
    clock.advance(Duration.ofSeconds(61));
    assertThat(keys.verify(clear)).isPresent();
    keys.revoke("payments");

    List<String> rows = f.service.auditTail(f.admin, 100).stream()
        .filter(e -> e.action().startsWith("key"))
        .map(e -> e.action() + " " + e.subject() + " " + e.detail()).toList();
    assertThat(rows).containsExactly( // newest first
        "key-revoke key:payments ",
        "key-use key:payments 5 requests since 2026-01-02T10:00:00Z",
        "key-rejected key:? first request since start",
        "key-use key:payments first request since start",
        "key-create key:payments scopes=screen");
    assertThat(f.service.verifyAudit().intact()).isTrue();
  }
}
