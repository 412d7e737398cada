package io.cordon.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A case store in memory, for tests and benchmarks. Transactions are serialised by one lock. It
 * does not roll back: {@link CaseService} checks everything before its first write, so a failing
 * unit of work writes nothing in practice.
 */
public final class MemoryCaseStore implements CaseStore {
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Party> parties = new LinkedHashMap<>();
  private final TreeMap<Long, ScreeningRun> runs = new TreeMap<>();
  private final TreeMap<Long, Alert> alerts = new TreeMap<>();
  /** Alert ids by party and entity: the workflow asks for a pair's alerts on every hit. */
  private final Map<String, List<Long>> alertsByPair = new java.util.HashMap<>();
  private final TreeMap<Long, Decision> decisions = new TreeMap<>();
  private final List<Approval> approvals = new ArrayList<>();
  private final Map<String, GoodGuy> goodGuys = new LinkedHashMap<>();
  private final Map<String, User> users = new TreeMap<>();
  private final List<AuditEntry> audit = new ArrayList<>();
  private AuditHead head = AuditHead.EMPTY;
  private final TreeMap<Long, MessageCase> messages = new TreeMap<>();
  private final Map<Long, Long> messageOfAlert = new java.util.HashMap<>();
  private final Tx tx = new Tx();

  @Override
  public <T> T inTransaction(Work<T> work) {
    lock.lock();
    try {
      return work.run(tx);
    } finally {
      lock.unlock();
    }
  }

  /** Test hook: replace an audit row as someone editing the database by hand would. */
  public void tamperAudit(int index, AuditEntry replacement) {
    inTransaction(t -> audit.set(index, replacement));
  }

  /** Test hook: delete an audit row by hand. */
  public void deleteAudit(int index) {
    inTransaction(t -> audit.remove(index));
  }

  private final class Tx implements CaseTx {
    @Override
    public Optional<Party> party(String externalId) {
      return Optional.ofNullable(parties.get(externalId));
    }

    @Override
    public void putParty(Party party, Instant at) {
      parties.put(party.externalId(), party);
    }

    @Override
    public long partyCount() {
      return parties.size();
    }

    @Override
    public void forEachParty(Consumer<Party> sink) {
      parties.values().forEach(sink);
    }

    @Override
    public long insertRun(ScreeningRun run) {
      long id = runs.isEmpty() ? 1 : runs.lastKey() + 1;
      runs.put(id, run.withId(id));
      return id;
    }

    @Override
    public void updateRun(ScreeningRun run) {
      runs.put(run.id(), run);
    }

    @Override
    public List<ScreeningRun> runs(int limit) {
      List<ScreeningRun> out = new ArrayList<>(runs.descendingMap().values());
      return limit > 0 && out.size() > limit ? out.subList(0, limit) : out;
    }

    @Override
    public long insertAlert(Alert alert) {
      long id = alerts.isEmpty() ? 1 : alerts.lastKey() + 1;
      alerts.put(id, alert.withId(id));
      alertsByPair.computeIfAbsent(alert.partyId() + "\u0000" + alert.entityId(), k -> new ArrayList<>()).add(id);
      return id;
    }

