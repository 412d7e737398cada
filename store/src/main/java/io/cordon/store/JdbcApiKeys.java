package io.cordon.store;

import io.cordon.access.ApiKey;
import io.cordon.access.ApiKeys;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** API keys in table api_key (hashes only). */
final class JdbcApiKeys implements ApiKeys {
  private final DataSource ds;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  JdbcApiKeys(DataSource ds, Clock clock) {
    this.ds = ds;
    this.clock = clock;
  }

  @Override
  public String create(String name, java.util.Set<io.cordon.access.Scope> scopes, String user) {
    new ApiKey(name, "", "", clock.instant(), false, scopes, user); // checks scopes and user together
    ApiKeys.checkName(name);
    String key = ApiKeys.newClearKey(random);
    try (Connection c = ds.getConnection();
         PreparedStatement exists = c.prepareStatement("SELECT 1 FROM api_key WHERE name = ?");
         PreparedStatement ins = c.prepareStatement(
             "INSERT INTO api_key (name, prefix, sha256, created, revoked, scopes, acts_as) VALUES (?, ?, ?, ?, FALSE, ?, ?)")) {
      exists.setString(1, name);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          throw new IllegalArgumentException("a key named '" + name + "' exists already");
        }
      }
      ins.setString(1, name);
      ins.setString(2, key.substring(0, 7));
      ins.setString(3, ApiKeys.hash(key));
      ins.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      ins.setString(5, io.cordon.access.Scope.format(scopes));
      ins.setString(6, user);
      ins.executeUpdate();
      return key;
    } catch (SQLException e) {
      throw new StoreException("creating API key " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<ApiKey> verify(String clearKey) {
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement(
             "SELECT name, prefix, sha256, created, revoked, scopes, acts_as FROM api_key "
                 + "WHERE sha256 = ? AND revoked = FALSE")) {
      ps.setString(1, ApiKeys.hash(clearKey));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("checking an API key: " + e.getMessage(), e);
    }
  }

  @Override
  public List<ApiKey> list() {
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement(
             "SELECT name, prefix, sha256, created, revoked, scopes, acts_as FROM api_key ORDER BY name");
         ResultSet rs = ps.executeQuery()) {
      List<ApiKey> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("listing API keys: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean revoke(String name) {
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement("UPDATE api_key SET revoked = TRUE WHERE name = ?")) {
      ps.setString(1, name);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException("revoking API key " + name + ": " + e.getMessage(), e);
    }
  }

  private static ApiKey row(ResultSet rs) throws SQLException {
    return new ApiKey(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5),
        io.cordon.access.Scope.parseAll(rs.getString(6)), rs.getString(7));
  }
}
