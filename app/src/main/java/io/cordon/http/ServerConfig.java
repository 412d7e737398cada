package io.cordon.http;

/**
 * How the server listens and what it accepts. Checked when built: a bad value fails with a message
 * instead of being replaced by a default.
 *
 * @param bind          address to bind (127.0.0.1 by default: expose deliberately)
 * @param port          TCP port, 0 for any free port
 * @param maxBodyBytes  largest request body accepted
 * @param maxQueries    most queries in one /match request
 * @param requireApiKey whether API endpoints need a key (true unless explicitly switched off)
 */
public record ServerConfig(String bind, int port, long maxBodyBytes, int maxQueries, boolean requireApiKey) {
  public ServerConfig {
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("bind address must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + maxBodyBytes);
    }
    if (maxQueries < 1) {
      throw new IllegalArgumentException("maxQueries must be at least 1, got " + maxQueries);
    }
  }

  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8000, 10L * 1024 * 1024, 1000, true);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(bind, p, maxBodyBytes, maxQueries, requireApiKey);
  }

  public ServerConfig withBind(String b) {
    return new ServerConfig(b, port, maxBodyBytes, maxQueries, requireApiKey);
  }

  public ServerConfig withApiKeyRequired(boolean r) {
    return new ServerConfig(bind, port, maxBodyBytes, maxQueries, r);
  }
}
