package io.cordon.cases;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The operations available inside one store transaction. Used by {@link CaseService} only. */
public interface CaseTx {

  // parties
  Optional<Party> party(String externalId);

  void putParty(Party party, java.time.Instant at);

  long partyCount();

  /** Calls back for every party of the book (streams; the book may not fit a list). */
  void forEachParty(Consumer<Party> sink);

  // runs and alerts
  long insertRun(ScreeningRun run);

  /** Stores a run's final counts (same id). */
  void updateRun(ScreeningRun run);

  List<ScreeningRun> runs(int limit);

  long insertAlert(Alert alert);

  Optional<Alert> alert(long id);

  /** Alerts, newest first, optionally of one status and/or one party. limit &lt;= 0: all. */
  List<Alert> alerts(Optional<AlertStatus> status, Optional<String> partyId, int limit);

  /** All alerts of one (party, entity) pair, oldest first. */
  List<Alert> alertsFor(String partyId, String entityId);

  /** Replaces an alert's listings (the listed party's listings as the current lists give them). */
  void updateAlertListings(long id, io.cordon.index.PartyListings listings);

  /** Sets an alert's status if it is {@code expected}; returns false otherwise (lost a race). */
  boolean updateAlertStatus(long id, AlertStatus expected, AlertStatus status);

  // decisions
  long insertDecision(Decision decision);

  Optional<Decision> decision(long id);

  /** All decisions on an alert, oldest first. */
  List<Decision> decisions(long alertId);

  boolean updateDecisionState(long id, Decision.State expected, Decision.State state);

  void insertApproval(Approval approval);

  /** Calls back for every decision, by id. */
  void forEachDecision(Consumer<Decision> sink);

  /** Calls back for every approval. */
  void forEachApproval(Consumer<Approval> sink);

  List<Approval> approvals(long decisionId);

  // good guys
  Optional<GoodGuy> goodGuy(String partyId, String entityId);

  void putGoodGuy(GoodGuy entry);

  // users
  Optional<User> user(String name);

  List<User> users();

  void putUser(User user);

  // payment messages (MessageQueue)
  long insertMessage(MessageCase message);

  Optional<MessageCase> message(long id);

  /** Messages, newest first. limit &lt;= 0: all. */
  List<MessageCase> messages(int limit);

  void linkMessageAlert(long alertId, long messageId);

  /** The message an alert was raised for, if any. */
  Optional<Long> messageOfAlert(long alertId);

  // audit
  /** The head row, locked until the transaction ends so appends are serialised. */
  AuditHead auditHeadForUpdate();

  /** Appends a row and moves the head to it. */
  void appendAudit(AuditEntry entry);

  /** Calls back for every audit row in seq order. */
  void forEachAudit(Consumer<AuditEntry> sink);

  /** The newest rows, newest first. */
  List<AuditEntry> auditTail(int limit);
}
