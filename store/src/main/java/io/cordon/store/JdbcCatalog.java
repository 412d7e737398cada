package io.cordon.store;

import io.cordon.catalog.Activation;
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
import java.time.Instant;
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
  public CommitOutcome commit(Snapshot snap, List<Entity> entities, String reason) {
    byte[] data = EntityCodec.encode(entities); // before the transaction: keep it short
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction(c -> commit(c, snap, data, reason));
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

  private CommitOutcome commit(Connection c, Snapshot snap, byte[] data, String reason) throws SQLException {
    // Lock the source's pointer row first, so concurrent imports of one source commit one after the other.
    Optional<String> activeId = lockPointer(c, snap.source());
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
    if (activeId.isPresent()) {
      Snapshot current = find(c, activeId.get()).orElseThrow();
      if (SnapshotOrder.CHRONOLOGICAL.compare(snap, current) <= 0) {
        return CommitOutcome.HISTORY;
      }
    }
    point(c, snap.source(), snap.id(), activeId, reason, snap.imported());
    return CommitOutcome.ACTIVE;
  }

  private static Optional<String> lockPointer(Connection c, String source) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT active_id FROM catalog_source WHERE source = ? FOR UPDATE")) {
      ps.setString(1, source);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Moves the pointer and records the activation with its pending re-screen, in the caller's transaction. */
  private static void point(Connection c, String source, String snapshotId, Optional<String> previous, String reason,
                            Instant at) throws SQLException {
    OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    try (PreparedStatement ps = c.prepareStatement(previous.isEmpty()
        ? "INSERT INTO catalog_source (active_id, changed, source) VALUES (?, ?, ?)"
        : "UPDATE catalog_source SET active_id = ?, changed = ? WHERE source = ?")) {
      ps.setString(1, snapshotId);
      ps.setObject(2, now);
      ps.setString(3, source);
      ps.executeUpdate();
    }
    insertActivation(c, source, snapshotId, previous, reason, now);
  }

  private static void insertActivation(Connection c, String source, String snapshotId, Optional<String> previous,
                                       String reason, OffsetDateTime at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog_activation "
        + "(source, snapshot_id, previous_id, reason, at) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, source);
      ps.setString(2, snapshotId);
      ps.setString(3, previous.orElse(null));
      ps.setString(4, reason);
      ps.setObject(5, at);
      ps.executeUpdate();
    }
  }

  @Override
  public Optional<Activation> activate(String snapshotId, String reason, Instant at) {
    return inTransaction("activating " + snapshotId, c -> {
      Snapshot s = find(c, snapshotId).orElseThrow(() -> new NoSuchElementException("no snapshot " + snapshotId));
      Optional<String> current = lockPointer(c, s.source());
      if (current.equals(Optional.of(snapshotId))) {
        return Optional.empty();
      }
      point(c, s.source(), snapshotId, current, reason, at);
      return last(c, s.source(), false);
    });
  }

  @Override
  public Activation requestRescreen(String source, Instant at) {
    return inTransaction("requesting a re-screen of " + source, c -> {
      String id = lockPointer(c, source).orElseThrow(() -> new NoSuchElementException("no active list for source " + source));
      insertActivation(c, source, id, Optional.empty(), "rescreen", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      return last(c, source, true).orElseThrow();
    });
  }

  @Override
  public List<Activation> pendingRescreens() {
    List<Activation> out = new ArrayList<>();
    query("SELECT " + ACTIVATION + " FROM catalog_activation WHERE rescreened IS NULL ORDER BY seq",
        ps -> { }, rs -> out.add(activation(rs)));
    return out;
  }

  @Override
  public Optional<Activation> lastActivation(String source) {
    return inTransaction("reading activations", c -> last(c, source, false));
  }

  @Override
  public void rescreened(long seq, Instant at) {
    inTransaction("marking re-screen " + seq + " done", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE catalog_activation SET rescreened = ? WHERE seq = ?")) {
        ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        ps.setLong(2, seq);
        ps.executeUpdate();
      }
      return null;
    });
  }

  private static final String ACTIVATION = "seq, source, snapshot_id, previous_id, reason, at, rescreened";

  private static Optional<Activation> last(Connection c, String source, boolean withRescreens) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ACTIVATION + " FROM catalog_activation WHERE source = ?"
        + (withRescreens ? "" : " AND reason <> 'rescreen'") + " ORDER BY seq DESC")) {
      ps.setString(1, source);
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(activation(rs)) : Optional.empty();
      }
    }
  }

  private static Activation activation(ResultSet rs) throws SQLException {
    OffsetDateTime done = rs.getObject(7, OffsetDateTime.class);
    return new Activation(rs.getLong(1), rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4)),
        rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
        Optional.ofNullable(done).map(OffsetDateTime::toInstant));
  }

  private interface TxWork<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(String what, TxWork<T> work) {
    try {
      return transaction(work);
    } catch (SQLException e) {
      throw new StoreException(what + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  private <T> T transaction(TxWork<T> work) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        T out = work.run(c);
        c.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
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
