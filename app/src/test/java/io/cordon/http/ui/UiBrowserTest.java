package io.cordon.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst workflow in a real headless Chromium (Debian's chromium and chromium-driver; one
 * browser for the class). Selenium is pointed at /usr/bin/chromedriver so it never tries to
 * download a driver.
 */
@Tag("browser")
class UiBrowserTest {
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String CHROMIUM = "/usr/bin/chromium";
  static UiFixture fx;
  static ChromeDriverService service;
  static WebDriver browser;
  static Path profile;

  @BeforeAll
  static void start() throws Exception {
    if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
      throw new IllegalStateException("the UI tests need Debian's chromium and chromium-driver: "
          + "apt-get install -y chromium chromium-driver (./run-tests installs them)");
    }
    fx = new UiFixture();
    profile = Files.createTempDirectory("cordon-chromium-");
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1440,1000");
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.quit();
      }
      if (service != null) {
        service.stop();
      }
      if (fx != null) {
        fx.close();
      }
    } finally {
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  @BeforeEach
  void loggedOut() {
    browser.get(fx.base() + "/ui/login");
    browser.manage().deleteAllCookies();
  }

  void login(String user) {
    browser.get(fx.base() + "/ui/alerts");
    assertThat(browser.getCurrentUrl()).contains("/ui/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(UiFixture.PASSWORD);
    browser.findElement(By.id("login")).click();
    assertThat(browser.findElement(By.cssSelector(".topbar .who")).getText()).isEqualTo(user);
  }

  void logout() {
    browser.findElement(By.id("logout")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/ui/login"));
    assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("logged out");
  }

  /** Checks that nothing matches, without waiting out the implicit wait. */
  static List<WebElement> now(By by) {
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    try {
      return browser.findElements(by);
    } finally {
      browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }
  }

  /** Opens a status tab of the queue and waits for it. */
  static void tab(String status) {
    browser.findElement(By.id("tab-" + status)).click();
    browser.findElement(By.cssSelector("#tab-" + status + ".active"));
  }

  List<String> queuedAlertIds() {
    return now(By.cssSelector("#queue tbody tr")).stream().map(r -> r.getAttribute("data-alert")).toList();
  }

  @Test
  void analystDecidesApproverApprovesAndTheAlertLeavesTheQueue() throws Exception {
    Alert alert = fx.alertFor("C-1002");
    String id = Long.toString(alert.id());

    login("analyst1");
    assertThat(browser.findElement(By.cssSelector("#tab-open.active")).getText()).startsWith("Open");
    assertThat(queuedAlertIds()).contains(id);
    screenshot("ui-queue.png");
    browser.findElement(By.cssSelector("#queue tr[data-alert='" + id + "'] a.strong")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Konstantin Kilimnik", "KILIMNIK, Konstantin");
    List<String> marked = browser.findElements(By.cssSelector("#party-panel mark")).stream().map(WebElement::getText).toList();
    assertThat(marked).containsExactly("Konstantin", "Kilimnik");
    assertThat(browser.findElement(By.id("explanations")).getText()).contains("name_parts");
    assertThat(browser.findElement(By.cssSelector("code.snapshot")).getText()).isEqualTo("us_ofac_sdn-v2");
    assertThat(now(By.id("approve"))).isEmpty();
    screenshot("ui-alert.png");

    browser.findElement(By.id("outcome-false_positive")).click();
    browser.findElement(By.id("reason")).sendKeys("Customer born 1982 in Lviv; listed person born 1970");
    browser.findElement(By.id("decide")).click();
    assertThat(browser.findElement(By.cssSelector(".flash-ok")).getText()).contains("Alert #" + id, "False positive");
    assertThat(queuedAlertIds()).doesNotContain(id);
    tab("pending-approval");
    assertThat(queuedAlertIds()).contains(id);

    // the analyst who decided sees no approve button, and why
    browser.get(fx.base() + "/ui/alerts/" + id);
    assertThat(now(By.id("approve"))).isEmpty();
    assertThat(browser.findElement(By.id("no-action")).getText()).contains("approver");
    assertThat(browser.findElement(By.id("alert-status")).getText()).isEqualTo("Pending approval");
    logout();

    login("approver1");
    tab("pending-approval");
    assertThat(browser.findElement(By.cssSelector("#queue tr[data-alert='" + id + "']")).getText())
        .contains("False positive", "by analyst1");
    browser.findElement(By.cssSelector("#queue tr[data-alert='" + id + "'] a.strong")).click();
    assertThat(browser.findElement(By.id("history")).getText()).contains("analyst1", "False positive", "born 1970");
    browser.findElement(By.id("comment")).sendKeys("Agreed: different birth date");
    browser.findElement(By.id("approve")).click();
    assertThat(browser.findElement(By.cssSelector(".flash-ok")).getText()).contains("confirmed", "False positive");
    assertThat(queuedAlertIds()).doesNotContain(id);
    tab("open");
    assertThat(queuedAlertIds()).doesNotContain(id);
    tab("closed-false-positive");
    assertThat(queuedAlertIds()).contains(id);
    assertThat(fx.cases.alert(fx.admin, alert.id()).status()).isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);
    logout();
  }

  /**
   * Issue 14 item 4: the queue sorts by alert priority from its column head; the rows come in the
   * stored priorities' order (highest first, alerts without one last) and show those numbers.
   */
  @Test
  void queueSortsByPriority() {
    login("analyst1");
    tab("all");
    browser.findElement(By.id("sort-priority")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("sort=priority"));
    assertThat(browser.findElement(By.cssSelector("th[aria-sort] a")).getText()).startsWithIgnoringCase("Priority");

    List<String> shown = queuedAlertIds();
    List<Alert> stored = fx.cases.alerts(fx.admin, java.util.Optional.empty(), java.util.Optional.empty(), 0);
    assertThat(stored.stream().filter(a -> a.priority() != null).count()).as("alerts with a priority").isGreaterThanOrEqualTo(3);
    List<String> expected = stored.stream()
        .sorted(Comparator.comparing(Alert::priority, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(Comparator.comparingDouble(Alert::score).reversed()).thenComparingLong(Alert::id))
        .map(a -> Long.toString(a.id())).toList();
    assertThat(shown).isEqualTo(expected);
    for (Alert a : stored) {
      String cell = browser.findElement(By.cssSelector("#queue tr[data-alert='" + a.id() + "'] td.priority")).getText();
      assertThat(cell).isEqualTo(a.priority() == null ? "–" : String.format(java.util.Locale.ROOT, "%.3f", a.priority()));
    }
    // the priorities differ: the sort has something to order (an exact name with its birth date agreeing
    // ranks above the same score without one)
    assertThat(stored.stream().map(Alert::priority).filter(java.util.Objects::nonNull).distinct().count())
        .isGreaterThanOrEqualTo(2);
    browser.findElement(By.id("sort-score")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.not(ExpectedConditions.urlContains("sort=")));
    assertThat(browser.findElement(By.cssSelector("th[aria-sort] a")).getText()).startsWithIgnoringCase("Score");
    logout();
  }

  /** Issue 14 item 3: the alert on a party listed by OFAC and the UN shows both listings in the browser. */
  @Test
  void alertPageShowsBothListings() throws Exception {
    Alert alert = fx.alertFor("C-1001");
    login("analyst1");
    browser.get(fx.base() + "/ui/alerts/" + alert.id());
    List<String> rows = browser.findElements(By.cssSelector("#listings tr.listing")).stream()
        .map(WebElement::getText).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains("us_ofac_sdn", "ofac-31455", "this alert", "RUSSIA-EO14024");
    assertThat(rows.get(1)).contains("un_sc_sanctions", "unsc-6999001", "TEST REGIME", "2021-05-01", "XXe.001");
    assertThat(browser.findElement(By.cssSelector("#listings ul.evidence")).getText())
        .contains("ofac-31455 = unsc-6999001", "same names");
    screenshot("ui-alert-listings.png");
    logout();
  }

  @Test
  void aUserWithBothRolesCannotApproveTheirOwnDecision() {
    Alert alert = fx.alertFor("C-1001");
    login("senior1");
    browser.get(fx.base() + "/ui/alerts/" + alert.id());
    browser.findElement(By.id("outcome-true_match")).click();
    browser.findElement(By.id("reason")).sendKeys("Same name, same country");
    browser.findElement(By.id("decide")).click();
    assertThat(browser.findElement(By.cssSelector(".flash-ok")).getText()).contains("True match");
    browser.get(fx.base() + "/ui/alerts/" + alert.id());
    assertThat(now(By.id("approve"))).isEmpty();
    assertThat(browser.findElement(By.id("no-action")).getText()).contains("You made this decision", "four eyes");
    logout();
  }

  @Test
  void hostileNamesRenderAsText() {
    Alert alert = fx.alertFor("C-1003");
    login("analyst1");
    browser.get(fx.base() + "/ui/alerts/" + alert.id());
    assertThat(browser.findElement(By.cssSelector("#party-panel .name")).getText()).isEqualTo("<script>alert(1)</script>");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("<script>alert(1)</script>");
    assertThat(now(By.cssSelector("main script, main img"))).isEmpty();
    logout();
  }

  @Test
  void screeningFormAndSourcesPage() throws Exception {
    login("approver1");
    browser.findElement(By.linkText("Screen")).click();
    browser.findElement(By.id("screen-name")).sendKeys("Pozitiv Teknolodzhiz");
    browser.findElement(By.id("screen-submit")).click();
    WebElement first = browser.findElement(By.cssSelector("#screen-results tbody tr"));
    assertThat(first.getText()).contains("POSITIVE TECHNOLOGIES", "ofac-31455");
    screenshot("ui-screen.png");
    browser.findElement(By.linkText("Sources")).click();
    assertThat(browser.findElement(By.id("sources")).getText()).contains("us_ofac_sdn-v2", "+2 −1 ~1");
    browser.findElement(By.linkText("details")).click();
    assertThat(browser.findElement(By.id("count-added")).getText()).startsWith("2");
    assertThat(browser.findElement(By.id("delta-removed")).getText()).contains("DELISTED TRADING LLC");
    screenshot("ui-changes.png");
    logout();
  }

  @Test
  void analystImportsACustomerFileAndSeesItsAlert() throws Exception {
    Path csv = profile.getParent().resolve("cordon-ui-customers-" + System.nanoTime() + ".csv");
    Files.writeString(csv, "id,name,schema,country\nC-2001,Pozitiv Teknolodzhiz AO,Company,ru\nC-2002,Jane Doe,Person,gb\n");
    try {
      login("analyst1");
      browser.findElement(By.linkText("Parties")).click();
      browser.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
      browser.findElement(By.id("import")).click();
      assertThat(browser.findElement(By.cssSelector(".flash-ok")).getText())
          .contains("2 parties read: 2 new", "1 alerts raised");
      Alert raised = fx.alertFor("C-2001");
      assertThat(queuedAlertIds()).contains(Long.toString(raised.id()));
      assertThat(browser.findElement(By.cssSelector("#queue tr[data-alert='" + raised.id() + "'] .sub")).getText())
          .contains("C-2001");
      browser.get(fx.base() + "/ui/party?id=C-2001");
      assertThat(browser.findElement(By.id("party-alerts")).getText()).contains("POSITIVE TECHNOLOGIES", "Open");
      logout();
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  /** Saves a screenshot under target/ for a human to look at (not committed). */
  static void screenshot(String name) throws Exception {
    File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path out = Paths.get("target", name);
    Files.createDirectories(out.getParent());
    Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Issue 9 item 5: a held payment message is reachable from the queue and shows the message as
   * received with every hit marked in place, each mark linked to its hit (entity, score,
   * explanation, rule, alert); the hostile text of the message stays text.
   */
  @Test
  void heldMessageShowsItsHitsMarkedInPlace() throws Exception {
    String raw = """
        {1:F01BANKDEFFAXXX0000000000}{2:I103BANKGB2LXXXXN}{4:
        :20:UI-1
        :32A:240510EUR500,
        :50K:/DE89370400440532013000
        KONSTANTIN KILIMNIK
        :59F:/UA213223130000026007233566001
        1/IVAN PETROV
        3/UA/SEVASTOPOL
        :70:<script>alert(3)</script> INVOICE
        -}""";
    var q = fx.holdMessage(raw);
    assertThat(q.hold()).isTrue();
    assertThat(q.alertIds()).hasSize(2);
    long first = q.alertIds().get(0);

    login("analyst1");
    tab("all");
    browser.findElement(By.cssSelector("#queue tr[data-alert='" + first + "'] .sub a")).click();
    browser.findElement(By.id("raw-message"));
    assertThat(browser.getCurrentUrl()).endsWith("/ui/messages/" + q.messageId());
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("MT103", "UI-1");
    assertThat(browser.findElement(By.id("message-status")).getText()).isEqualTo("held");
    // the raw text, hostile parts as text, hits marked where they are written
    WebElement pre = browser.findElement(By.id("raw-message"));
    assertThat(pre.getText()).contains(":70:<script>alert(3)</script> INVOICE", "3/UA/SEVASTOPOL");
    assertThat(now(By.cssSelector("#raw-message script"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain("<script>alert(3)");
    List<WebElement> marks = browser.findElements(By.cssSelector("#raw-message mark.hit"));
    assertThat(marks).extracting(WebElement::getText).containsExactly("KONSTANTIN KILIMNIK", "SEVASTOPOL");
    screenshot("ui-message.png");

    // a mark leads to its hit: entity, score, explanation; the region's hit names its programme
    marks.get(0).findElement(By.tagName("a")).click();
    String hitId = marks.get(0).getAttribute("data-hits");
    assertThat(browser.getCurrentUrl()).endsWith("#hit-" + hitId);
    WebElement row = browser.findElement(By.id("hit-" + hitId));
    assertThat(row.getText()).contains("50K line 2", "KILIMNIK, Konstantin", "ofac-31291", "name");
    WebElement region = browser.findElement(By.id("hit-" + marks.get(1).getAttribute("data-hits")));
    assertThat(region.getText()).contains("59F line", "country", "us-crimea", "SEVASTOPOL");

    // and on to its alert, decided in the ordinary workflow, which links back to the message
    row.findElement(By.cssSelector("a[href='/ui/alerts/" + first + "']")).click();
    assertThat(browser.findElement(By.id("alert-message")).getText()).contains("Message #" + q.messageId());
    browser.findElement(By.cssSelector("#alert-message a")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/ui/messages/" + q.messageId());
    browser.findElement(By.linkText("Messages")).click();
    assertThat(browser.findElement(By.cssSelector("#messages tr[data-message='" + q.messageId() + "']")).getText())
        .contains("MT103", "UI-1", "held");
    logout();
  }
}
