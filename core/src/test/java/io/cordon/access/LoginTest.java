package io.cordon.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.cases.CaseFixture;
import io.cordon.cases.MemoryCaseStore;
import io.cordon.cases.Role;
import io.cordon.testing.TestClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the login throttle let 15 parallel guesses all through, let anyone lock out any named
 * user, and unknown user names answered faster than known ones.
 */
class LoginTest {
  final TestClock clock = new TestClock(Instant.parse("2026-01-02T10:00:00Z"));

  private Access access(MemoryCaseStore store, int iterations) {
    return new Access(store, clock, new Passwords(new SecureRandom(), iterations), new LoginThrottle(clock));
  }

  @Test
  void parallelGuessesAreCheckedOneAtATime() throws Exception {
    MemoryCaseStore store = new MemoryCaseStore();
    Access a = access(store, 1000);
    new CaseFixture(store);
    ExecutorService pool = Executors.newFixedThreadPool(15);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Access.Login>> guesses = new java.util.ArrayList<>();
    for (int i = 0; i < 15; i++) {
      String guess = "guess-" + i + "-pw";
      guesses.add(pool.submit(() -> {
        go.await();
        return a.login("ana", guess.toCharArray(), "203.0.113." + guess.length());
      }));
    }
    go.countDown();
    int checked = 0;
    for (Future<Access.Login> f : guesses) {
      if (!(f.get() instanceof Access.Login.Throttled)) {
        checked++;
      }
    }
    pool.shutdown();
    // the clock does not move: once an attempt holds the name, the others wait; at most the free
    // allowance is checked in all
    assertThat(checked).isBetween(1, LoginThrottle.PER_USER.free());
  }

  @Test
  void failuresBackOffButNeverLockTheUserOut() {
    MemoryCaseStore store = new MemoryCaseStore();
    new CaseFixture(store);
    Access a = access(store, 1000);
    for (int i = 0; i < 5; i++) {
      assertThat(a.login("ana", "wrong-pass".toCharArray(), "198.51.100.7")).isInstanceOf(Access.Login.Refused.class);
    }
    Access.Login t = a.login("ana", "analyst-pass".toCharArray(), "198.51.100.7");
    assertThat(t).isInstanceOf(Access.Login.Throttled.class);
    assertThat(((Access.Login.Throttled) t).retryAfter()).isLessThanOrEqualTo(Duration.ofSeconds(1));
    // more failures: the wait doubles, capped at 30 s per user name
    for (int i = 0; i < 20; i++) {
      clock.advance(Duration.ofSeconds(60));
      a.login("ana", "wrong-pass".toCharArray(), "198.51.100." + i);
    }
    Access.Login capped = a.login("ana", "analyst-pass".toCharArray(), "192.0.2.1");
    assertThat(((Access.Login.Throttled) capped).retryAfter()).isLessThanOrEqualTo(LoginThrottle.PER_USER.cap());
    // the real user gets in after the wait, however many guesses were made
    clock.advance(LoginThrottle.PER_USER.cap());
    assertThat(a.login("ana", "analyst-pass".toCharArray(), "192.0.2.1")).isInstanceOf(Access.Login.Ok.class);
  }

  @Test
  void oneAddressGuessingManyNamesIsSlowedToo() {
    MemoryCaseStore store = new MemoryCaseStore();
    new CaseFixture(store);
    Access a = access(store, 1000);
    for (int i = 0; i < LoginThrottle.PER_ADDRESS.free(); i++) {
      a.login("user" + i, "wrong-pass".toCharArray(), "203.0.113.9");
    }
    assertThat(a.login("ana", "analyst-pass".toCharArray(), "203.0.113.9")).isInstanceOf(Access.Login.Throttled.class);
    assertThat(a.login("ana", "analyst-pass".toCharArray(), "203.0.113.10")).isInstanceOf(Access.Login.Ok.class);
  }

  @Test
  void unknownNamesTakeAsLongAsKnownOnes() {
    MemoryCaseStore store = new MemoryCaseStore();
    Access a = access(store, 200_000);
    a.bootstrapAdmin("root");
    a.createUser(new io.cordon.cases.Actor("root", Set.of(Role.ADMIN)), "ana", "analyst-pass".toCharArray(),
        Set.of(Role.ANALYST));
    long known = 0;
    long unknown = 0;
    for (int i = 0; i < 6; i++) {
      clock.advance(Duration.ofSeconds(3600));
      long t0 = System.nanoTime();
      a.login("ana", ("wrong" + i + "pass").toCharArray(), "10.0.0." + i);
      long t1 = System.nanoTime();
      a.login("nobody" + i, ("wrong" + i + "pass").toCharArray(), "10.0.1." + i);
      long t2 = System.nanoTime();
      if (i > 0) {
        known += t1 - t0;
        unknown += t2 - t1;
      }
    }
    // both paths run one PBKDF2 of the same cost; before, an unknown name skipped it (~100x faster)
    assertThat((double) unknown / known).isBetween(0.5, 2.0);
  }

  @Test
  void loginNamesAreStoredPrintable() {
    MemoryCaseStore store = new MemoryCaseStore();
    CaseFixture f = new CaseFixture(store);
    Access a = access(store, 1000);
    a.login("eve\n   42  2026-01-01T00:00:00Z  root  approval", "wrong-pass".toCharArray(), "10.9.9.9");
    assertThat(f.service.auditTail(f.admin, 5)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("login-failed");
      assertThat(e.subject()).startsWith("user:eve\\u000a").doesNotContain("\n");
    });
  }
}
