package io.cordon.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the store lives: a JDBC URL (H2 or PostgreSQL) and optional credentials.
 *
 * @param url      e.g. {@code jdbc:h2:file:/home/me/cordon-home/cordon} or {@code jdbc:postgresql://db/cordon}
 * @param user     user name (PostgreSQL may also take it in the URL)
 * @param password password
 */
public record StoreConfig(String url, Optional<String> user, Optional<String> password) {
  public StoreConfig {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("unsupported database URL '" + url
          + "': use jdbc:h2:file:PATH or jdbc:postgresql://HOST/DB");
    }
  }

  public static StoreConfig of(String url) {
    return new StoreConfig(url, Optional.empty(), Optional.empty());
  }

  /**
   * The embedded default: an H2 database file {@code <home>/cordon.mv.db}. AUTO_SERVER lets a second
   * process (a CLI command while {@code cordon serve} runs) share the file through the first one
   * instead of failing on the file lock.
   */
  public static StoreConfig h2(Path home) {
    return of("jdbc:h2:file:" + home.toAbsolutePath().normalize().resolve("cordon") + ";AUTO_SERVER=TRUE");
  }

  /**
   * The store of a home folder: {@code urlOverride} (the {@code --db} option) if given, else
   * {@code db.url} (+ {@code db.user}, {@code db.password}) from {@code <home>/cordon.properties},
   * else the embedded H2 file in the home folder.
   */
  public static StoreConfig forHome(Path home, Optional<String> urlOverride) throws IOException {
    Properties props = new Properties();
    Path file = home.resolve("cordon.properties");
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        props.load(r);
      }
    }
    Optional<String> user = Optional.ofNullable(props.getProperty("db.user")).filter(s -> !s.isBlank());
    Optional<String> password = Optional.ofNullable(props.getProperty("db.password"));
    if (urlOverride.isPresent()) {
      return new StoreConfig(urlOverride.get(), user, password);
    }
    String url = props.getProperty("db.url");
    if (url != null && !url.isBlank()) {
      try {
        return new StoreConfig(url.strip(), user, password);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": db.url: " + e.getMessage(), e);
      }
    }
    return h2(home);
  }

  boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  /** The URL without the password, for messages. */
  public String describe() {
    return url.replaceAll("(?i)password=[^&;]*", "password=***");
  }
}
