package io.cordon.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API keys held in memory, for tests and throwaway servers. Thread-safe. */
public final class InMemoryApiKeys implements ApiKeys {
  private final Map<String, ApiKey> byName = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  public InMemoryApiKeys(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String create(String name, java.util.Set<Scope> scopes, String user) {
    ApiKeys.checkName(name);
    String key = ApiKeys.newClearKey(random);
    ApiKey rec = new ApiKey(name, key.substring(0, 7), ApiKeys.hash(key), clock.instant(), false, scopes, user);
    if (byName.putIfAbsent(name, rec) != null) {
      throw new IllegalArgumentException("a key named '" + name + "' exists already");
    }
    return key;
  }

  @Override
  public Optional<ApiKey> verify(String clearKey) {
    String h = ApiKeys.hash(clearKey);
    return byName.values().stream().filter(k -> !k.revoked() && k.sha256().equals(h)).findFirst();
  }

  @Override
  public List<ApiKey> list() {
    return new ArrayList<>(byName.values());
  }

  @Override
  public boolean revoke(String name) {
    return byName.computeIfPresent(name, (n, k) -> k.revokedCopy()) != null;
  }
}
