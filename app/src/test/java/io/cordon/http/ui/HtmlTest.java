package io.cordon.http.ui;

import io.cordon.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.cases.Actor;
import io.cordon.cases.Role;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textIsEscapedRawIsNot() {
    String h = new Html().raw("<td title=\"").text("\"x' <y> & z").raw("\">").text("<script>").raw("</td>").toString();
    assertThat(h).isEqualTo("<td title=\"&quot;x&#39; &lt;y&gt; &amp; z\">&lt;script&gt;</td>");
    assertThat(new Html().el("td class=\"num\"", "<b>").toString()).isEqualTo("<td class=\"num\">&lt;b&gt;</td>");
    assertThat(new Html().link("/ui/party?id=a&b", "<x>").toString())
        .isEqualTo("<a href=\"/ui/party?id=a&amp;b\">&lt;x&gt;</a>");
  }

  @Test
  void urlsEncodeValuesAndDropEmptyOnes() {
    assertThat(Html.url("/ui/party", "id", "C 1/&\"", "x", "", "y", null)).isEqualTo("/ui/party?id=C+1%2F%26%22");
    assertThat(Html.url("/ui/alerts", "status", "open", "q", "é")).isEqualTo("/ui/alerts?status=open&q=%C3%A9");
  }

  @Test
  void highlightMarksSharedWordsFoldedAndNearlyEqual() {
    Highlight h = new Highlight(List.of("KILIMNIK, Konstantin", "Aleksei Navalnyy"));
    assertThat(h.mark("Konstantin Kilimnik Jr.").toString())
        .isEqualTo("<mark>Konstantin</mark> <mark>Kilimnik</mark> Jr.");
    assertThat(h.mark("Alexei Navalny").toString()).isEqualTo("<mark>Alexei</mark> <mark>Navalny</mark>");
    assertThat(h.mark("Ivan <b>").toString()).isEqualTo("Ivan &lt;b&gt;");
    assertThat(new Highlight(List.of("Müller")).mark("MULLER GmbH").toString()).isEqualTo("<mark>MULLER</mark> GmbH");
    assertThat(String.join("", Highlight.tokens("a, b-c"))).isEqualTo("a, b-c");
    assertThat(Highlight.tokens("")).isEmpty();
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
