package io.cordon.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI's security over plain HTTP: sessions, CSRF, escaping, roles, headers. */
class UiHttpTest {
  static UiFixture fx;

  @BeforeAll
  static void start() {
    fx = new UiFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  WebClient client() {
    return new WebClient(fx.base());
  }

  WebClient loggedIn(String user) throws Exception {
    WebClient c = client();
    WebClient.Page r = c.login(user, UiFixture.PASSWORD);
    assertThat(r.status()).as("login of %s", user).isEqualTo(303);
    return c;
  }

  @Test
  void pagesNeedALoginAndTheSessionCookieIsHttpOnlyAndStrict() throws Exception {
    WebClient c = client();
    WebClient.Page anon = c.get("/ui/alerts?status=all");
    assertThat(anon.status()).isEqualTo(303);
    assertThat(anon.header("Location")).isEqualTo("/ui/login?next=%2Fui%2Falerts%3Fstatus%3Dall");
    assertThat(c.get("/").header("Location")).isEqualTo("/ui/alerts");

    WebClient.Page form = c.get("/ui/login?next=%2Fui%2Falerts%3Fstatus%3Dall");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.header("Set-Cookie")).startsWith(UiRoutes.LOGIN_COOKIE + "=").contains("HttpOnly", "SameSite=Strict");
    WebClient.Page in = c.post("/ui/login", Map.of("username", "analyst1", "password", UiFixture.PASSWORD,
        "csrf", form.csrf(), "next", "/ui/alerts?status=all"));
    assertThat(in.status()).isEqualTo(303);
    assertThat(in.header("Location")).isEqualTo("/ui/alerts?status=all");
    String session = in.all("Set-Cookie").stream().filter(s -> s.startsWith(UiRoutes.COOKIE + "=")).findFirst().orElseThrow();
    assertThat(session).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Max-Age");
    assertThat(c.cookies.get(UiRoutes.COOKIE)).hasSizeGreaterThanOrEqualTo(43);
    assertThat(session).doesNotContain("Secure");
    assertThat(client().get("/ui/login", Map.of("X-Forwarded-Proto", "https")).header("Set-Cookie"))
        .as("behind a TLS proxy").contains("; Secure");

    WebClient.Page queue = c.get("/ui/alerts?status=all");
    assertThat(queue.status()).isEqualTo(200);
    assertThat(queue.header("Content-Type")).startsWith("text/html");
    assertThat(queue.body()).contains("Alert queue", "analyst1", "Positive Technologies AO");

    String token = c.cookies.get(UiRoutes.COOKIE);
    WebClient.Page out = c.post("/ui/logout", Map.of("csrf", queue.csrf()));
    assertThat(out.status()).isEqualTo(303);
    assertThat(out.header("Location")).isEqualTo("/ui/login?bye=1");
    WebClient replay = client();
    replay.cookies.put(UiRoutes.COOKIE, token);
    assertThat(replay.get("/ui/alerts").status()).as("the old session token after logout").isEqualTo(303);
  }

  @Test
  void loginRefusesWrongPasswordsAndFormsWithoutTheirToken() throws Exception {
    WebClient c = client();
    WebClient.Page form = c.get("/ui/login");
    WebClient.Page wrong = c.post("/ui/login", Map.of("username", "analyst1", "password", "nope", "csrf", form.csrf()));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).contains("Wrong user name or password").contains("value=\"analyst1\"");

