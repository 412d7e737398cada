package io.cordon.access;

import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys whose creation, revocation and use go to the audit log. Use is summarised: a key's
 * first request after a start is recorded at once, then at most one row per key per
 * {@code interval} with the number of requests since the last row, so the log (one transaction
 * per row) does not cap the API's throughput. Rejected keys are summarised the same way under
 * {@code key:?}.
 */
public final class AuditedApiKeys implements ApiKeys {
  private final ApiKeys keys;
  private final CaseService audit;
  private final Clock clock;
  private final Duration interval;
  private final ConcurrentHashMap<String, Usage> usage = new ConcurrentHashMap<>();

  public AuditedApiKeys(ApiKeys keys, CaseService audit, Clock clock, Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("audit interval must not be negative, got " + interval);
    }
    this.keys = Objects.requireNonNull(keys, "keys");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.interval = interval;
  }

  @Override
  public String create(String name, java.util.Set<Scope> scopes, String user) {
    if (scopes.contains(Scope.CASES)) {
      audit.actor(user); // the user must exist and be enabled
    }
    String clear = keys.create(name, scopes, user);
    audit.recordAudit(Actor.SYSTEM, "key-create", "key:" + name, "scopes=" + Scope.format(scopes)
        + (user.isEmpty() ? "" : " user=" + user));
    return clear;
  }

  @Override
  public Optional<ApiKey> verify(String clearKey) {
    Optional<ApiKey> key = keys.verify(clearKey);
    count(key.map(k -> "key:" + k.name()).orElse("key:?"), key.isPresent() ? "key-use" : "key-rejected");
    return key;
  }

  @Override
  public List<ApiKey> list() {
    return keys.list();
  }

  @Override
  public boolean revoke(String name) {
    boolean done = keys.revoke(name);
    if (done) {
      audit.recordAudit(Actor.SYSTEM, "key-revoke", "key:" + name, "");
    }
    return done;
  }

  private void count(String subject, String action) {
    Instant now = clock.instant();
    Usage u = usage.computeIfAbsent(subject, s -> new Usage());
    long n;
    Instant since;
    synchronized (u) {
      u.count++;
      if (u.lastRow != null && Duration.between(u.lastRow, now).compareTo(interval) < 0) {
        return;
      }
      n = u.count;
      since = u.lastRow;
      u.count = 0;
      u.lastRow = now;
    }
    audit.recordAudit(new Actor(subject, java.util.Set.of()), action, subject,
        since == null ? "first request since start" : n + " requests since " + since);
  }

  private static final class Usage {
    long count;
    Instant lastRow;
  }
}
