package io.cordon.http.ui;

import io.cordon.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.cases.Actor;
import io.cordon.cases.Role;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The templates escape what they are given; the helpers behind them. */
class TemplatesTest {
  @Test
  void textAndAttributesAreEscaped() {
    String page = Templates.render("message.jte", Map.of("title", "<script>alert(1)</script>", "message", "a & b <img src=x>"));
    assertThat(page).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", "a &amp; b &lt;img src=x&gt;")
        .doesNotContain("<script>", "<img");
    String form = Templates.render("useraction.jte",
        Map.of("csrf", "t\"><script>x</script>", "user", "eve\" onclick=\"x", "what", "disable", "label", "<b>"));
    assertThat(form).doesNotContain("<script>", "<b>", "\" onclick").contains("&lt;b&gt;");
  }

  @Test
  void aScriptInAListedNameStaysText() {
    Highlight h = new Highlight(List.of("Ivanov"));
    String html = Templates.render("marked.jte", Map.of("pieces", h.mark("Ivanov <script>alert(2)</script>")));
    assertThat(html).contains("<mark>Ivanov</mark> &lt;script&gt;alert(2)&lt;/script&gt;").doesNotContain("<script>");
  }

  @Test
  void urlsEncodeValuesAndDropEmptyOnes() {
    assertThat(Urls.of("/ui/party", "id", "C 1/&\"", "x", "", "y", null)).isEqualTo("/ui/party?id=C+1%2F%26%22");
    assertThat(Urls.of("/ui/alerts", "status", "open", "q", "é")).isEqualTo("/ui/alerts?status=open&q=%C3%A9");
  }

  @Test
  void highlightMarksSharedWordsFoldedAndNearlyEqual() {
    Highlight h = new Highlight(List.of("KILIMNIK, Konstantin", "Aleksei Navalnyy"));
    assertThat(marked(h, "Konstantin Kilimnik Jr.")).isEqualTo("[Konstantin] [Kilimnik] Jr.");
    assertThat(marked(h, "Alexei Navalny")).isEqualTo("[Alexei] [Navalny]");
    assertThat(marked(h, "Ivan <b>")).isEqualTo("Ivan <b>");
    assertThat(marked(new Highlight(List.of("Müller")), "MULLER GmbH")).isEqualTo("[MULLER] GmbH");
    assertThat(String.join("", Highlight.tokens("a, b-c"))).isEqualTo("a, b-c");
    assertThat(Highlight.tokens("")).isEmpty();
  }

  private static String marked(Highlight h, String name) {
    StringBuilder b = new StringBuilder();
    for (Highlight.Piece p : h.mark(name)) {
      b.append(p.marked() ? "[" + p.text() + "]" : p.text());
    }
    return b.toString();
  }

  @Test
  void propertyLabels() {
    assertThat(AlertPage.label("birthDate")).isEqualTo("Birth date");
    assertThat(AlertPage.label("innCode")).isEqualTo("INN code");
    assertThat(AlertPage.label("swiftBic")).isEqualTo("SWIFT BIC");
    assertThat(AlertPage.label("name")).isEqualTo("Name");
  }

  @Test
  void sessionsExpireWhenIdleOrTooOldAndTokensAreUnguessable() {
    TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    Sessions s = new Sessions(new SecureRandom(), clock, Duration.ofMinutes(30), Duration.ofHours(2), 3);
    Session a = s.open(new Actor("ana", Set.of(Role.ANALYST)), 0);
    assertThat(a.token()).hasSize(43).isNotEqualTo(a.csrf());
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofMinutes(25));
      assertThat(s.find(a.token())).as("active use keeps it alive").isPresent();
    }
    clock.advance(Duration.ofMinutes(25));
    assertThat(s.find(a.token())).as("older than the lifetime").isEmpty();
    Session b = s.open(new Actor("bob", Set.of(Role.APPROVER)), 0);
    clock.advance(Duration.ofMinutes(31));
    assertThat(s.find(b.token())).as("idle too long").isEmpty();
    assertThat(s.find("nope")).isEmpty();
    assertThat(s.find(null)).isEmpty();
    for (int i = 0; i < 5; i++) {
      s.open(new Actor("u" + i, Set.of(Role.ANALYST)), 0);
    }
    assertThat(s.size()).as("bounded").isEqualTo(3);
    assertThat(Sessions.same("abc", "abc")).isTrue();
    assertThat(Sessions.same("abc", "abd")).isFalse();
    assertThat(Sessions.same("abc", null)).isFalse();
  }
}