    @Override
    public Optional<Alert> alert(long id) {
      return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public List<Alert> alerts(Optional<AlertStatus> status, Optional<String> partyId, int limit) {
      List<Alert> out = new ArrayList<>();
      for (Alert a : alerts.descendingMap().values()) {
        if (status.map(s -> s == a.status()).orElse(true) && partyId.map(p -> p.equals(a.partyId())).orElse(true)) {
          out.add(a);
          if (limit > 0 && out.size() == limit) {
            break;
          }
        }
      }
      return out;
    }

    @Override
    public List<Alert> alertsFor(String partyId, String entityId) {
      return alertsByPair.getOrDefault(partyId + "\u0000" + entityId, List.of()).stream()
          .map(alerts::get).sorted(Comparator.comparingLong(Alert::id)).toList();
    }

    @Override
    public void updateAlertListings(long id, io.cordon.index.PartyListings listings) {
      Alert a = alerts.get(id);
      if (a != null) {
        alerts.put(id, a.withListings(listings));
      }
    }

    @Override
    public boolean updateAlertStatus(long id, AlertStatus expected, AlertStatus status) {
      Alert a = alerts.get(id);
      if (a == null || a.status() != expected) {
        return false;
      }
      alerts.put(id, a.withStatus(status));
      return true;
    }

    @Override
    public void forEachDecision(java.util.function.Consumer<Decision> sink) {
      decisions.values().forEach(sink);
    }

    @Override
    public void forEachApproval(java.util.function.Consumer<Approval> sink) {
      approvals.forEach(sink);
    }

    @Override
    public long insertDecision(Decision decision) {
      long id = decisions.isEmpty() ? 1 : decisions.lastKey() + 1;
      decisions.put(id, decision.withId(id));
      return id;
    }

    @Override
    public Optional<Decision> decision(long id) {
      return Optional.ofNullable(decisions.get(id));
    }

    @Override
    public List<Decision> decisions(long alertId) {
      return decisions.values().stream().filter(d -> d.alertId() == alertId).toList();
    }

    @Override
    public boolean updateDecisionState(long id, Decision.State expected, Decision.State state) {
      Decision d = decisions.get(id);
      if (d == null || d.state() != expected) {
        return false;
      }
      decisions.put(id, new Decision(d.id(), d.alertId(), d.analyst(), d.outcome(), d.reason(), d.at(), state));
      return true;
    }

    @Override
    public void insertApproval(Approval approval) {
      approvals.add(approval);
    }

    @Override
    public List<Approval> approvals(long decisionId) {
      return approvals.stream().filter(a -> a.decisionId() == decisionId).toList();
    }

    @Override
    public Optional<GoodGuy> goodGuy(String partyId, String entityId) {
      return Optional.ofNullable(goodGuys.get(partyId + "\u0000" + entityId));
    }

    @Override
    public void putGoodGuy(GoodGuy entry) {
      goodGuys.put(entry.partyId() + "\u0000" + entry.entityId(), entry);
    }

    @Override
    public Optional<User> user(String name) {
      return Optional.ofNullable(users.get(name));
    }

    @Override
    public List<User> users() {
      return List.copyOf(users.values());
    }

    @Override
    public void putUser(User user) {
      users.put(user.name(), user);
    }

    @Override
    public long insertMessage(MessageCase message) {
      long id = messages.isEmpty() ? 1 : messages.lastKey() + 1;
      messages.put(id, message.withId(id));
      return id;
    }

    @Override
    public Optional<MessageCase> message(long id) {
      return Optional.ofNullable(messages.get(id));
    }

    @Override
    public List<MessageCase> messages(int limit) {
      List<MessageCase> out = new ArrayList<>(messages.descendingMap().values());
      return limit > 0 && out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    @Override
    public void linkMessageAlert(long alertId, long messageId) {
      messageOfAlert.put(alertId, messageId);
    }

    @Override
    public Optional<Long> messageOfAlert(long alertId) {
      return Optional.ofNullable(messageOfAlert.get(alertId));
    }

    @Override
    public AuditHead auditHeadForUpdate() {
      return head;
    }

    @Override
    public void appendAudit(AuditEntry entry) {
      audit.add(entry);
      head = new AuditHead(entry.seq(), entry.hash());
    }

    @Override
    public void forEachAudit(Consumer<AuditEntry> sink) {
      audit.forEach(sink);
    }

    @Override
    public List<AuditEntry> auditTail(int limit) {
      List<AuditEntry> out = new ArrayList<>();
      for (int i = audit.size() - 1; i >= 0 && out.size() < limit; i--) {
        out.add(audit.get(i));
      }
      return out;
    }
  }
}