    WebClient other = client();
    WebClient.Page noToken = other.post("/ui/login", Map.of("username", "analyst1", "password", UiFixture.PASSWORD));
    assertThat(noToken.status()).isEqualTo(403);
    assertThat(other.cookies).doesNotContainKey(UiRoutes.COOKIE);
  }

  @Test
  void repeatedWrongPasswordsLockTheNameForAWhile() throws Exception {
    WebClient c = client();
    for (int i = 0; i < 5; i++) {
      assertThat(c.login("approver1", "guess-" + i).status()).isEqualTo(401);
    }
    WebClient.Page locked = c.login("approver1", UiFixture.PASSWORD);
    assertThat(locked.status()).as("even the right password while throttled").isEqualTo(429);
    assertThat(locked.body()).contains("Too many wrong passwords", "second(s)");
    assertThat(client().login("analyst1", UiFixture.PASSWORD).status()).as("other names are not affected").isEqualTo(303);
    // back-off, not lock-out: the wait is seconds, capped at 30 s however many guesses came before
    fx.clock.advance(Duration.ofSeconds(31));
    assertThat(c.login("approver1", UiFixture.PASSWORD).status()).isEqualTo(303);
  }

  @Test
  void postsWithoutTheCsrfTokenOrFromAnotherOriginAreRefused() throws Exception {
    WebClient c = loggedIn("analyst1");
    Alert target = fx.alertFor("C-1002");
    String path = "/ui/alerts/" + target.id() + "/decide";
    WebClient.Page none = c.post(path, Map.of("outcome", "false_positive", "reason", "forged"));
    assertThat(none.status()).isEqualTo(403);
    assertThat(none.body()).contains("CSRF");
    WebClient.Page wrong = c.post(path, Map.of("outcome", "false_positive", "reason", "forged", "csrf", "x".repeat(43)));
    assertThat(wrong.status()).isEqualTo(403);
    String csrf = c.get("/ui/alerts/" + target.id()).csrf();
    WebClient.Page evil = c.post(path, Map.of("outcome", "false_positive", "reason", "forged", "csrf", csrf),
        Map.of("Origin", "https://evil.example"));
    assertThat(evil.status()).isEqualTo(403);
    WebClient stranger = loggedIn("approver1");
    WebClient.Page foreignToken = stranger.post(path, Map.of("outcome", "false_positive", "reason", "forged", "csrf", csrf));
    assertThat(foreignToken.status()).as("another session's token").isEqualTo(403);
    assertThat(fx.cases.alert(fx.admin, target.id()).status()).isEqualTo(AlertStatus.OPEN);
    assertThat(fx.cases.history(fx.admin, target.id()).decisions()).isEmpty();
  }

  /** Issue 14 item 3: an alert on a party listed by OFAC and the UN shows both listings and why they are one. */
  @Test
  void alertPageShowsEveryListingOfTheParty() throws Exception {
    WebClient c = loggedIn("analyst1");
    Alert a = fx.alertFor("C-1001");
    assertThat(a.entityId()).isEqualTo("ofac-31455");
    String page = c.get("/ui/alerts/" + a.id()).body();
    String listings = page.substring(page.indexOf("id=\"listings\""), page.indexOf("id=\"history\""));
    assertThat(listings).contains("us_ofac_sdn", "ofac-31455", "RUSSIA-EO14024", "this alert",
        "un_sc_sanctions", "unsc-6999001", "TEST REGIME", "2021-05-01", "XXe.001",
        "Why these are one party", "ofac-31455 = unsc-6999001: same names");
    assertThat(listings.indexOf("ofac-31455")).as("the alert's own listing first").isLessThan(listings.indexOf("unsc-6999001"));
    // an alert on a party listed once says so
    String single = c.get("/ui/alerts/" + fx.alertFor("C-1002").id()).body();
    assertThat(single.substring(single.indexOf("id=\"listings\""))).contains("ofac-31291", "Listed once");
  }

  @Test
  void listAndUserDataIsEscaped() throws Exception {
    WebClient c = loggedIn("analyst1");
    String queue = c.get("/ui/alerts?status=all").body();
    assertThat(queue).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    Alert a = fx.alertFor("C-1003");
    String page = c.get("/ui/alerts/" + a.id()).body();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=")
        .doesNotContain("<script>", "<img");
    String reflected = c.get("/ui/alerts?q=%22%3E%3Cscript%3Ealert(3)%3C/script%3E&status=all").body();
    // the quote that would close the attribute is escaped (jte writes &#34; and &lt; in attributes), the tag is text
    assertThat(reflected).contains("value=\"&#34;>&lt;script>alert(3)").doesNotContain("<script>");
    String party = c.get("/ui/party?id=C-1003").body();
    assertThat(party).contains("&lt;script&gt;").doesNotContain("<script>");
    String screen = c.get("/ui/screen?name=%3Cscript%3Ealert(4)%3C%2Fscript%3E").body();
    assertThat(screen).contains("&lt;script&gt;alert(4)").doesNotContain("<script>");
  }

  @Test
  void nobodyApprovesTheirOwnDecisionEvenWithAForgedPost() throws Exception {
    WebClient senior = loggedIn("senior1");
    Alert a = fx.alertFor("C-1001");
    String csrf = senior.get("/ui/alerts/" + a.id()).csrf();
    WebClient.Page decided = senior.post("/ui/alerts/" + a.id() + "/decide",
        Map.of("outcome", "true_match", "reason", "same company, same country", "csrf", csrf));
    assertThat(decided.status()).isEqualTo(303);
    String page = senior.get("/ui/alerts/" + a.id()).body();
    assertThat(page).contains("Pending approval", "You made this decision").doesNotContain("id=\"approve\"");

    WebClient.Page forged = senior.post("/ui/alerts/" + a.id() + "/approve", Map.of("verdict", "confirm", "csrf", csrf));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("may not approve their own decision");
    WebClient analyst = loggedIn("analyst1");
    WebClient.Page noRole = analyst.post("/ui/alerts/" + a.id() + "/approve",
        Map.of("verdict", "confirm", "csrf", analyst.get("/ui/alerts").csrf()));
    assertThat(noRole.status()).isEqualTo(403);
    assertThat(noRole.body()).contains("needs the approver role");
    assertThat(fx.cases.alert(fx.admin, a.id()).status()).isEqualTo(AlertStatus.PENDING_APPROVAL);

    WebClient approver = loggedIn("approver1");
    String approverPage = approver.get("/ui/alerts/" + a.id()).body();
    assertThat(approverPage).contains("id=\"approve\"", "id=\"reject\"");
    WebClient.Page rejected = approver.post("/ui/alerts/" + a.id() + "/approve",
        Map.of("verdict", "reject", "comment", "check the registration number first", "csrf", approver.get("/ui/alerts").csrf()));
    assertThat(rejected.status()).isEqualTo(303);
    assertThat(fx.cases.alert(fx.admin, a.id()).status()).as("a rejection reopens the alert").isEqualTo(AlertStatus.OPEN);
    assertThat(approver.get("/ui/alerts/" + a.id()).body()).contains("Rejected", "check the registration number first");
  }

  @Test
  void aDecisionWithoutReasonIsShownAgainWithTheProblem() throws Exception {
    WebClient c = loggedIn("analyst1");
    Alert a = fx.alertFor("C-1003");
    String csrf = c.get("/ui/alerts/" + a.id()).csrf();
    WebClient.Page r = c.post("/ui/alerts/" + a.id() + "/decide", Map.of("outcome", "false_positive", "reason", "  ", "csrf", csrf));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("a decision needs a reason", "id=\"decide-form\"");
    assertThat(fx.cases.alert(fx.admin, a.id()).status()).isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void sessionsExpireAfterTheIdleTimeout() throws Exception {
    WebClient c = loggedIn("analyst1");
    assertThat(c.get("/ui/alerts").status()).isEqualTo(200);
    fx.clock.advance(Duration.ofMinutes(29));
    assertThat(c.get("/ui/alerts").status()).as("used again within 30 minutes").isEqualTo(200);
    fx.clock.advance(Duration.ofMinutes(31));
    WebClient.Page expired = c.get("/ui/alerts");
    assertThat(expired.status()).isEqualTo(303);
    assertThat(expired.header("Location")).startsWith("/ui/login");
  }

  @Test
  void noOpenRedirectAfterLogin() throws Exception {
    WebClient c = client();
    WebClient.Page form = c.get("/ui/login");
    WebClient.Page in = c.post("/ui/login", Map.of("username", "analyst1", "password", UiFixture.PASSWORD,
        "csrf", form.csrf(), "next", "//evil.example/ui/x"));
    assertThat(in.header("Location")).isEqualTo("/ui/alerts");
    assertThat(UiRoutes.safeNext("https://evil.example")).isEqualTo("/ui/alerts");
    assertThat(UiRoutes.safeNext("/ui/alerts/3")).isEqualTo("/ui/alerts/3");
  }

  @Test
  void headersStylesheetErrorsAndTheAuditPageForAdminsOnly() throws Exception {
    WebClient c = loggedIn("analyst1");
    WebClient.Page q = c.get("/ui/alerts");
    assertThat(q.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
    assertThat(q.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(q.header("Cache-Control")).isEqualTo("no-store");
    WebClient.Page css = client().get("/static/cordon.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.header("Content-Type")).startsWith("text/css");
    assertThat(css.body()).contains(".topbar");

    WebClient.Page bad = c.get("/ui/alerts?min_score=abc");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("min_score must be a number between 0 and 1");
    assertThat(c.get("/ui/alerts/99999").status()).isEqualTo(404);
    assertThat(c.get("/ui/nowhere").body()).contains("There is no page at /ui/nowhere");

    WebClient.Page denied = c.get("/ui/audit");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(q.body()).doesNotContain("href=\"/ui/audit\"");
    WebClient admin = loggedIn("admin2");
    WebClient.Page audit = admin.get("/ui/audit");
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.body()).contains("Chain intact", "login", "analyst1");
  }

  @Test
  void adminsAddUsersWhoCanThenLogIn() throws Exception {
    assertThat(loggedIn("analyst1").get("/ui/users").status()).isEqualTo(403);
    WebClient admin = loggedIn("admin2");
    WebClient.Page page = admin.get("/ui/users");
    assertThat(page.body()).contains("analyst1", "approver1", "href=\"/ui/users\"");
    String csrf = page.csrf();
    WebClient.Page weak = admin.post("/ui/users", Map.of("name", "reviewer9", "password", "short", "role", "approver", "csrf", csrf));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.body()).contains("at least 10 characters", "value=\"reviewer9\"");
    WebClient.Page dup = admin.post("/ui/users", Map.of("name", "analyst1", "password", "long-enough-1", "role", "analyst",
        "csrf", csrf));
    assertThat(dup.status()).isEqualTo(409);
    WebClient.Page ok = admin.post("/ui/users", Map.of("name", "reviewer9", "password", "long-enough-1", "role", "approver",
        "csrf", csrf));
    assertThat(ok.status()).isEqualTo(303);
    // issue 13: a new approver waits for a second admin; the admin who asked cannot approve it
    WebClient.Page listed = admin.get("/ui/users");
    assertThat(listed.body()).contains("pending: approver (asked by admin2)");
    assertThat(admin.post("/ui/users/reviewer9/approve", Map.of("csrf", listed.csrf())).status()).isEqualTo(403);
    WebClient r = client();
    assertThat(r.login("reviewer9", "long-enough-1").status()).isEqualTo(303);
    assertThat(r.get("/ui/alerts").body()).contains("reviewer9", "no role");
    fx.access.approveRoles(fx.admin, "reviewer9");
    // the role change ended reviewer9's session: the next page asks for a login again
    assertThat(r.get("/ui/alerts").status()).isEqualTo(303);
    assertThat(r.login("reviewer9", "long-enough-1").status()).isEqualTo(303);
    assertThat(r.get("/ui/alerts").body()).contains("reviewer9", "approver").doesNotContain("href=\"/ui/users\"");
    // disabling ends sessions at once too
    WebClient.Page again = admin.get("/ui/users");
    assertThat(admin.post("/ui/users/reviewer9/disable", Map.of("csrf", again.csrf())).status()).isEqualTo(303);
    assertThat(r.get("/ui/alerts").status()).isEqualTo(303);
    assertThat(r.login("reviewer9", "long-enough-1").status()).isEqualTo(401);
  }

  @Test
  void sourcesPageShowsVersionsAndWhatChanged() throws Exception {
    WebClient c = loggedIn("approver1");
    String page = c.get("/ui/sources").body();
    assertThat(page).contains("us_ofac_sdn-v2", "us_ofac_sdn-v1", "2021-04-15", "active");
    assertThat(page).contains("+2</span> <span class=\"minus\">−1</span> <span class=\"tilde\">~1");
    String changes = c.get("/ui/sources/changes?to=us_ofac_sdn-v2").body();
    assertThat(changes).contains("ofac-31455", "POSITIVE TECHNOLOGIES", "DELISTED TRADING LLC", "birthDate");
    assertThat(c.get("/ui/sources/changes?to=us_ofac_sdn-v1").status()).as("first version").isEqualTo(404);
  }

  @Test
  void partyUploadsAreCheckedWholeAndNeedTheToken() throws Exception {
    WebClient c = loggedIn("analyst1");
    String csrf = c.get("/ui/parties").csrf();
    long before = fx.cases.partyCount(fx.admin);
    WebClient.Page bad = c.upload("/ui/parties/import", Map.of("csrf", csrf), "file", "book.csv",
        "id,name\nC-3001,Anna Example\nC-3002,\n");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("Nothing imported", "book.csv:3: no name");
    WebClient.Page noId = c.upload("/ui/parties/import", Map.of("csrf", csrf), "file", "../../etc/book.csv", "name\nAnna\n");
    assertThat(noId.status()).isEqualTo(400);
    assertThat(noId.body()).contains("book.csv: no id column").doesNotContain("../");
    WebClient.Page forged = c.upload("/ui/parties/import", Map.of(), "file", "book.csv", "id,name\nC-3001,Anna Example\n");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(fx.cases.partyCount(fx.admin)).isEqualTo(before);
    WebClient approver = loggedIn("approver1");
    assertThat(approver.get("/ui/parties").body()).doesNotContain("id=\"import\"");
    WebClient.Page refused = approver.upload("/ui/parties/import", Map.of("csrf", approver.get("/ui/parties").csrf()),
        "file", "book.csv", "id,name\nC-3001,Anna\n");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("needs the analyst or admin role");
    WebClient.Page ok = c.upload("/ui/parties/import", Map.of("csrf", csrf), "file", "book.csv",
        "id,name,schema\nC-3001,Anna Example,Person\n");
    assertThat(ok.status()).isEqualTo(303);
    assertThat(c.get("/ui/alerts").body()).contains("book.csv: 1 parties read: 1 new");
    assertThat(fx.cases.party(fx.admin, "C-3001").names()).containsExactly("Anna Example");
  }

  @Test
  void anOversizedUploadGetsAnHtml413() throws Exception {
    WebClient c = loggedIn("analyst1");
    String csrf = c.get("/ui/parties").csrf();
    StringBuilder big = new StringBuilder("id,name\n");
    for (int i = 0; big.length() < UiFixture.MAX_BODY + 10_000; i++) {
      big.append("C-9").append(i).append(",Name Number ").append(i).append('\n');
    }
    long before = fx.cases.partyCount(fx.admin);
    WebClient.Page r = c.upload("/ui/parties/import", Map.of("csrf", csrf), "file", "big.csv", big.toString());
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.header("Content-Type")).startsWith("text/html");
    assertThat(r.body()).contains("larger than this server accepts");
    assertThat(fx.cases.partyCount(fx.admin)).isEqualTo(before);
  }

  @Test
  void screeningFormRanksResultsWithExplanations() throws Exception {
    WebClient c = loggedIn("analyst1");
    String page = c.get("/ui/screen?name=Positive+Technologies&schema=Company&country=Russia").body();
    assertThat(page).contains("POSITIVE TECHNOLOGIES", "ofac-31455", "name_parts", "us_ofac_sdn-v2");
    WebClient.Page bad = c.get("/ui/screen?name=X&country=Atlantis");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("country", "Atlantis");
  }
}
