package io.cordon.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.model.Entity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The case workflow's contract, run on every store: in memory here, on H2 and PostgreSQL in the
 * store module. Subclasses give a fresh store and the two ways of tampering with the audit log.
 */
public abstract class CaseServiceContract {
  protected CaseFixture f;
  protected CaseService s;

  /** A fresh, empty, migrated store. */
  protected abstract CaseStore newStore() throws Exception;

  /** Overwrites the detail of the audit row {@code seq} by hand, as a database user could. */
  protected abstract void editAuditDetail(long seq, String detail) throws Exception;

  /** Deletes the audit row {@code seq} by hand. */
  protected abstract void deleteAudit(long seq) throws Exception;

  @org.junit.jupiter.api.BeforeEach
  public void setUpService() throws Exception {
    f = new CaseFixture(newStore());
    s = f.service;
    f.list.add(CaseFixture.company("ofac-31455", "POSITIVE TECHNOLOGIES", "AO Pozitiv Teknolodzhiz"));
    f.list.add(CaseFixture.person("ofac-31291", "Konstantin KILIMNIK", "1970-04-27"));
    f.list.add(CaseFixture.company("ofac-1", "Acme Trading Limited"));
  }

  protected List<Party> book() {
    return List.of(
        CaseFixture.party("c1", "Company", "Positive Technologies"),
        CaseFixture.party("c2", "Person", "Kilimnik Konstantin", "1970"),
        CaseFixture.party("c3", "Person", "Maria Schmidt"),
        CaseFixture.party("c4", "Company", "Acme Bakery Limited")); // 2 of 3 words: below 0.7
  }

  @Test
  public void importRaisesOneAlertPerHitAboveThresholdAndReimportRaisesNothing() {
    CaseService.ImportResult r = s.importParties(f.ana, "book.csv", book());
    assertThat(r.read()).isEqualTo(4);
    assertThat(r.added()).isEqualTo(4);
    assertThat(r.alerts()).isEqualTo(2);
    List<Alert> alerts = s.alerts(f.ana, Optional.empty(), Optional.empty(), 0);
    assertThat(alerts).extracting(Alert::partyId, Alert::entityId)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("c1", "ofac-31455"),
            org.assertj.core.groups.Tuple.tuple("c2", "ofac-31291"));
    assertThat(alerts).allSatisfy(a -> {
      assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
      assertThat(a.snapshotIds()).containsExactly("test_list-1");
      assertThat(a.score()).isGreaterThanOrEqualTo(0.7);
      assertThat(a.explanations()).isNotEmpty();
    });

