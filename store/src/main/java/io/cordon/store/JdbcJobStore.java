package io.cordon.store;

import io.cordon.screening.jobs.Job;
import io.cordon.screening.jobs.JobStatus;
import io.cordon.screening.jobs.JobStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Screening jobs in table screening_job; status changes are compare-and-set updates. */
final class JdbcJobStore implements JobStore {
  private static final String COLUMNS =
      "id, owner, status, format, options, rows_total, rows_done, hits, errors, created, started, finished, error";
  private final DataSource ds;

  JdbcJobStore(DataSource ds) {
    this.ds = ds;
  }

  @Override
  public void create(Job j) {
    update("creating job " + j.id(), "INSERT INTO screening_job (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        j.id(), j.owner(), j.status().label(), j.format(), j.options(), j.rowsTotal(), j.rowsDone(), j.hits(),
        j.errors(), time(j.created()), j.started().map(JdbcJobStore::time).orElse(null),
        j.finished().map(JdbcJobStore::time).orElse(null), j.error().orElse(null));
  }

  @Override
  public Optional<Job> get(String id) {
    List<Job> r = query("reading job " + id, "SELECT " + COLUMNS + " FROM screening_job WHERE id = ?", id);
    return r.stream().findFirst();
  }

  @Override
  public List<Job> list(String owner, int limit) {
    List<Job> all = query("listing jobs", "SELECT " + COLUMNS + " FROM screening_job WHERE owner = ? ORDER BY created DESC, id",
        owner);
    return all.size() > limit ? all.subList(0, limit) : all;
  }

  @Override
  public List<Job> unfinished() {
    return query("listing unfinished jobs", "SELECT " + COLUMNS + " FROM screening_job WHERE status IN ('running', 'queued')"
        + " ORDER BY CASE WHEN status = 'running' THEN 0 ELSE 1 END, created, id");
  }

  @Override
  public boolean transition(String id, JobStatus from, JobStatus to, Instant at, String error) {
    String when = to == JobStatus.RUNNING ? ", started = ?" : to.finished() ? ", finished = ?" : "";
    String sql = "UPDATE screening_job SET status = ?, error = ?" + when + " WHERE id = ? AND status = ?";
    Object[] args = when.isEmpty() ? new Object[] {to.label(), error, id, from.label()}
        : new Object[] {to.label(), error, time(at), id, from.label()};
    return update("updating job " + id, sql, args) > 0;
  }

  @Override
  public void progress(String id, long rowsTotal, long rowsDone, long hits, long errors) {
    update("updating job " + id, "UPDATE screening_job SET rows_total = ?, rows_done = ?, hits = ?, errors = ? WHERE id = ?",
        rowsTotal, rowsDone, hits, errors, id);
  }

  private int update(String what, String sql, Object... args) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(what + ": " + e.getMessage(), e);
    }
  }

  private List<Job> query(String what, String sql, Object... args) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<Job> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Job(rs.getString(1), rs.getString(2), JobStatus.parse(rs.getString(3)), rs.getString(4),
              rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), instant(rs, 10).orElseThrow(),
              instant(rs, 11), instant(rs, 12), Optional.ofNullable(rs.getString(13))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(what + ": " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  private static OffsetDateTime time(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Optional<Instant> instant(ResultSet rs, int col) throws SQLException {
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
  }
}
