package io.cordon.http.ui;

import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import io.cordon.cases.BadInputException;
import io.cordon.cases.CaseService;
import io.cordon.cases.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/** The alert queue: tabs per status with counts, filters (list, minimum score, age, text), sorting, paging. */
final class QueuePage {
  static final int PAGE_SIZE = 100;

  enum Age {
    ANY("any", "Any age"), DAY("1d", "Last 24 hours"), WEEK("7d", "Last 7 days"),
    OLDER_WEEK("gt7d", "Older than 7 days"), OLDER_MONTH("gt30d", "Older than 30 days");

    final String key;
    final String label;

    Age(String key, String label) {
      this.key = key;
      this.label = label;
    }

    boolean accepts(Instant created, Instant now) {
      Duration age = Duration.between(created, now);
      return switch (this) {
        case ANY -> true;
        case DAY -> age.compareTo(Duration.ofDays(1)) <= 0;
        case WEEK -> age.compareTo(Duration.ofDays(7)) <= 0;
        case OLDER_WEEK -> age.compareTo(Duration.ofDays(7)) > 0;
        case OLDER_MONTH -> age.compareTo(Duration.ofDays(30)) > 0;
      };
    }
  }

  enum Sort {
    SCORE("score", "Highest score"), PRIORITY("priority", "Highest priority"), OLDEST("oldest", "Oldest first"),
    NEWEST("newest", "Newest first");

    final String key;
    final String label;

    Sort(String key, String label) {
      this.key = key;
      this.label = label;
    }

    Comparator<Alert> order() {
      Comparator<Alert> byId = Comparator.comparingLong(Alert::id);
      return switch (this) {
        case SCORE -> Comparator.comparingDouble(Alert::score).reversed().thenComparing(byId);
        // alerts without a priority (payment messages, older alerts) last, then by score
        case PRIORITY -> Comparator.comparing(Alert::priority, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Comparator.comparingDouble(Alert::score).reversed()).thenComparing(byId);
        case OLDEST -> Comparator.comparing(Alert::created).thenComparing(byId);
        case NEWEST -> Comparator.comparing(Alert::created).reversed().thenComparing(byId.reversed());
      };
    }
  }

