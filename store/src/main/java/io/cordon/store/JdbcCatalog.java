package io.cordon.store;

import io.cordon.catalog.CatalogStore;
import io.cordon.catalog.CommitOutcome;
import io.cordon.catalog.Snapshot;
import io.cordon.catalog.SnapshotOrder;
import io.cordon.model.Entity;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The catalog in a relational database (H2 or PostgreSQL, same SQL). A commit writes the snapshot
 * row, its entity chunks and the source's active pointer in one transaction: a crash mid-import
 * leaves nothing of it visible.
 */
final class JdbcCatalog implements CatalogStore {
  /** Chunk size of the stored entity data; see V1__catalog.sql. */
  static final int CHUNK = 1 << 20;

  private static final String COLUMNS =
      "s.id, s.source, s.format, s.sha256, s.published, s.imported, s.targets, s.records";

  private final DataSource ds;

  JdbcCatalog(DataSource ds) {
    this.ds = ds;
  }

  @Override
  public CommitOutcome commit(Snapshot snap, List<Entity> entities) {
    byte[] data = EntityCodec.encode(entities); // before the transaction: keep it short
    for (int attempt = 1; ; attempt++) {
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try {
          CommitOutcome out = commit(c, snap, data);
          c.commit();
          return out;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        // Two first imports of a source (no pointer row to lock yet), or of the same bytes, race on a
        // primary key: the loser retries, then finds the winner's rows and locks them.
        if (attempt < 5 && "23505".equals(e.getSQLState())) {
          pause(attempt);
          continue;
        }
        throw new StoreException("committing snapshot " + snap.id() + ": " + e.getMessage(), e);
      }
    }
  }

  private CommitOutcome commit(Connection c, Snapshot snap, byte[] data) throws SQLException {
    // Lock the source's pointer row first, so concurrent imports of one source commit one after the other.
    Optional<String> activeId = Optional.empty();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT active_id FROM catalog_source WHERE source = ? FOR UPDATE")) {
      ps.setString(1, snap.source());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          activeId = Optional.of(rs.getString(1));
        }
      }
    }
    if (find(c, snap.id()).isPresent()) {
      return CommitOutcome.UNCHANGED;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog_snapshot "
        + "(id, source, format, sha256, published, effective, imported, targets, records) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, snap.id());
      ps.setString(2, snap.source());
      ps.setString(3, snap.format());
      ps.setString(4, snap.sha256());
      if (snap.published().isPresent()) {
        ps.setObject(5, snap.published().get());
      } else {
        ps.setNull(5, Types.DATE);
      }
      ps.setObject(6, snap.effectiveDate());
      ps.setObject(7, OffsetDateTime.ofInstant(snap.imported(), ZoneOffset.UTC));
      ps.setInt(8, snap.targets());
      ps.setInt(9, snap.records());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO catalog_snapshot_chunk (snapshot_id, seq, data) VALUES (?, ?, ?)")) {
      for (int off = 0, seq = 0; off < data.length; off += CHUNK, seq++) {
        ps.setString(1, snap.id());
        ps.setInt(2, seq);
        ps.setBytes(3, Arrays.copyOfRange(data, off, Math.min(data.length, off + CHUNK)));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    OffsetDateTime now = OffsetDateTime.ofInstant(snap.imported(), ZoneOffset.UTC);
    if (activeId.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO catalog_source (source, active_id, changed) VALUES (?, ?, ?)")) {
        ps.setString(1, snap.source());
        ps.setString(2, snap.id());
        ps.setObject(3, now);
        ps.executeUpdate();
      }
      return CommitOutcome.ACTIVE;
    }
    Snapshot current = find(c, activeId.get()).orElseThrow();
    if (SnapshotOrder.CHRONOLOGICAL.compare(snap, current) <= 0) {
      return CommitOutcome.HISTORY;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE catalog_source SET active_id = ?, changed = ? WHERE source = ?")) {
      ps.setString(1, snap.id());
      ps.setObject(2, now);
      ps.setString(3, snap.source());
      ps.executeUpdate();
    }
    return CommitOutcome.ACTIVE;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(10L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while retrying a commit", e);
    }
  }

  @Override
  public List<String> sources() {
    List<String> out = new ArrayList<>();
    query("SELECT source FROM catalog_source ORDER BY source", ps -> { }, rs -> out.add(rs.getString(1)));
    return out;
  }

  @Override
  public Optional<Snapshot> active(String source) {
    List<Snapshot> out = new ArrayList<>(1);
    query("SELECT " + COLUMNS + " FROM catalog_source a JOIN catalog_snapshot s ON s.id = a.active_id "
        + "WHERE a.source = ?", ps -> ps.setString(1, source), rs -> out.add(read(rs)));
    return out.stream().findFirst();
  }

  @Override
  public List<Snapshot> snapshots(String source) {
    List<Snapshot> out = new ArrayList<>();
    query("SELECT " + COLUMNS + " FROM catalog_snapshot s WHERE s.source = ?",
        ps -> ps.setString(1, source), rs -> out.add(read(rs)));
    out.sort(SnapshotOrder.CHRONOLOGICAL); // the one definition of the order, shared with the core
    return out;
  }

  @Override
  public Optional<Snapshot> snapshot(String snapshotId) {
    try (Connection c = ds.getConnection()) {
      return find(c, snapshotId);
    } catch (SQLException e) {
      throw new StoreException("reading snapshot " + snapshotId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Snapshot> asOf(String source, LocalDate date) {
    return SnapshotOrder.asOf(snapshots(source), date);
  }

  @Override
  public List<Entity> entities(String snapshotId) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    int[] chunks = {0};
    query("SELECT data FROM catalog_snapshot_chunk WHERE snapshot_id = ? ORDER BY seq",
        ps -> ps.setString(1, snapshotId), rs -> {
          data.writeBytes(rs.getBytes(1));
          chunks[0]++;
        });
    if (chunks[0] == 0) {
      throw new NoSuchElementException("no snapshot " + snapshotId);
    }
    return EntityCodec.decode(data.toByteArray());
  }

  private static Optional<Snapshot> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM catalog_snapshot s WHERE s.id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static Snapshot read(ResultSet rs) throws SQLException {
    return new Snapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        Optional.ofNullable(rs.getObject(5, LocalDate.class)),
        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7), rs.getInt(8));
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface RowReader {
    void row(ResultSet rs) throws SQLException;
  }

  private void query(String sql, Binder binder, RowReader reader) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.row(rs);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("catalog query failed: " + e.getMessage(), e);
    }
  }
}
