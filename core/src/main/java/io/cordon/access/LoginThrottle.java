package io.cordon.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without letting anyone lock a user out. Failures are counted per user
 * name and per client address; past a free allowance each further failure doubles the wait before
 * the next attempt for that name (or address) is even checked, up to a cap. The wait for a user
 * name is short (a guesser cannot keep the real user out for long), the one for an address longer.
 *
 * <p>Atomic: an attempt takes its slot ({@link #tryAcquire}) before the password is checked, so
 * parallel guesses cannot all pass the throttle at once. Bounded memory: idle entries are dropped.
 */
public final class LoginThrottle {
  /** How one key (a user name or an address) is throttled. */
  public record Policy(int free, Duration first, Duration cap) {
    public Policy {
      if (free < 1 || first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
        throw new IllegalArgumentException("throttle policy needs free >= 1 and 0 < first <= cap, got "
            + free + ", " + first + ", " + cap);
      }
    }
  }

  /** Per user: 5 free failures, then 1 s doubling up to 30 s. */
  public static final Policy PER_USER = new Policy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));
  /** Per address: 20 free failures, then 1 s doubling up to 5 minutes. */
  public static final Policy PER_ADDRESS = new Policy(20, Duration.ofSeconds(1), Duration.ofMinutes(5));

  private static final class Entry {
    int failures;
    Instant notBefore = Instant.MIN;
    Instant last = Instant.MIN;
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Policy user;
  private final Policy address;

  public LoginThrottle(Clock clock, Policy user, Policy address) {
    this.clock = clock;
    this.user = user;
    this.address = address;
  }

  public LoginThrottle(Clock clock) {
    this(clock, PER_USER, PER_ADDRESS);
  }

  /**
   * Takes the slot for one attempt: zero when the attempt may go ahead (and then the next attempt
   * for the same name or address waits until this one is recorded), else how long to wait.
   */
  public synchronized Duration tryAcquire(String name, String addr) {
    Instant now = clock.instant();
    sweep(now);
    Entry u = entries.computeIfAbsent(userKey(name), k -> new Entry());
    Entry a = entries.computeIfAbsent(addrKey(addr), k -> new Entry());
    Instant until = u.notBefore.isAfter(a.notBefore) ? u.notBefore : a.notBefore;
    if (now.isBefore(until)) {
      return Duration.between(now, until);
    }
    // hold both keys until the outcome is known: parallel guesses wait for this one
    Instant hold = now.plusSeconds(5);
    u.notBefore = hold;
    a.notBefore = hold;
    return Duration.ZERO;
  }

  /** Records the outcome of an attempt that got its slot. */
  public synchronized void record(String name, String addr, boolean success) {
    Instant now = clock.instant();
    Entry u = entries.computeIfAbsent(userKey(name), k -> new Entry());
    Entry a = entries.computeIfAbsent(addrKey(addr), k -> new Entry());
    if (success) {
      u.failures = 0;
      u.notBefore = Instant.MIN;
      release(a, address, now);
    } else {
      u.failures++;
      a.failures++;
      release(u, user, now);
      release(a, address, now);
    }
    u.last = now;
    a.last = now;
  }

  private static void release(Entry e, Policy p, Instant now) {
    if (e.failures < p.free()) {
      e.notBefore = Instant.MIN;
      return;
    }
    int doublings = Math.min(30, e.failures - p.free());
    long ms = Math.min(p.cap().toMillis(), p.first().toMillis() << doublings);
    e.notBefore = now.plusMillis(ms);
  }

  private void sweep(Instant now) {
    if (entries.size() > 10_000) {
      Instant old = now.minus(Duration.ofHours(1));
      entries.values().removeIf(e -> e.last.isBefore(old) && !e.notBefore.isAfter(now));
    }
  }

  private static String userKey(String name) {
    return "u:" + (name == null ? "" : name.toLowerCase(Locale.ROOT));
  }

  private static String addrKey(String addr) {
    return "a:" + (addr == null ? "" : addr);
  }
}