  /**
   * What the queue shows; parsed from query parameters, failing on bad values with the parameter named.
   *
   * @param status  empty: all statuses
   * @param dataset empty: all lists
   * @param text    matched against party id and name, entity id and name
   */
  record Filter(Optional<AlertStatus> status, Optional<String> dataset, OptionalDouble minScore, Age age, Sort sort,
                String text, int page) {

    static Filter from(Function<String, String> param) {
      String st = param.apply("status");
      Optional<AlertStatus> status = st == null || st.isBlank() ? Optional.of(AlertStatus.OPEN)
          : st.equals("all") ? Optional.empty() : Optional.of(AlertStatus.parse(st));
      String ds = param.apply("dataset");
      String ms = param.apply("min_score");
      OptionalDouble min = OptionalDouble.empty();
      if (ms != null && !ms.isBlank()) {
        try {
          double d = Double.parseDouble(ms.strip());
          if (!(d >= 0 && d <= 1)) {
            throw new NumberFormatException();
          }
          min = OptionalDouble.of(d);
        } catch (NumberFormatException e) {
          throw new BadInputException("min_score must be a number between 0 and 1, got '" + ms + "'");
        }
      }
      Age age = pick(Age.values(), param.apply("age"), a -> a.key, "age");
      Sort sort = pick(Sort.values(), param.apply("sort"), s -> s.key, "sort");
      String text = Optional.ofNullable(param.apply("q")).orElse("").strip();
      int page = 1;
      String p = param.apply("page");
      if (p != null && !p.isBlank()) {
        try {
          page = Math.max(1, Integer.parseInt(p.strip()));
        } catch (NumberFormatException e) {
          throw new BadInputException("page must be a whole number, got '" + p + "'");
        }
      }
      return new Filter(status, ds == null || ds.isBlank() ? Optional.empty() : Optional.of(ds.strip()), min, age, sort,
          text, page);
    }

    private static <T> T pick(T[] values, String given, Function<T, String> key, String name) {
      if (given == null || given.isBlank()) {
        return values[0];
      }
      for (T v : values) {
        if (key.apply(v).equals(given.strip())) {
          return v;
        }
      }
      throw new BadInputException(name + " must be one of " + java.util.Arrays.stream(values).map(key).toList()
          + ", got '" + given + "'");
    }

    String statusKey() {
      return status.map(AlertStatus::label).orElse("all");
    }

    /** This filter's URL with one parameter changed. */
    String with(String param, String value) {
      String[] p = {"status", statusKey(), "dataset", dataset.orElse(""),
          "min_score", minScore.isPresent() ? Show.number(minScore.getAsDouble()) : "",
          "age", age == Age.ANY ? "" : age.key, "sort", sort == Sort.SCORE ? "" : sort.key, "q", text, "page", ""};
      for (int i = 0; i < p.length; i += 2) {
        if (p[i].equals(param)) {
          p[i + 1] = value;
        }
      }
      return Html.url("/ui/alerts", (Object[]) p);
    }

    Predicate<Alert> accepts(Instant now) {
      String t = text.toLowerCase(Locale.ROOT);
      return a -> dataset.map(d -> a.entity().datasets().contains(d)).orElse(true)
          && (minScore.isEmpty() || a.score() >= minScore.getAsDouble())
          && age.accepts(a.created(), now)
          && (t.isEmpty() || a.partyId().toLowerCase(Locale.ROOT).contains(t)
              || a.entityId().toLowerCase(Locale.ROOT).contains(t)
              || a.party().names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(t))
              || a.entity().caption().toLowerCase(Locale.ROOT).contains(t));
    }
  }

  private final CaseService cases;
  private final Clock clock;
  private final io.cordon.cases.MessageQueue messages;

  /** @param messages held payment messages (alerts raised for one link to it), or null */
  QueuePage(CaseService cases, Clock clock, io.cordon.cases.MessageQueue messages) {
    this.cases = cases;
    this.clock = clock;
    this.messages = messages;
  }

  Html render(Session s, Filter f) {
    Instant now = clock.instant();
    // The workflow API lists alerts without counting them; one read gives both the counts and the page.
    List<Alert> all = cases.alerts(s.actor(), Optional.empty(), Optional.empty(), 0);
    Predicate<Alert> accepts = f.accepts(now);
    Map<AlertStatus, Integer> counts = new EnumMap<>(AlertStatus.class);
    int allCount = 0;
    TreeSet<String> datasets = new TreeSet<>();
    for (Alert a : all) {
      datasets.addAll(a.entity().datasets());
      if (accepts.test(a)) {
        counts.merge(a.status(), 1, Integer::sum);
        allCount++;
      }
    }
    List<Alert> shown = all.stream()
        .filter(a -> f.status().map(st -> a.status() == st).orElse(true))
        .filter(accepts)
        .sorted(f.sort().order())
        .toList();

    Html b = new Html();
    b.raw("<div class=\"page-head\"><h1>Alert queue</h1><p class=\"muted\">").text(all.size())
        .raw(" alerts in total · case threshold ").text(Show.number(cases.threshold())).raw("</p></div>");

    b.raw("<nav class=\"tabs\" aria-label=\"Status\">");
    for (AlertStatus st : AlertStatus.values()) {
      tab(b, f, st.label(), Show.statusLabel(st), counts.getOrDefault(st, 0));
    }
    tab(b, f, "all", "All", allCount);
    b.raw("</nav>");

    filters(b, f, datasets);

    int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(f.page(), pages);
    List<Alert> slice = shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE));
    boolean pending = f.status().equals(Optional.of(AlertStatus.PENDING_APPROVAL));
    if (shown.isEmpty()) {
      b.raw("<div class=\"empty\" id=\"queue-empty\">No alerts match these filters.</div>");
    } else {
      b.raw("<table class=\"grid\" id=\"queue\"><thead><tr><th class=\"num\">Alert</th><th>Status</th><th>Party</th>")
          .raw("<th>Listed entity</th><th>Lists</th>");
      sortable(b, f, Sort.SCORE, "Score");
      sortable(b, f, Sort.PRIORITY, "Priority");
      b.raw("<th>Raised</th>")
          .raw(pending ? "<th>Decision to review</th>" : "").raw("</tr></thead><tbody>");
      Map<Long, Long> fromMessage = messages == null ? Map.of()
          : messages.messageIds(s.actor(), slice.stream().map(Alert::id).toList());
      for (Alert a : slice) {
        String href = "/ui/alerts/" + a.id();
        Long messageId = fromMessage.get(a.id());
        b.raw("<tr data-alert=\"").text(a.id()).raw("\"><td class=\"num\">").link(href, "#" + a.id()).raw("</td><td>")
            .add(Show.status(a.status())).raw("</td><td><a class=\"strong\" href=\"").text(href).raw("\">")
            .text(a.party().caption()).raw("</a><div class=\"sub\">");
        if (messageId != null) {
          b.raw("payment ").link("/ui/messages/" + messageId, "message #" + messageId);
        } else {
          b.text(a.party().schema()).raw(" · ").text(a.partyId());
        }
        b.raw("</div></td><td>").text(a.entity().caption()).raw("<div class=\"sub\">")
            .text(a.entity().schema()).raw(" · ").text(a.entityId()).raw("</div></td><td>");
        for (String d : new TreeSet<>(a.entity().datasets())) {
          b.el("span class=\"tag\"", d);
        }
        b.raw("</td><td>").add(Show.score(a.score())).raw("</td><td class=\"num priority\">")
            .text(a.priority() == null ? "–" : Show.number(a.priority())).raw("</td><td>")
            .add(Show.when(a.created(), now)).raw("</td>");
        if (pending) {
          // approvers see what they are asked to confirm (one small read per row of this page)
          b.raw("<td>");
          cases.history(s.actor(), a.id()).decisions().stream().filter(d -> d.state() == Decision.State.PENDING)
              .reduce((x, y) -> y).ifPresent(d -> b.raw("<span class=\"strong\">").text(Show.outcomeLabel(d.outcome()))
                  .raw("</span><div class=\"sub\">by ").text(d.analyst()).raw(" · ").text(Show.age(d.at(), now))
                  .raw("</div>"));
          b.raw("</td>");
        }
        b.raw("</tr>");
      }
      b.raw("</tbody></table>");
      b.raw("<div class=\"pager\"><span class=\"muted\">").text(shown.size() == 1 ? "1 alert" : shown.size() + " alerts");
      if (pages > 1) {
        b.raw(" · page ").text(page).raw(" of ").text(pages).raw("</span>");
        if (page > 1) {
          b.raw(" ").link(f.with("page", Integer.toString(page - 1)), "← Previous");
        }
        if (page < pages) {
          b.raw(" ").link(f.with("page", Integer.toString(page + 1)), "Next →");
        }
      } else {
        b.raw("</span>");
      }
      b.raw("</div>");
    }
    return b;
  }

  /** A column head that sorts the queue by it (the current sort is marked). */
  private static void sortable(Html b, Filter f, Sort sort, String label) {
    boolean on = f.sort() == sort;
    b.raw("<th").raw(on ? " aria-sort=\"descending\"" : "").raw("><a id=\"sort-").text(sort.key).raw("\" href=\"")
        .text(f.with("sort", sort == Sort.SCORE ? "" : sort.key)).raw("\">").text(label).raw(on ? " ▼" : "")
        .raw("</a></th>");
  }

  private static void tab(Html b, Filter f, String key, String label, int count) {
    boolean active = f.statusKey().equals(key);
    b.raw("<a class=\"tab").raw(active ? " active" : "").raw("\" id=\"tab-").text(key).raw("\" href=\"")
        .text(f.with("status", key)).raw("\">").text(label).raw(" <span class=\"count\">").text(count)
        .raw("</span></a>");
  }

  private static void filters(Html b, Filter f, TreeSet<String> datasets) {
    b.raw("<form class=\"filters\" method=\"get\" action=\"/ui/alerts\">").hidden("status", f.statusKey());
    b.raw("<label>Search<input name=\"q\" placeholder=\"party or entity name / id\" value=\"").text(f.text())
        .raw("\"></label>");
    b.raw("<label>List<select name=\"dataset\"><option value=\"\">All lists</option>");
    f.dataset().ifPresent(datasets::add);
    for (String d : datasets) {
      b.raw("<option").raw(f.dataset().map(d::equals).orElse(false) ? " selected" : "").raw(" value=\"").text(d)
          .raw("\">").text(d).raw("</option>");
    }
    b.raw("</select></label>");
    b.raw("<label>Min. score<input name=\"min_score\" type=\"number\" min=\"0\" max=\"1\" step=\"0.01\" value=\"")
        .text(f.minScore().isPresent() ? Show.number(f.minScore().getAsDouble()) : "").raw("\"></label>");
    b.raw("<label>Age<select name=\"age\">");
    for (Age a : Age.values()) {
      b.raw("<option value=\"").text(a.key).raw("\"").raw(a == f.age() ? " selected" : "").raw(">").text(a.label)
          .raw("</option>");
    }
    b.raw("</select></label><label>Sort<select name=\"sort\">");
    for (Sort s : Sort.values()) {
      b.raw("<option value=\"").text(s.key).raw("\"").raw(s == f.sort() ? " selected" : "").raw(">").text(s.label)
          .raw("</option>");
    }
    b.raw("</select></label><button type=\"submit\" class=\"btn\">Apply</button>")
        .raw("<a class=\"btn btn-ghost\" href=\"").text(Html.url("/ui/alerts", "status", f.statusKey()))
        .raw("\">Reset</a></form>");
  }
}