    CaseService.ImportResult again = s.importParties(f.ana, "book.csv", book());
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(again.alerts()).isZero();
    assertThat(s.alerts(f.ana, Optional.empty(), Optional.empty(), 0)).hasSize(2);
    // on-demand screening of an unchanged party does not duplicate its open alert
    assertThat(s.screenParty(f.ana, "c1").alerts()).isZero();
  }

  /** Issue 14 item 4: the alert priority is stored with the alert; an alert without one reads back without. */
  @Test
  public void alertPriorityIsKeptWithTheAlert() {
    f.priorities.put("ofac-31455", 0.6125);
    s.importParties(f.ana, "book.csv", book());
    assertThat(alertOf("c1").priority()).isEqualTo(0.6125);
    assertThat(alertOf("c2").priority()).isNull();
    assertThat(s.alert(f.ana, alertOf("c1").id()).priority()).isEqualTo(0.6125);

    // the re-screening after a list change asks the screening for the priority of what it found
    f.priorities.put("ofac-77", 0.25);
    ListChange change = new ListChange("test_list", "test_list-2",
        List.of(CaseFixture.person("ofac-77", "Maria SCHMIDT", null)), Set.of());
    assertThat(s.onSnapshotActivated(Actor.SYSTEM, change).alerts()).isEqualTo(1);
    assertThat(alertOf("c3").priority()).isEqualTo(0.25);
  }

  /**
   * Issue 14 item 3: an alert on a party listed on two lists keeps every listing with the evidence;
   * a list change that adds a listing of the same party refreshes the undecided alert instead of
   * raising a second one; a decided alert keeps the listings it was decided on.
   */
  @Test
  public void alertListingsAreKeptAndRefreshedByTheRescreening() {
    io.cordon.index.Listing ofac = new io.cordon.index.Listing("ofac-31455", "us_ofac_sdn", List.of("RUSSIA-EO14024"), "", "31455");
    f.listings.put("ofac-31455", io.cordon.index.PartyListings.single(ofac));
    s.importParties(f.ana, "book.csv", book());
    Alert c1 = alertOf("c1");
    assertThat(c1.listings()).isEqualTo(io.cordon.index.PartyListings.single(ofac));
    assertThat(alertOf("c2").listings()).isNull();

    // the UN lists the same company: the re-screening finds c1 on the UN entry, grouped with the OFAC one
    io.cordon.index.Listing un = new io.cordon.index.Listing("unsc-9", "un_sc_sanctions", List.of("DPRK"), "2024-02-01", "KPe.099");
    io.cordon.index.PartyListings both = new io.cordon.index.PartyListings("ofac-31455", List.of(un, ofac),
        List.of("ofac-31455 = unsc-9: UN reference KPe.099 on both"));
    f.listings.put("unsc-9", both);
    f.listings.put("ofac-31455", both.representedBy("ofac-31455"));
    ListChange change = new ListChange("un_sc_sanctions", "un_sc_sanctions-1",
        List.of(CaseFixture.company("unsc-9", "Positive Technologies")), Set.of());
    CaseService.RescreenResult r = s.onSnapshotActivated(Actor.SYSTEM, change);
    assertThat(r.hits()).isEqualTo(1);
    assertThat(r.alerts()).as("the open alert takes the listing, no second alert").isZero();
    assertThat(s.alerts(f.ana, Optional.empty(), Optional.of("c1"), 0)).hasSize(1);
    Alert refreshed = s.alert(f.ana, c1.id());
    assertThat(refreshed.listings().listings()).extracting(io.cordon.index.Listing::entityId)
        .containsExactly("ofac-31455", "unsc-9");
    assertThat(refreshed.listings().listings().get(1).listingDate()).isEqualTo("2024-02-01");
    assertThat(refreshed.listings().evidence()).containsExactly("ofac-31455 = unsc-9: UN reference KPe.099 on both");
    assertThat(s.auditTail(f.admin, 100)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("alert-listings");
      assertThat(e.subject()).isEqualTo("alert:" + c1.id());
    });

    // a UN entry grouped with the OFAC one by its UN reference although no party's name matches it, then
    // its removal: the undecided alert follows both list changes
    io.cordon.index.Listing eu = new io.cordon.index.Listing("eu-55", "eu_fsf", List.of("PRK"), "2024-03-01", "KPe.099");
    io.cordon.index.PartyListings three = new io.cordon.index.PartyListings("eu-55", List.of(ofac, un, eu),
        List.of("ofac-31455 = unsc-9: UN reference KPe.099 on both", "eu-55 = unsc-9: UN reference KPe.099 on both"));
    f.listings.put("ofac-31455", three);
    ListChange euChange = new ListChange("eu_fsf", "eu_fsf-1", List.of(CaseFixture.company("eu-55", "PT JSC")), Set.of());
    CaseService.RescreenResult euRun = s.onSnapshotActivated(Actor.SYSTEM, euChange);
    assertThat(euRun.hits()).isZero();
    assertThat(s.alert(f.ana, c1.id()).listings()).isEqualTo(three);
    f.listings.put("ofac-31455", new io.cordon.index.PartyListings("ofac-31455", List.of(ofac, un), both.evidence()));
    s.onSnapshotActivated(Actor.SYSTEM, new ListChange("eu_fsf", "eu_fsf-2", List.of(), Set.of("eu-55")));
    assertThat(s.alert(f.ana, c1.id()).listings().listings()).extracting(io.cordon.index.Listing::entityId)
        .containsExactly("ofac-31455", "unsc-9");

    // decided: the alert keeps what it was decided on; a later change of the UN entry alerts on it anew
    s.decide(f.ana, c1.id(), Outcome.FALSE_POSITIVE, "other company, other INN");
    s.approve(f.bob, c1.id(), true, "");
    io.cordon.index.Listing unLater = new io.cordon.index.Listing("unsc-9", "un_sc_sanctions", List.of("DPRK", "IRAQ"),
        "2024-02-01", "KPe.099");
    f.listings.put("unsc-9", new io.cordon.index.PartyListings("ofac-31455", List.of(unLater, ofac), both.evidence()));
    f.listings.put("ofac-31455", f.listings.get("unsc-9").representedBy("ofac-31455"));
    ListChange later = new ListChange("un_sc_sanctions", "un_sc_sanctions-2",
        List.of(CaseFixture.company("unsc-9", "Positive Technologies", "PT AO")), Set.of());
    assertThat(s.onSnapshotActivated(Actor.SYSTEM, later).alerts()).isEqualTo(1);
    assertThat(s.alert(f.ana, c1.id()).listings()).isEqualTo(refreshed.listings());
    Alert onUn = s.alerts(f.ana, Optional.empty(), Optional.of("c1"), 0).get(0);
    assertThat(onUn.entityId()).isEqualTo("unsc-9");
    assertThat(onUn.listings().listings()).extracting(io.cordon.index.Listing::entityId)
        .containsExactly("unsc-9", "ofac-31455");
    assertThat(onUn.listings().listings().get(0).programs()).containsExactly("DPRK", "IRAQ");
  }

  @Test
  public void changedPartyIsScreenedAgain() {
    s.importParties(f.ana, "book.csv", book());
    CaseService.ImportResult r = s.importParties(f.ana, "book2.csv",
        List.of(CaseFixture.party("c3", "Company", "Acme Trading Ltd Limited")));
    assertThat(r.changed()).isEqualTo(1);
    assertThat(r.alerts()).isEqualTo(1);
    assertThat(s.party(f.ana, "c3").names()).containsExactly("Acme Trading Ltd Limited");
  }

  @Test
  public void fourEyes() {
    s.importParties(f.ana, "book.csv", book());
    long id = alertOf("c2").id();
    assertThatThrownBy(() -> s.decide(f.bob, id, Outcome.TRUE_MATCH, "same DOB"))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("analyst");
    assertThatThrownBy(() -> s.decide(f.ana, id, Outcome.TRUE_MATCH, " "))
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> s.decide(f.ana, 999, Outcome.TRUE_MATCH, "x"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> s.approve(f.bob, id, true, ""))
        .isInstanceOf(ConflictException.class);

    Decision d = s.decide(f.carol, id, Outcome.TRUE_MATCH, "same name and year of birth");
    assertThat(d.state()).isEqualTo(Decision.State.PENDING);
    assertThat(s.alert(f.ana, id).status()).isEqualTo(AlertStatus.PENDING_APPROVAL);
    assertThatThrownBy(() -> s.decide(f.ana, id, Outcome.FALSE_POSITIVE, "x"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> s.approve(f.carol, id, true, "")).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("own decision");
    assertThatThrownBy(() -> s.approve(f.ana, id, true, "")).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("approver");

    s.approve(f.bob, id, true, "agreed");
    assertThat(s.alert(f.ana, id).status()).isEqualTo(AlertStatus.CLOSED_TRUE_MATCH);
    CaseService.AlertHistory h = s.history(f.ana, id);
    assertThat(h.decisions()).extracting(Decision::state).containsExactly(Decision.State.CONFIRMED);
    assertThat(h.approvals()).extracting(Approval::approver).containsExactly("bob");
  }

  @Test
  public void rejectionReopensTheAlert() {
    s.importParties(f.ana, "book.csv", book());
    long id = alertOf("c1").id();
    s.decide(f.ana, id, Outcome.FALSE_POSITIVE, "different company");
    s.approve(f.bob, id, false, "check the INN first");
    assertThat(s.alert(f.ana, id).status()).isEqualTo(AlertStatus.OPEN);
    s.decide(f.ana, id, Outcome.NEEDS_INFORMATION, "asked the customer for the INN");
    s.approve(f.bob, id, true, "");
    assertThat(s.alert(f.ana, id).status()).isEqualTo(AlertStatus.NEEDS_INFORMATION);
    s.decide(f.ana, id, Outcome.TRUE_MATCH, "INN matches");
    assertThat(s.alert(f.ana, id).status()).isEqualTo(AlertStatus.PENDING_APPROVAL);
  }

  @Test
  public void confirmedFalsePositiveSuppressesUntilPartyOrEntryChanges() {
    s.importParties(f.ana, "book.csv", book());
    long id = alertOf("c1").id();
    s.decide(f.ana, id, Outcome.FALSE_POSITIVE, "our customer is a Dutch bakery");
    s.approve(f.bob, id, true, "");

    CaseService.ScreeningOutcome again = s.screenParty(f.ana, "c1");
    assertThat(again.alerts()).isZero();
    assertThat(again.suppressed()).isEqualTo(1);

    // the party's data changes: it alerts again, saying what changed
    s.importParties(f.ana, "book2.csv", List.of(new Party("c1", "Company", List.of("Positive Technologies"),
        List.of(), List.of("ru"), List.of(), null)));
    Alert re = s.alerts(f.ana, Optional.of(AlertStatus.OPEN), Optional.of("c1"), 0).get(0);
    assertThat(re.id()).isNotEqualTo(id);
    assertThat(re.changes()).contains("since alert " + id).contains("party countries: +ru");

    // clear it again, then the list entry changes: alerts again, naming the new alias
    s.decide(f.ana, re.id(), Outcome.FALSE_POSITIVE, "still the bakery");
    s.approve(f.bob, re.id(), true, "");
    f.list.set(0, CaseFixture.company("ofac-31455", "POSITIVE TECHNOLOGIES", "AO Pozitiv Teknolodzhiz", "PT Security"));
    f.snapshot = "test_list-2";
    CaseService.ScreeningOutcome third = s.screenParty(f.ana, "c1");
    assertThat(third.alerts()).isEqualTo(1);
    Alert last = s.alerts(f.ana, Optional.of(AlertStatus.OPEN), Optional.of("c1"), 0).get(0);
    assertThat(last.changes()).contains("list entry name: +PT Security");
    assertThat(last.snapshotIds()).containsExactly("test_list-2");
  }

  @Test
  public void rescreeningOnListChangeAlertsOnlyNewMatches() {
    f.list.clear(); // the book was screened against an older list without these entries
    f.list.add(CaseFixture.company("ofac-1", "Acme Trading Limited"));
    s.importParties(f.ana, "book.csv", List.of(
        CaseFixture.party("c1", "Company", "Positive Technologies"),
        CaseFixture.party("c2", "Person", "Kilimnik Konstantin", "1970"),
        CaseFixture.party("c3", "Person", "Maria Schmidt"),
        CaseFixture.party("c5", "Company", "Acme Trading Limited")));
    long c5 = alertOf("c5").id();
    s.decide(f.ana, c5, Outcome.FALSE_POSITIVE, "different Acme");
    s.approve(f.bob, c5, true, "");

    // the new snapshot adds two entries; ofac-1 is "changed" but not in screening-relevant data
    ListChange change = new ListChange("test_list", "test_list-2", List.of(
        CaseFixture.company("ofac-31455", "POSITIVE TECHNOLOGIES", "AO Pozitiv Teknolodzhiz"),
        CaseFixture.person("ofac-31291", "Konstantin KILIMNIK", "1970-04-27"),
        CaseFixture.company("ofac-1", "Acme Trading Limited")), Set.of());
    CaseService.RescreenResult r = s.onSnapshotActivated(Actor.SYSTEM, change);
    assertThat(r.entities()).isEqualTo(3);
    assertThat(r.alerts()).isEqualTo(2);
    assertThat(r.suppressed()).isEqualTo(1);
    assertThat(s.alerts(f.ana, Optional.of(AlertStatus.OPEN), Optional.empty(), 0))
        .extracting(Alert::partyId).containsExactlyInAnyOrder("c1", "c2");
    assertThat(alertOf("c1").snapshotIds()).containsExactly("test_list-2");

    // the same change again raises nothing
    assertThat(s.onSnapshotActivated(Actor.SYSTEM, change).alerts()).isZero();
    // parties imported after the index was built are in it
    s.importParties(f.ana, "more.csv", List.of(CaseFixture.party("c9", "Company", "Positive Technologies AO")));
    ListChange alias = new ListChange("test_list", "test_list-3", List.of(
        CaseFixture.company("ofac-31455", "POSITIVE TECHNOLOGIES", "POSITIVE TECHNOLOGIES AO")), Set.of());
    assertThat(s.onSnapshotActivated(Actor.SYSTEM, alias).alerts()).isEqualTo(2); // c1 (entry changed) and c9
  }

  @Test
  public void everyActionIsAuditedAndTheChainVerifies() throws Exception {
    s.importParties(f.ana, "book.csv", book());
    long id = alertOf("c2").id();
    s.decide(f.ana, id, Outcome.TRUE_MATCH, "same person");
    s.approve(f.bob, id, true, "");
    s.recordAudit(Actor.SYSTEM, "list-import", "snapshot:test_list-1", "entries=3");
    assertThat(f.access.login("ana", "wrong-password".toCharArray())).isEmpty();

    List<AuditEntry> tail = s.auditTail(f.admin, 100);
    assertThat(tail).extracting(AuditEntry::action)
        .contains("login", "login-failed", "user-create", "alert", "screening", "decision", "approval", "list-import");
    AuditReport ok = s.verifyAudit();
    assertThat(ok.intact()).isTrue();
    assertThat(ok.rows()).isEqualTo(tail.size());

    // edit the decision's reason by hand
    AuditEntry d = tail.stream().filter(e -> e.action().equals("decision")).findFirst().orElseThrow();
    editAuditDetail(d.seq(), d.detail().replace("true_match", "false_positive"));
    AuditReport edited = s.verifyAudit();
    assertThat(edited.intact()).isFalse();
    assertThat(edited.brokenSeq()).isEqualTo(d.seq());
    assertThat(edited.problem()).contains("edited");
  }

  @Test
  public void deletedRowsAreDetected() throws Exception {
    s.importParties(f.ana, "book.csv", book());
    deleteAudit(3);
    AuditReport r = s.verifyAudit();
    assertThat(r.intact()).isFalse();
    assertThat(r.brokenSeq()).isEqualTo(3);
    assertThat(r.problem()).contains("deleted");
  }

  @Test
  public void deletingTheNewestRowIsDetected() throws Exception {
    long n = s.verifyAudit().rows();
    deleteAudit(n);
    AuditReport tail = s.verifyAudit();
    assertThat(tail.intact()).isFalse();
    assertThat(tail.brokenSeq()).isEqualTo(n);
  }

  @Test
  public void usersAndRoles() {
    assertThat(f.access.bootstrapAdmin("again")).isEmpty();
    assertThatThrownBy(() -> f.access.createUser(f.ana, "eve", "password123".toCharArray(), Set.of(Role.ADMIN)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> f.access.createUser(f.admin, "ana", "password123".toCharArray(), Set.of(Role.ANALYST)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> f.access.createUser(f.admin, "dan", "short".toCharArray(), Set.of(Role.ANALYST)))
        .isInstanceOf(BadInputException.class);
    assertThat(f.access.login("ana", "analyst-pass".toCharArray())).map(Actor::roles).contains(Set.of(Role.ANALYST));
    assertThat(f.access.users(f.admin)).allSatisfy(u -> assertThat(u.passwordHash()).startsWith("pbkdf2-sha256$")
        .doesNotContain("analyst-pass"));
    assertThatThrownBy(() -> s.alerts(new Actor("nobody", Set.of()), Optional.empty(), Optional.empty(), 0))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> s.importParties(f.bob, "x.csv", book())).isInstanceOf(ForbiddenException.class);
  }

  /** Issue 13: an admin approved their own decision through an approver account they had just created. */
  @Test
  public void anAdminCannotApproveThroughAnAccountTheyCreated() {
    s.importParties(f.ana, "book.csv", book());
    long c2 = alertOf("c2").id();
    long c1 = alertOf("c1").id();
    // root is admin, analyst and approver; alone, it creates an approver account it controls
    f.access.createUser(f.admin, "sock", "sock-puppet1".toCharArray(), Set.of(Role.APPROVER));
    Actor sock = s.actor("sock");
    assertThat(sock.roles()).containsExactly(Role.APPROVER);
    s.decide(f.admin, c2, Outcome.FALSE_POSITIVE, "not them");
    assertThatThrownBy(() -> s.approve(sock, c2, true, "")).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("four eyes");
    // and the other way round: root may not approve a decision of an analyst it created
    s.decide(f.ana, c1, Outcome.FALSE_POSITIVE, "a bakery");
    assertThatThrownBy(() -> s.approve(f.admin, c1, true, "")).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("four eyes");
    // an approver with no such tie may
    s.approve(f.bob, c1, true, "agreed");
    assertThat(s.alert(f.ana, c1).status()).isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);
  }

  @Test
  public void grantingRolesNeedsASecondAdmin() {
    io.cordon.access.Access a = f.access;
    // while root is the only admin its grants apply at once (nobody else could approve them)
    a.createUser(f.admin, "dave", "dave-admin-1".toCharArray(), Set.of(Role.ADMIN));
    Actor dave = s.actor("dave");
    assertThat(dave.has(Role.ADMIN)).isTrue();
    // now there is a second admin: a new approver waits for them
    User eve = a.createUser(f.admin, "eve", "eve-approver1".toCharArray(), Set.of(Role.APPROVER, Role.ANALYST));
    assertThat(eve.roles()).containsExactly(Role.ANALYST);
    assertThat(eve.pendingRoles()).containsExactly(Role.APPROVER);
    assertThat(s.actor("eve").has(Role.APPROVER)).isFalse();
    assertThatThrownBy(() -> a.approveRoles(f.admin, "eve")).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("another admin");
    assertThat(a.approveRoles(dave, "eve").roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.APPROVER);
    // role changes: additions wait, removals apply at once
    User anaNow = a.setRoles(f.admin, "ana", Set.of(Role.APPROVER));
    assertThat(anaNow.roles()).isEmpty();
    assertThat(anaNow.pendingRoles()).containsExactly(Role.APPROVER);
    assertThatThrownBy(() -> a.approveRoles(f.ana, "ana")).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.createUser(dave, "x1", "password-x1".toCharArray(), Set.of())).isInstanceOf(BadInputException.class);
    List<String> actions = new java.util.ArrayList<>();
    s.auditTail(f.admin, 100).forEach(e -> actions.add(e.action()));
    assertThat(actions).contains("user-create", "user-roles", "user-roles-approve");
  }

  @Test
  public void disablePasswordResetAndRoleChangesEndSessions() {
    io.cordon.access.Access a = f.access;
    io.cordon.access.Access.Login login = a.login("ana", "analyst-pass".toCharArray(), "10.0.0.1");
    assertThat(login).isInstanceOf(io.cordon.access.Access.Login.Ok.class);
    long epoch = ((io.cordon.access.Access.Login.Ok) login).epoch();
    assertThat(a.session("ana", epoch)).isPresent();
    a.resetPassword(f.admin, "ana", "new-analyst-pass".toCharArray());
    assertThat(a.session("ana", epoch)).isEmpty();
    assertThat(a.login("ana", "analyst-pass".toCharArray())).isEmpty();
    assertThat(a.login("ana", "new-analyst-pass".toCharArray())).isPresent();
    a.changePassword("ana", "new-analyst-pass".toCharArray(), "third-pass-1".toCharArray());
    assertThatThrownBy(() -> a.changePassword("ana", "wrong-pass-1".toCharArray(), "x-pass-123".toCharArray()))
        .isInstanceOf(ForbiddenException.class);
    long e2 = ((io.cordon.access.Access.Login.Ok) a.login("ana", "third-pass-1".toCharArray(), "x")).epoch();
    a.setDisabled(f.admin, "ana", true);
    assertThat(a.session("ana", e2)).isEmpty();
    assertThat(a.login("ana", "third-pass-1".toCharArray())).isEmpty();
    assertThatThrownBy(() -> s.actor("ana")).isInstanceOf(ForbiddenException.class);
    a.setDisabled(f.admin, "ana", false);
    assertThat(s.actor("ana").has(Role.ANALYST)).isTrue();
    // the last active admin stays
    assertThatThrownBy(() -> a.setDisabled(f.admin, "root", true)).isInstanceOf(ConflictException.class);
    List<String> actions = new java.util.ArrayList<>();
    s.auditTail(f.admin, 100).forEach(e -> actions.add(e.action()));
    assertThat(actions).contains("user-password-reset", "user-password-change", "user-disable", "user-enable");
  }

  // ---------------------------------------------------------------- payment messages (MessageQueue)

  static final String MT103 = "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\r\n:20:REF-1\r\n"
      + ":32A:240510USD1000,\r\n:50K:/DE89370400440532013000\r\nHANS MUELLER\r\n:59F:/123456\r\n"
      + "1/AO POZITIV TEKNOLODZHIZ\r\n2/1 LENINA\r\n3/RU/MOSCOW\r\n:70:PAYMENT FOR REPAIRS OF\r\n"
      + "ARK III SPARE PARTS\r\n-}";

  /** A decision as the payment screener gives it: the beneficiary name and a mention in field 70 hit. */
  static io.cordon.screening.payment.MessageDecision held(String raw, String beneficiary) {
    var name = new io.cordon.screening.payment.Element(io.cordon.screening.payment.MessageRole.BENEFICIARY_CUSTOMER,
        io.cordon.screening.payment.Element.Kind.NAME, "59F", "59F line 1", beneficiary);
    var text = new io.cordon.screening.payment.Element(io.cordon.screening.payment.MessageRole.TEXT,
        io.cordon.screening.payment.Element.Kind.TEXT, "70", "70", "PAYMENT FOR REPAIRS OF\nARK III SPARE PARTS");
    var msg = new io.cordon.screening.payment.PaymentMessage("MT103", "REF-1", new java.math.BigDecimal("1000"), "USD",
        java.time.LocalDate.parse("2024-05-10"), List.of(name, text));
    var vessel = Entity.builder("ofac-9", "Vessel").add("name", "ARK III").dataset("test_list").build();
    List<io.cordon.screening.payment.MessageHit> hits = new java.util.ArrayList<>();
    hits.add(new io.cordon.screening.payment.MessageHit(name, CaseFixture.company("ofac-31455", "POSITIVE TECHNOLOGIES"), 0.93,
        io.cordon.screening.payment.MessageHit.Kind.NAME, "matches POSITIVE TECHNOLOGIES", null, -1, -1));
    int at = text.value().indexOf("ARK III");
    hits.add(new io.cordon.screening.payment.MessageHit(text, vessel, 1.0, io.cordon.screening.payment.MessageHit.Kind.VESSEL,
        "'ARK III' matches vessel ARK III", null, at, at + 7));
    return new io.cordon.screening.payment.MessageDecision(0, msg, true, hits, List.of("held"), null, "us",
        Set.of("test_list-1"));
  }

  static io.cordon.screening.payment.ReadMessage read(String raw) {
    return io.cordon.screening.payment.ReadMessage.failed(0, "unused").withRaw(raw);
  }

  @Test
  public void heldMessageIsStoredWithItsHitsInPlaceAndRaisesAlerts() {
    MessageQueue q = new MessageQueue(f.store, java.time.Clock.systemUTC());
    MessageQueue.Queued r = q.queue(Actor.SYSTEM, "t.fin", read(MT103), held(MT103, "AO POZITIV TEKNOLODZHIZ"));
    assertThat(r.hold()).isTrue();
    assertThat(r.alertIds()).hasSize(2);
    MessageCase m = q.message(f.ana, r.messageId());
    assertThat(m.raw()).isEqualTo(MT103);
    assertThat(m.type()).isEqualTo("MT103");
    assertThat(m.reference()).isEqualTo("REF-1");
    assertThat(m.decision()).isEqualTo("hold");
    assertThat(m.hits()).hasSize(2);
    QueuedHit name = m.hits().get(0);
    assertThat(MT103.substring(name.start(), name.end())).isEqualTo("AO POZITIV TEKNOLODZHIZ");
    assertThat(name.path()).isEqualTo("59F line 1");
    assertThat(name.entityId()).isEqualTo("ofac-31455");
    QueuedHit vessel = m.hits().get(1);
    assertThat(vessel.matched()).isEqualTo("ARK III");
    assertThat(MT103.substring(vessel.start(), vessel.end())).isEqualTo("ARK III");
    // the alerts are ordinary alerts of the queue, linked to the message
    Alert a = s.alert(f.ana, name.alertId());
    assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(a.entityId()).isEqualTo("ofac-31455");
    assertThat(a.party().names()).containsExactly("AO POZITIV TEKNOLODZHIZ");
    assertThat(q.ofAlert(f.ana, a.id())).map(MessageCase::id).contains(r.messageId());
    assertThat(q.messageIds(f.ana, List.of(a.id(), 999L))).containsOnlyKeys(a.id());
    assertThat(q.status(f.ana, m)).isEqualTo("held");
    assertThat(s.verifyAudit().intact()).isTrue();
    assertThat(s.auditTail(f.admin, 10)).extracting(AuditEntry::action).contains("message", "alert");
    // a passing message is not stored
    var pass = new io.cordon.screening.payment.MessageDecision(0, held(MT103, "X").message(), false, List.of(),
        List.of(), null, "us", Set.of());
    assertThat(q.queue(Actor.SYSTEM, "t.fin", read(MT103), pass).messageId()).isZero();
    assertThat(q.messages(f.ana, 0)).hasSize(1);
  }

  @Test
  public void clearedHitDoesNotHoldTheNextIdenticalMessageButBlocksNothingElse() {
    MessageQueue q = new MessageQueue(f.store, java.time.Clock.systemUTC());
    MessageQueue.Queued first = q.queue(Actor.SYSTEM, "a.fin", read(MT103), held(MT103, "AO POZITIV TEKNOLODZHIZ"));
    for (long id : first.alertIds()) {
      s.decide(f.ana, id, Outcome.FALSE_POSITIVE, "our supplier, not the listed company");
      assertThat(q.status(f.ana, q.message(f.ana, first.messageId()))).isEqualTo("held");
      s.approve(f.bob, id, true, "agreed");
    }
    assertThat(q.status(f.ana, q.message(f.ana, first.messageId()))).isEqualTo("released");

    MessageQueue.Queued again = q.queue(Actor.SYSTEM, "b.fin", read(MT103), held(MT103, "ao  pozitiv teknolodzhiz"));
    assertThat(again.hold()).isFalse();
    assertThat(again.alertIds()).isEmpty();
    assertThat(again.cleared()).isEqualTo(2);
    MessageCase m = q.message(f.ana, again.messageId());
    assertThat(m.decision()).isEqualTo("pass");
    assertThat(m.hits()).extracting(QueuedHit::clearedBy).containsExactlyElementsOf(first.alertIds());
    assertThat(q.status(f.ana, m)).isEqualTo("passed");

    // another beneficiary name is not covered: held again, with an alert for it alone
    MessageQueue.Queued other = q.queue(Actor.SYSTEM, "c.fin", read(MT103), held(MT103, "POSITIVE TECHNOLOGIES AO"));
    assertThat(other.hold()).isTrue();
    assertThat(other.alertIds()).hasSize(1);
    assertThat(other.cleared()).isEqualTo(1);
    // a true match blocks the message
    s.decide(f.ana, other.alertIds().get(0), Outcome.TRUE_MATCH, "the listed company");
    s.approve(f.bob, other.alertIds().get(0), true, "");
    assertThat(q.status(f.ana, q.message(f.ana, other.messageId()))).isEqualTo("blocked");
    assertThat(s.verifyAudit().intact()).isTrue();
  }

  @Test
  public void unreadableMessageIsQueuedWithItsErrorAndNeverCleared() {
    MessageQueue q = new MessageQueue(f.store, java.time.Clock.systemUTC());
    String raw = "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}";
    var failed = io.cordon.screening.payment.ReadMessage.failed(0, "message 1: block 4 (text) missing").withRaw(raw);
    var d = new io.cordon.screening.payment.MessageDecision(0, null, true, List.of(), List.of("cannot be read"),
        failed.error(), "us", Set.of());
    MessageQueue.Queued r = q.queue(Actor.SYSTEM, "bad.fin", failed, d);
    assertThat(r.hold()).isTrue();
    assertThat(r.alertIds()).hasSize(1);
    MessageCase m = q.message(f.ana, r.messageId());
    assertThat(m.error()).isEqualTo("message 1: block 4 (text) missing");
    assertThat(m.type()).isNull();
    assertThat(m.raw()).isEqualTo(raw);
    assertThat(m.hits()).extracting(QueuedHit::kind).containsExactly("unreadable");
    long id = r.alertIds().get(0);
    s.decide(f.ana, id, Outcome.FALSE_POSITIVE, "resent by the bank");
    s.approve(f.bob, id, true, "");
    assertThat(q.queue(Actor.SYSTEM, "bad.fin", failed, d).hold()).isTrue();
    assertThatThrownBy(() -> q.queue(f.bob, "x", failed, d)).isInstanceOf(ForbiddenException.class);
  }

  protected Alert alertOf(String partyId) {
    return s.alerts(f.ana, Optional.empty(), Optional.of(partyId), 0).get(0);
  }
}
