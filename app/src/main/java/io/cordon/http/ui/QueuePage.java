package io.cordon.http.ui;

import io.cordon.cases.Alert;
import io.cordon.cases.AlertStatus;
import io.cordon.cases.BadInputException;
import io.cordon.cases.CaseService;
import io.cordon.cases.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
      return Urls.of("/ui/alerts", (Object[]) p);
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

  String render(Session s, Filter f) {
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

    int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(f.page(), pages);
    List<Alert> slice = shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE));
    boolean pending = f.status().equals(Optional.of(AlertStatus.PENDING_APPROVAL));
    Map<Long, Long> fromMessage = messages == null ? Map.of()
        : messages.messageIds(s.actor(), slice.stream().map(Alert::id).toList());
    List<Row> rows = new ArrayList<>();
    for (Alert a : slice) {
      // approvers see what they are asked to confirm (one small read per row of this page)
      Decision toReview = !pending ? null : cases.history(s.actor(), a.id()).decisions().stream()
          .filter(d -> d.state() == Decision.State.PENDING).reduce((x, y) -> y).orElse(null);
      rows.add(new Row(a, fromMessage.get(a.id()), toReview));
    }
    f.dataset().ifPresent(datasets::add);
    View v = new View(f, all.size(), cases.threshold(), counts, allCount, datasets, shown.size(), page, pages, pending,
        rows, now);
    return Templates.render("queue.jte", Map.of("v", v));
  }

  /** One row of the queue: the alert, the held message it came from (or null), the decision to review (or null). */
  record Row(Alert alert, Long messageId, Decision toReview) {}

  /** What queue.jte shows. */
  record View(Filter filter, int total, double threshold, Map<AlertStatus, Integer> counts, int allCount,
              TreeSet<String> datasets, int shownCount, int page, int pages, boolean pending, List<Row> rows,
              Instant now) {}
}
