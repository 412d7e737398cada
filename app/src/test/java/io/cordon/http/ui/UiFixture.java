package io.cordon.http.ui;

import io.cordon.testing.TestClock;

import io.cordon.access.InMemoryApiKeys;
import io.cordon.cases.Actor;
import io.cordon.cases.Alert;
import io.cordon.cases.CaseService;
import io.cordon.cases.Hit;
import io.cordon.cases.MemoryCaseStore;
import io.cordon.cases.Party;
import io.cordon.cases.PartyScreening;
import io.cordon.access.Access;
import io.cordon.access.Passwords;
import io.cordon.cases.Role;
import io.cordon.catalog.InMemoryCatalog;
import io.cordon.catalog.Snapshot;
import io.cordon.http.CordonServer;
import io.cordon.http.ServerConfig;
import io.cordon.index.IndexHolder;
import io.cordon.index.IndexInput;
import io.cordon.index.PlainKeys;
import io.cordon.match.Scorers;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.model.Entity;
import io.cordon.screening.IndexSource;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A real server on a free port with the UI, an in-memory case store, a two-version list catalog and
 * a Lucene index over the active version (test name keys from core's test jar, the engine's standard scorer). Users:
 * admin, analyst1 (analyst), approver1 (approver), senior1 (analyst and approver). Parties that hit:
 * a Positive Technologies look-alike, Konstantin Kilimnik, and one named {@code <script>alert(1)</script>}.
 */
final class UiFixture implements AutoCloseable {
  static final String PASSWORD = "correct-horse-1";
  /** A small body limit, so the oversized-upload test stays small. */
  static final long MAX_BODY = 256 * 1024;

  static final Entity PT = Entity.builder("ofac-31455", "Company")
      .add("name", "POSITIVE TECHNOLOGIES").add("alias", "AO Pozitiv Teknolodzhiz").add("country", "ru")
      .add("topics", "sanction").dataset("us_ofac_sdn").build();
  static final Entity PT_SANCTION = Entity.builder("ofac-31455-sanction", "Sanction")
      .add("entity", "ofac-31455").add("program", "RUSSIA-EO14024").add("authority", "OFAC").dataset("us_ofac_sdn").build();
  static final Entity KILIMNIK_OLD = Entity.builder("ofac-31291", "Person")
      .add("name", "KILIMNIK, Konstantin").add("topics", "sanction").dataset("us_ofac_sdn").build();
  static final Entity KILIMNIK = Entity.builder("ofac-31291", "Person")
      .add("name", "KILIMNIK, Konstantin").add("birthDate", "1970-04-27").add("topics", "sanction")
      .dataset("us_ofac_sdn").build();
  static final Entity SCRIPTY = Entity.builder("test-666", "Company")
      .add("name", "Script Alert 1").add("alias", "<script>alert(1)</script>").add("alias", "<img src=x onerror=alert(2)>").dataset("us_ofac_sdn").build();
  static final Entity GONE = Entity.builder("ofac-1000", "Company")
      .add("name", "DELISTED TRADING LLC").dataset("us_ofac_sdn").build();

  /**
   * A made-up UN listing of the same company (the UN does not list it): two of the same names, so the
   * index groups it with the OFAC entry and the alert on C-1001 carries both listings.
   */
  static final Entity PT_UN = Entity.builder("unsc-6999001", "Company")
      .add("name", "POSITIVE TECHNOLOGIES").add("alias", "AO Pozitiv Teknolodzhiz").add("topics", "sanction")
      .dataset("un_sc_sanctions").build();
  static final Entity PT_UN_SANCTION = Entity.builder("unsc-6999001-sanction", "Sanction")
      .add("entity", "unsc-6999001").add("program", "TEST REGIME").add("listingDate", "2021-05-01")
      .add("authorityId", "XXe.001").add("authority", "United Nations Security Council").dataset("un_sc_sanctions").build();
  static final Snapshot UN = new Snapshot("un_sc_sanctions-v1", "un_sc_sanctions", "un-sc-xml", "c".repeat(64),
      Optional.of(LocalDate.parse("2021-05-01")), Instant.parse("2026-01-01T09:30:00Z"), 1, 2);

  static final Snapshot V1 = new Snapshot("us_ofac_sdn-v1", "us_ofac_sdn", "ofac-sdn-csv", "a".repeat(64),
      Optional.of(LocalDate.parse("2021-03-02")), Instant.parse("2026-01-01T08:00:00Z"), 2, 2);
  static final Snapshot V2 = new Snapshot("us_ofac_sdn-v2", "us_ofac_sdn", "ofac-sdn-csv", "b".repeat(64),
      Optional.of(LocalDate.parse("2021-04-15")), Instant.parse("2026-01-01T09:00:00Z"), 3, 4);

