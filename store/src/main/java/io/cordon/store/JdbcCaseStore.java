package io.cordon.store;

import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import io.cordon.cases.Approval;
import io.cordon.cases.AuditEntry;
import io.cordon.cases.AuditHead;
import io.cordon.cases.CaseStore;
import io.cordon.cases.CaseTx;
import io.cordon.cases.Decision;
import io.cordon.cases.GoodGuy;
import io.cordon.cases.MessageCase;
import io.cordon.cases.Outcome;
import io.cordon.cases.Party;
import io.cordon.cases.Role;
import io.cordon.cases.ScreeningRun;
import io.cordon.cases.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The cases store on H2 or PostgreSQL (tables of V10__cases.sql). Each unit of work is one JDBC
 * transaction, committed before {@link #inTransaction} returns: an acknowledged decision is on disk.
 */
public final class JdbcCaseStore implements CaseStore {
  private final DataSource ds;

  /**
   * Over a migrated database opened by {@code CordonStore}, which also makes H2 commits durable
   * before they return (DecisionDurabilityTest). PostgreSQL commits durably by default.
   */
  public JdbcCaseStore(DataSource ds) {
    this(ds, head -> { });
  }

  /**
   * As {@link #JdbcCaseStore(DataSource)}; {@code afterAudit} is told the new audit head after each
   * committed transaction that appended audit rows (to anchor it outside the database).
   */
  public JdbcCaseStore(DataSource ds, Consumer<AuditHead> afterAudit) {
    this.ds = ds;
    this.afterAudit = afterAudit;
  }

  private final Consumer<AuditHead> afterAudit;

  @Override
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        Tx tx = new Tx(c);
        T out = work.run(tx);
        c.commit();
        if (tx.appended != null) {
          afterAudit.accept(tx.appended);
        }
        return out;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /** A database error inside a unit of work, unchecked so it can cross {@link CaseTx}. */
  static final class SqlFailure extends IllegalStateException {
    SqlFailure(SQLException e) {
      super("cases store: " + e.getMessage(), e);
    }
  }

  private static OffsetDateTime ts(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String col) throws SQLException {
    return rs.getObject(col, OffsetDateTime.class).toInstant();
  }

  private static final String ALERT_COLS = "id, run_id, party_data, entity_data, score, priority, listings, "
      + "explanations, snapshot_ids, status, created, changes";

  private static final class Tx implements CaseTx {
    /** The audit head after this transaction's last append, null when it appended nothing. */
    AuditHead appended;

    private final Connection c;

    Tx(Connection c) {
      this.c = c;
    }

    private interface Binder {
      void bind(PreparedStatement ps) throws SQLException;
    }

    private interface Row<T> {
      T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder b, Row<T> row) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        b.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          List<T> out = new ArrayList<>();
          while (rs.next()) {
            out.add(row.read(rs));
          }
          return out;
        }
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    private <T> void stream(String sql, Binder b, Row<T> row, Consumer<T> sink) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(1000); // PostgreSQL streams only with a fetch size inside a transaction
        b.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sink.accept(row.read(rs));
          }
        }
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    private int update(String sql, Binder b) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        b.bind(ps);
        return ps.executeUpdate();
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    private long insert(String sql, Binder b) {
      try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
        b.bind(ps);
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
          if (!rs.next()) {
            throw new SQLException("no generated id for: " + sql);
          }
          return rs.getLong(1); // id is the first column of every identity table
        }
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    // ---------------------------------------------------------------- parties

    @Override
    public Optional<Party> party(String externalId) {
      return query("SELECT data FROM case_party WHERE external_id = ?", ps -> ps.setString(1, externalId),
          rs -> CaseCodec.party(rs.getString(1))).stream().findFirst();
    }

    @Override
    public void putParty(Party p, Instant at) {
      String data = CaseCodec.write(p);
      int n = update("UPDATE case_party SET schema_name = ?, caption = ?, data = ?, hash = ?, updated = ? "
          + "WHERE external_id = ?", ps -> {
            ps.setString(1, p.schema());
            ps.setString(2, cut(p.caption(), TEXT_WIDTH));
            ps.setString(3, data);
            ps.setString(4, p.hash());
            ps.setObject(5, ts(at));
            ps.setString(6, p.externalId());
          });
      if (n == 0) {
        update("INSERT INTO case_party (external_id, schema_name, caption, data, hash, updated) "
            + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
              ps.setString(1, p.externalId());
              ps.setString(2, p.schema());
              ps.setString(3, cut(p.caption(), TEXT_WIDTH));
              ps.setString(4, data);
              ps.setString(5, p.hash());
              ps.setObject(6, ts(at));
            });
      }
    }

    @Override
    public long partyCount() {
      return query("SELECT COUNT(*) FROM case_party", ps -> { }, rs -> rs.getLong(1)).get(0);
    }

    @Override
    public void forEachParty(Consumer<Party> sink) {
      stream("SELECT data FROM case_party ORDER BY external_id", ps -> { }, rs -> CaseCodec.party(rs.getString(1)), sink);
    }

    // ---------------------------------------------------------------- runs

    @Override
    public long insertRun(ScreeningRun r) {
      return insert("INSERT INTO case_run (trigger_kind, actor, subject, snapshot_ids, parties, alerts, suppressed, at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> bindRun(ps, r));
    }

    @Override
    public void updateRun(ScreeningRun r) {
      update("UPDATE case_run SET trigger_kind = ?, actor = ?, subject = ?, snapshot_ids = ?, parties = ?, alerts = ?, "
          + "suppressed = ?, at = ? WHERE id = ?", ps -> {
            bindRun(ps, r);
            ps.setLong(9, r.id());
          });
    }

    private static void bindRun(PreparedStatement ps, ScreeningRun r) throws SQLException {
      ps.setString(1, r.trigger().name());
      ps.setString(2, r.actor());
      ps.setString(3, cut(r.subject(), TEXT_WIDTH));
      ps.setString(4, CaseCodec.write(r.snapshotIds()));
      ps.setInt(5, r.parties());
      ps.setInt(6, r.alerts());
      ps.setInt(7, r.suppressed());
      ps.setObject(8, ts(r.at()));
    }

    @Override
    public List<ScreeningRun> runs(int limit) {
      return query("SELECT id, trigger_kind, actor, subject, snapshot_ids, parties, alerts, suppressed, at FROM case_run "
          + "ORDER BY id DESC" + (limit > 0 ? " LIMIT " + limit : ""), ps -> { },
          rs -> new ScreeningRun(rs.getLong(1), ScreeningRun.Trigger.valueOf(rs.getString(2)), rs.getString(3),
              rs.getString(4), CaseCodec.strings(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
              instant(rs, "at")));
    }

    // ---------------------------------------------------------------- alerts

    @Override
    public long insertAlert(Alert a) {
      return insert("INSERT INTO case_alert (run_id, party_id, entity_id, entity_caption, party_hash, entity_hash, score, "
          + "status, created, party_data, entity_data, explanations, snapshot_ids, changes, priority, listings) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, a.runId());
            ps.setString(2, a.partyId());
            ps.setString(3, a.entityId());
            ps.setString(4, cut(a.entity().caption(), TEXT_WIDTH));
            ps.setString(5, a.partyHash());
            ps.setString(6, a.entityHash());
            ps.setDouble(7, a.score());
            ps.setString(8, a.status().name());
            ps.setObject(9, ts(a.created()));
            ps.setString(10, CaseCodec.write(a.party()));
            ps.setString(11, CaseCodec.write(a.entity()));
            ps.setString(12, CaseCodec.write(a.explanations()));
            ps.setString(13, CaseCodec.write(a.snapshotIds()));
            ps.setString(14, a.changes());
            if (a.priority() == null) {
              ps.setNull(15, java.sql.Types.DOUBLE);
            } else {
              ps.setDouble(15, a.priority());
            }
            ps.setString(16, a.listings() == null ? null : CaseCodec.write(a.listings()));
          });
    }

    private static Alert alertRow(ResultSet rs) throws SQLException {
      return new Alert(rs.getLong("id"), rs.getLong("run_id"), CaseCodec.party(rs.getString("party_data")),
          CaseCodec.entity(rs.getString("entity_data")), rs.getDouble("score"), priority(rs),
          CaseCodec.listings(rs.getString("listings")), CaseCodec.explanations(rs.getString("explanations")), CaseCodec.strings(rs.getString("snapshot_ids")),
          AlertStatus.valueOf(rs.getString("status")), instant(rs, "created"), rs.getString("changes"));
    }

    private static Double priority(ResultSet rs) throws SQLException {
      double p = rs.getDouble("priority");
      return rs.wasNull() ? null : p;
    }

    @Override
    public Optional<Alert> alert(long id) {
      return query("SELECT " + ALERT_COLS + " FROM case_alert WHERE id = ?", ps -> ps.setLong(1, id), Tx::alertRow)
          .stream().findFirst();
    }

    @Override
    public List<Alert> alerts(Optional<AlertStatus> status, Optional<String> partyId, int limit) {
      StringBuilder sql = new StringBuilder("SELECT " + ALERT_COLS + " FROM case_alert WHERE 1 = 1");
      status.ifPresent(s -> sql.append(" AND status = ?"));
      partyId.ifPresent(p -> sql.append(" AND party_id = ?"));
      sql.append(" ORDER BY id DESC");
      if (limit > 0) {
        sql.append(" LIMIT ").append(limit);
      }
      return query(sql.toString(), ps -> {
        int i = 1;
        if (status.isPresent()) {
          ps.setString(i++, status.get().name());
        }
        if (partyId.isPresent()) {
          ps.setString(i, partyId.get());
        }
      }, Tx::alertRow);
    }

    @Override
    public List<Alert> alertsFor(String partyId, String entityId) {
      return query("SELECT " + ALERT_COLS + " FROM case_alert WHERE party_id = ? AND entity_id = ? ORDER BY id",
          ps -> {
            ps.setString(1, partyId);
            ps.setString(2, entityId);
          }, Tx::alertRow);
    }

    @Override
    public void updateAlertListings(long id, io.cordon.index.PartyListings listings) {
      update("UPDATE case_alert SET listings = ? WHERE id = ?", ps -> {
        ps.setString(1, listings == null ? null : CaseCodec.write(listings));
        ps.setLong(2, id);
      });
    }

    @Override
    public boolean updateAlertStatus(long id, AlertStatus expected, AlertStatus status) {
      return update("UPDATE case_alert SET status = ? WHERE id = ? AND status = ?", ps -> {
        ps.setString(1, status.name());
        ps.setLong(2, id);
        ps.setString(3, expected.name());
      }) == 1;
    }

    // ---------------------------------------------------------------- decisions

    @Override
    public long insertDecision(Decision d) {
      return insert("INSERT INTO case_decision (alert_id, analyst, outcome, reason, at, state) VALUES (?, ?, ?, ?, ?, ?)",
          ps -> {
            ps.setLong(1, d.alertId());
            ps.setString(2, d.analyst());
            ps.setString(3, d.outcome().name());
            ps.setString(4, d.reason());
            ps.setObject(5, ts(d.at()));
            ps.setString(6, d.state().name());
          });
    }

    private static Decision decisionRow(ResultSet rs) throws SQLException {
      return new Decision(rs.getLong("id"), rs.getLong("alert_id"), rs.getString("analyst"),
          Outcome.valueOf(rs.getString("outcome")), rs.getString("reason"), instant(rs, "at"),
          Decision.State.valueOf(rs.getString("state")));
    }

    @Override
    public Optional<Decision> decision(long id) {
      return query("SELECT * FROM case_decision WHERE id = ?", ps -> ps.setLong(1, id), Tx::decisionRow)
          .stream().findFirst();
    }

    @Override
    public List<Decision> decisions(long alertId) {
      return query("SELECT * FROM case_decision WHERE alert_id = ? ORDER BY id", ps -> ps.setLong(1, alertId),
          Tx::decisionRow);
    }

    @Override
    public boolean updateDecisionState(long id, Decision.State expected, Decision.State state) {
      return update("UPDATE case_decision SET state = ? WHERE id = ? AND state = ?", ps -> {
        ps.setString(1, state.name());
        ps.setLong(2, id);
        ps.setString(3, expected.name());
      }) == 1;
    }

    @Override
    public void insertApproval(Approval a) {
      update("INSERT INTO case_approval (decision_id, approver, confirmed, comment, at) VALUES (?, ?, ?, ?, ?)", ps -> {
        ps.setLong(1, a.decisionId());
        ps.setString(2, a.approver());
        ps.setBoolean(3, a.confirmed());
        ps.setString(4, a.comment());
        ps.setObject(5, ts(a.at()));
      });
    }

    @Override
    public void forEachDecision(Consumer<Decision> sink) {
      stream("SELECT * FROM case_decision ORDER BY id", ps -> { }, Tx::decisionRow, sink);
    }

    @Override
    public void forEachApproval(Consumer<Approval> sink) {
      stream("SELECT decision_id, approver, confirmed, comment, at FROM case_approval ORDER BY decision_id, at",
          ps -> { }, rs -> new Approval(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
              instant(rs, "at")), sink);
    }

    @Override
    public List<Approval> approvals(long decisionId) {
      return query("SELECT decision_id, approver, confirmed, comment, at FROM case_approval WHERE decision_id = ? "
          + "ORDER BY at", ps -> ps.setLong(1, decisionId),
          rs -> new Approval(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), instant(rs, "at")));
    }

    // ---------------------------------------------------------------- good guys

    @Override
    public Optional<GoodGuy> goodGuy(String partyId, String entityId) {
      return query("SELECT party_id, entity_id, party_hash, entity_hash, alert_id, decision_id, at FROM case_good_guy "
          + "WHERE party_id = ? AND entity_id = ?", ps -> {
            ps.setString(1, partyId);
            ps.setString(2, entityId);
          }, rs -> new GoodGuy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
              rs.getLong(6), instant(rs, "at"))).stream().findFirst();
    }

    @Override
    public void putGoodGuy(GoodGuy g) {
      update("DELETE FROM case_good_guy WHERE party_id = ? AND entity_id = ?", ps -> {
        ps.setString(1, g.partyId());
        ps.setString(2, g.entityId());
      });
      update("INSERT INTO case_good_guy (party_id, entity_id, party_hash, entity_hash, alert_id, decision_id, at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, g.partyId());
            ps.setString(2, g.entityId());
            ps.setString(3, g.partyHash());
            ps.setString(4, g.entityHash());
            ps.setLong(5, g.alertId());
            ps.setLong(6, g.decisionId());
            ps.setObject(7, ts(g.at()));
          });
    }

    // ---------------------------------------------------------------- users

    private static Set<Role> roles(String csv) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (String r : csv.split(",")) {
        if (!r.isBlank()) {
          roles.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
        }
      }
      return roles;
    }

    private static String roles(Set<Role> roles) {
      return String.join(",", roles.stream().map(Role::name).sorted().toList());
    }

    private static User userRow(ResultSet rs) throws SQLException {
      return new User(rs.getString("name"), roles(rs.getString("roles")), rs.getString("password_hash"),
          instant(rs, "created"), rs.getString("created_by"), rs.getBoolean("disabled"), rs.getLong("epoch"),
          roles(rs.getString("pending_roles")), rs.getString("pending_by"));
    }

    @Override
    public Optional<User> user(String name) {
      return query("SELECT * FROM case_user WHERE name = ?", ps -> ps.setString(1, name), Tx::userRow)
          .stream().findFirst();
    }

    @Override
    public List<User> users() {
      return query("SELECT * FROM case_user ORDER BY name", ps -> { }, Tx::userRow);
    }

    @Override
    public void putUser(User u) {
      int n = update("UPDATE case_user SET roles = ?, password_hash = ?, disabled = ?, epoch = ?, pending_roles = ?, "
          + "pending_by = ? WHERE name = ?", ps -> {
            ps.setString(1, roles(u.roles()));
            ps.setString(2, u.passwordHash());
            ps.setBoolean(3, u.disabled());
            ps.setLong(4, u.epoch());
            ps.setString(5, roles(u.pendingRoles()));
            ps.setString(6, u.pendingBy());
            ps.setString(7, u.name());
          });
      if (n == 0) {
        update("INSERT INTO case_user (name, roles, password_hash, created, created_by, disabled, epoch, pending_roles, "
            + "pending_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
              ps.setString(1, u.name());
              ps.setString(2, roles(u.roles()));
              ps.setString(3, u.passwordHash());
              ps.setObject(4, ts(u.created()));
              ps.setString(5, u.createdBy());
              ps.setBoolean(6, u.disabled());
              ps.setLong(7, u.epoch());
              ps.setString(8, roles(u.pendingRoles()));
              ps.setString(9, u.pendingBy());
            });
      }
    }

    // ---------------------------------------------------------------- payment messages

    private static final String MESSAGE_COLS = "id, run_id, source, msg_index, msg_type, reference, decision, error, "
        + "policy, raw, hits, snapshot_ids, received";

    @Override
    public long insertMessage(MessageCase m) {
      return insert("INSERT INTO case_message (run_id, source, msg_index, msg_type, reference, decision, error, policy, "
          + "raw, hits, snapshot_ids, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, m.runId());
            ps.setString(2, cut(m.source(), TEXT_WIDTH));
            ps.setInt(3, m.index());
            ps.setString(4, m.type() == null ? null : cut(m.type(), 100));
            ps.setString(5, m.reference() == null ? null : cut(m.reference(), 200));
            ps.setString(6, m.decision());
            ps.setString(7, m.error() == null ? null : cut(m.error(), 4000));
            ps.setString(8, cut(m.policy(), 40));
            ps.setString(9, m.raw());
            ps.setString(10, CaseCodec.write(m.hits()));
            ps.setString(11, CaseCodec.write(m.snapshotIds()));
            ps.setObject(12, ts(m.received()));
          });
    }

    private static MessageCase messageRow(ResultSet rs) throws SQLException {
      return new MessageCase(rs.getLong("id"), rs.getLong("run_id"), rs.getString("source"), rs.getInt("msg_index"),
          rs.getString("msg_type"), rs.getString("reference"), rs.getString("decision"), rs.getString("error"),
          rs.getString("policy"), rs.getString("raw"), CaseCodec.messageHits(rs.getString("hits")),
          CaseCodec.strings(rs.getString("snapshot_ids")), instant(rs, "received"));
    }

    @Override
    public Optional<MessageCase> message(long id) {
      return query("SELECT " + MESSAGE_COLS + " FROM case_message WHERE id = ?", ps -> ps.setLong(1, id),
          Tx::messageRow).stream().findFirst();
    }

    @Override
    public List<MessageCase> messages(int limit) {
      return query("SELECT " + MESSAGE_COLS + " FROM case_message ORDER BY id DESC" + (limit > 0 ? " LIMIT " + limit : ""),
          ps -> { }, Tx::messageRow);
    }

    @Override
    public void linkMessageAlert(long alertId, long messageId) {
      update("INSERT INTO case_message_alert (alert_id, message_id) VALUES (?, ?)", ps -> {
        ps.setLong(1, alertId);
        ps.setLong(2, messageId);
      });
    }

    @Override
    public Optional<Long> messageOfAlert(long alertId) {
      return query("SELECT message_id FROM case_message_alert WHERE alert_id = ?", ps -> ps.setLong(1, alertId),
          rs -> rs.getLong(1)).stream().findFirst();
    }

    // ---------------------------------------------------------------- audit

    @Override
    public AuditHead auditHeadForUpdate() {
      List<AuditHead> h = query("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE", ps -> { },
          rs -> new AuditHead(rs.getLong(1), rs.getString(2)));
      if (h.isEmpty()) {
        throw new IllegalStateException("audit_head row is missing: the audit log was tampered with");
      }
      return h.get(0);
    }

    @Override
    public void appendAudit(AuditEntry e) {
      update("INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, e.seq());
            ps.setObject(2, ts(e.at()));
            ps.setString(3, e.actor());
            ps.setString(4, e.action());
            ps.setString(5, e.subject());
            ps.setString(6, e.detail());
            ps.setString(7, e.prevHash());
            ps.setString(8, e.hash());
          });
      update("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", ps -> {
        ps.setLong(1, e.seq());
        ps.setString(2, e.hash());
      });
      appended = new AuditHead(e.seq(), e.hash());
    }

    private static AuditEntry auditRow(ResultSet rs) throws SQLException {
      return new AuditEntry(rs.getLong("seq"), instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
          rs.getString("subject"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    @Override
    public void forEachAudit(Consumer<AuditEntry> sink) {
      stream("SELECT * FROM audit_log ORDER BY seq", ps -> { }, Tx::auditRow, sink);
    }

    @Override
    public List<AuditEntry> auditTail(int limit) {
      return query("SELECT * FROM audit_log ORDER BY seq DESC LIMIT " + Math.max(1, limit), ps -> { }, Tx::auditRow);
    }
  }

  /** Width of the VARCHAR(2000) text columns (captions, subjects, message sources); longer text is cut. */
  private static final int TEXT_WIDTH = 2000;

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
