package io.cordon.http.ui;

import io.cordon.cases.Actor;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side login sessions with an idle timeout and an absolute lifetime. Tokens are 256 random
 * bits; a session is found only by its exact token, so a stolen-then-expired cookie is worthless.
 * Bounded: when {@code max} sessions are live, the least recently used one is dropped.
 */
final class Sessions {
  private final Map<String, Session> live = new ConcurrentHashMap<>();
  private final SecureRandom random;
  private final Clock clock;
  private final Duration idle;
  private final Duration lifetime;
  private final int max;

  Sessions(SecureRandom random, Clock clock, Duration idle, Duration lifetime, int max) {
    if (idle.isNegative() || idle.isZero() || lifetime.compareTo(idle) < 0) {
      throw new IllegalArgumentException("session idle timeout must be positive and not above the lifetime, got idle="
          + idle + " lifetime=" + lifetime);
    }
    this.random = random;
    this.clock = clock;
    this.idle = idle;
    this.lifetime = lifetime;
    this.max = max;
  }

  Duration idle() {
    return idle;
  }

  /** A new session for a user who just logged in (always a fresh token: no session fixation). */
  Session open(Actor actor, long epoch) {
    Instant now = clock.instant();
    sweep(now);
    while (live.size() >= max) {
      live.values().stream().min(Comparator.comparing(Session::lastSeen)).ifPresent(s -> live.remove(s.token()));
    }
    Session s = new Session(token(), actor, epoch, token(), now);
    live.put(s.token(), s);
    return s;
  }

  /** The live session for a cookie value, touched; empty when unknown or expired (and then removed). */
  Optional<Session> find(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    Session s = live.get(token);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(s, now)) {
      live.remove(token);
      return Optional.empty();
    }
    s.touch(now);
    return Optional.of(s);
  }

  void close(String token) {
    if (token != null) {
      live.remove(token);
    }
  }

  int size() {
    return live.size();
  }

  /** 256 random bits, URL-safe. */
  String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Constant-time comparison, so a guessed token leaks nothing through timing. */
  static boolean same(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private boolean expired(Session s, Instant now) {
    return now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.created().plus(lifetime));
  }

  private void sweep(Instant now) {
    live.values().removeIf(s -> expired(s, now));
  }
}
