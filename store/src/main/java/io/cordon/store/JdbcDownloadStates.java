package io.cordon.store;

import io.cordon.catalog.update.DownloadState;
import io.cordon.catalog.update.DownloadStates;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/** Download validators in table catalog_download. */
final class JdbcDownloadStates implements DownloadStates {
  private final DataSource ds;

  JdbcDownloadStates(DataSource ds) {
    this.ds = ds;
  }

  @Override
  public Optional<DownloadState> get(String source, String url) {
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement(
             "SELECT etag, last_modified, sha256, checked FROM catalog_download WHERE source = ? AND url = ?")) {
      ps.setString(1, source);
      ps.setString(2, url);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new DownloadState(source, url, Optional.ofNullable(rs.getString(1)),
            Optional.ofNullable(rs.getString(2)), Optional.ofNullable(rs.getString(3)),
            rs.getObject(4, OffsetDateTime.class).toInstant()));
      }
    } catch (SQLException e) {
      throw new StoreException("reading download state of " + source + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void put(DownloadState s) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement del = c.prepareStatement("DELETE FROM catalog_download WHERE source = ? AND url = ?");
           PreparedStatement ins = c.prepareStatement("INSERT INTO catalog_download "
               + "(source, url, etag, last_modified, sha256, checked) VALUES (?, ?, ?, ?, ?, ?)")) {
        del.setString(1, s.source());
        del.setString(2, s.url());
        del.executeUpdate();
        ins.setString(1, s.source());
        ins.setString(2, s.url());
        ins.setString(3, s.etag().orElse(null));
        ins.setString(4, s.lastModified().orElse(null));
        ins.setString(5, s.sha256().orElse(null));
        ins.setObject(6, OffsetDateTime.ofInstant(s.checked(), ZoneOffset.UTC));
        ins.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("saving download state of " + s.source() + ": " + e.getMessage(), e);
    }
  }
}
