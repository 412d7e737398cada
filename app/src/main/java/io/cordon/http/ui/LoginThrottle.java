package io.cordon.http.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords for one user name, further
 * attempts for that name are refused without checking the password until {@code lockout} has passed
 * since the last failure. A success clears the count. Per name rather than per address, because
 * behind a proxy every user shares one address.
 */
final class LoginThrottle {
  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  LoginThrottle(Clock clock, int maxFailures, Duration lockout) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  /** Zero when the name may try now, else how long until it may. */
  Duration wait(String name) {
    Failures f = failures.get(key(name));
    if (f == null || f.count() < maxFailures) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), f.last().plus(lockout));
    return left.isNegative() ? Duration.ZERO : left;
  }

  void failed(String name) {
    Instant now = clock.instant();
    if (failures.size() > 10_000) {
      failures.values().removeIf(f -> f.last().plus(lockout).isBefore(now));
    }
    failures.merge(key(name), new Failures(1, now), (old, x) ->
        old.last().plus(lockout).isBefore(now) ? x : new Failures(old.count() + 1, now));
  }

  void succeeded(String name) {
    failures.remove(key(name));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