  final TestClock clock = new TestClock(Instant.parse("2026-01-05T10:00:00Z"));
  final MemoryCaseStore store = new MemoryCaseStore();
  final io.cordon.cases.MessageQueue messages = new io.cordon.cases.MessageQueue(store, clock);
  final InMemoryCatalog catalog = new InMemoryCatalog();
  final Screener screener;
  final CaseService cases;
  final Access access;
  final Actor admin;
  final UiRoutes ui;
  final CordonServer server;

  UiFixture() {
    catalog.commit(V1, List.of(KILIMNIK_OLD, GONE));
    catalog.commit(V2, List.of(PT, PT_SANCTION, KILIMNIK, SCRIPTY));
    catalog.commit(UN, List.of(PT_UN, PT_UN_SANCTION));
    IndexHolder holder = new IndexHolder(LuceneIndexes.inMemory(
        List.of(new IndexInput(V2.id(), V2.source(), catalog.entities(V2.id())),
            new IndexInput(UN.id(), UN.source(), catalog.entities(UN.id()))), new PlainKeys()));
    screener = new Screener(IndexSource.of(holder), Scorers.standard(), clock, Screener.Settings.DEFAULTS);
    PartyScreening screening = p -> screener.screen(ScreeningQuery.of(p.toQuery()).withLimit(10)).results().stream()
        .map(r -> new Hit(r.entity(), r.score(), r.explanations(), List.of(r.snapshotId()), r.priority(), r.listings()))
        .toList();
    cases = new CaseService(store, screening, Scorers.standard(), clock, 0.7);
    access = new Access(store, clock, new Passwords(new SecureRandom(), 1000));
    String pw = access.bootstrapAdmin("admin").orElseThrow();
    admin = access.login("admin", pw.toCharArray()).orElseThrow();
    // while "admin" is the only admin its grants apply at once; admin2 comes last
    access.createUser(admin, "analyst1", PASSWORD.toCharArray(), Set.of(Role.ANALYST));
    access.createUser(admin, "approver1", PASSWORD.toCharArray(), Set.of(Role.APPROVER));
    access.createUser(admin, "senior1", PASSWORD.toCharArray(), EnumSet.of(Role.ANALYST, Role.APPROVER));
    access.createUser(admin, "admin2", PASSWORD.toCharArray(), EnumSet.allOf(Role.class));
    cases.importParties(admin, "customers.csv", List.of(
        new Party("C-1001", "Company", List.of("Positive Technologies AO"), List.of(), List.of("ru"), List.of(), null),
        new Party("C-1002", "Person", List.of("Konstantin Kilimnik"), List.of("1970-04-27"), List.of(), List.of(), null),
        new Party("C-1003", "Company", List.of("<script>alert(1)</script>"), List.of(), List.of(), List.of(), null),
        new Party("C-1004", "Person", List.of("Maria Ivanova"), List.of(), List.of(), List.of(), null)));
    clock.advance(Duration.ofHours(3));
    ui = new UiRoutes(cases, access, screener, catalog, clock, Duration.ofMinutes(30), MAX_BODY, messages);
    server = CordonServer.start(new ServerConfig("127.0.0.1", 0, MAX_BODY, 100, true), new InMemoryApiKeys(Clock.systemUTC()),
        CordonServer.routes(ui));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * Screens a payment message with the real reader and payment screener (policy us) against the
   * fixture's list, and queues it as the server would.
   */
  io.cordon.cases.MessageQueue.Queued holdMessage(String raw) {
    var ps = io.cordon.screening.payment.PaymentScreening.build(catalog, screener,
        io.cordon.rules.policy.PolicyBook.bundled().get("us"), new io.cordon.rules.RuleLoader().loadBundled(),
        io.cordon.screening.payment.Embargoes.bundled(), null, clock);
    var read = io.cordon.screening.payment.prowide.ProwideReader.create()
        .read(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)).get(0);
    var decision = ps.messages().screen(read, Optional.empty());
    return messages.queue(Actor.SYSTEM, "ui-test.fin", read, decision);
  }

  /** The alert raised for a party. */
  Alert alertFor(String partyId) {
    List<Alert> as = cases.alerts(admin, Optional.empty(), Optional.of(partyId), 0);
    if (as.size() != 1) {
      throw new AssertionError("expected one alert for " + partyId + ", got " + as.size());
    }
    return as.get(0);
  }

  @Override
  public void close() {
    server.close();
  }
}
