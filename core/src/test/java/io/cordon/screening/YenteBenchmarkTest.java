package io.cordon.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.index.IndexInput;
import io.cordon.match.MatchQuery;
import io.cordon.model.Countries;
import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import io.cordon.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * yente's candidate-generation benchmark (dev half): UN-listed people as queries must find their
 * UN entity at rank 1; synthetic non-listed people must rarely alert against OFAC 2024 + UN.
 */
class YenteBenchmarkTest {

  static final String DIR = "yente_candidate_benchmark_dev/";

  /** Parses one CSV line (quotes, doubled quotes). */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          sb.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          sb.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out;
  }

  static List<Map<String, String>> rows(String file) throws IOException {
    List<String> lines = Files.readAllLines(SharedData.path(DIR + file));
    List<String> header = csv(lines.get(0));
    List<Map<String, String>> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      if (l.isBlank()) {
        continue;
      }
      List<String> f = csv(l);
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size() && i < f.size(); i++) {
        m.put(header.get(i), f.get(i).strip());
      }
      out.add(m);
    }
    return out;
  }

  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    List<String> toks = new ArrayList<>(List.of(s.split("[^\\p{L}\\p{N}]+")));
    toks.removeIf(String::isEmpty);
    toks.sort(null);
    return String.join(" ", toks);
  }

  static MatchQuery query(Map<String, String> row) {
    List<String> dob = row.getOrDefault("date_of_birth", "").isEmpty() ? List.of() : List.of(row.get("date_of_birth"));
    String nat = row.getOrDefault("nationality", "");
    List<String> countries = nat.isEmpty() ? List.of() : Countries.code(nat).map(List::of).orElse(List.of());
    String g = row.getOrDefault("gender", "");
    return new MatchQuery("Person", List.of(row.get("full_name")), dob, countries, List.of(),
        g.isEmpty() ? null : g.toLowerCase(Locale.ROOT));
  }

  @Test
  void unPositivesFindTheirEntityAtRankOne() throws IOException {
    Screener screener = SharedLists.screener(SharedLists.OFAC_2024, SharedLists.UN);
    IndexInput un = SharedLists.list(SharedLists.UN);
    Map<String, Set<String>> byName = new HashMap<>();
    for (Entity e : un.entities()) {
      if (Schemata.isScreenable(e.schema())) {
        for (String n : e.names()) {
          byName.computeIfAbsent(key(n), k -> new HashSet<>()).add(e.id());
        }
      }
    }
    int asked = 0;
    int found = 0;
    int absent = 0;
    List<String> misses = new ArrayList<>();
    for (Map<String, String> row : rows("positives_un_untreated.csv")) {
      Set<String> expected = byName.get(key(row.get("full_name")));
      if (expected == null) {
        // Listed in OpenSanctions' 2025-08 UN export but not under this name in the 2026-02 file.
        absent++;
        continue;
      }
      asked++;
      ScreeningResponse r = screener.screen(new ScreeningQuery(query(row), OptionalDouble.empty(), 50, Set.of(),
          Optional.empty()));
      boolean ok = expected.stream().anyMatch(id -> ControlTest.rankOne(r, id) == null);
      if (ok) {
        found++;
      } else {
        misses.add(row.get("full_name") + " " + expected + ": " + ControlTest.rankOne(r, expected.iterator().next()));
      }
    }
    double rate = (double) found / asked;
    System.out.printf("yente UN positives: %d/%d (%.2f%%) at rank 1; %d rows not in the 2026-02 UN file%n",
        found, asked, 100 * rate, absent);
    misses.stream().limit(20).forEach(m -> System.out.println("  miss " + m));
    assertThat(asked).isGreaterThan(600);
    assertThat(rate).as("UN positives at rank 1; misses: %s", misses).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void syntheticNegativesRarelyAlert() throws IOException {
    Screener screener = SharedLists.screener(SharedLists.OFAC_2024, SharedLists.UN);
    int total = 0;
    List<String> alerts = new ArrayList<>();
    for (Map<String, String> row : rows("negatives_us_validation_report.csv")) {
      total++;
      ScreeningResponse r = screener.screen(ScreeningQuery.of(query(row)));
      if (r.alert()) {
        ScreeningResult top = r.results().get(0);
        alerts.add(row.get("full_name") + " -> " + top.entity().id() + " " + top.matchedName() + " " + top.score());
      }
    }
    double rate = (double) alerts.size() / total;
    System.out.printf("yente synthetic negatives: %d/%d (%.2f%%) alert at the default threshold%n",
        alerts.size(), total, 100 * rate);
    alerts.stream().limit(20).forEach(a -> System.out.println("  alert " + a));
    assertThat(total).isEqualTo(1000);
    assertThat(rate).as("false alerts: %s", alerts).isLessThanOrEqualTo(0.01);
  }

  /** The same negatives screened by name alone (schema Person, no birth date, nationality or gender). */
  @Test
  void syntheticNegativesByNameAloneRarelyAlert() throws IOException {
    Screener screener = SharedLists.screener(SharedLists.OFAC_2024, SharedLists.UN);
    int total = 0;
    List<String> alerts = new ArrayList<>();
    for (Map<String, String> row : rows("negatives_us_validation_report.csv")) {
      total++;
      MatchQuery q = new MatchQuery("Person", List.of(row.get("full_name")), List.of(), List.of(), List.of(), null);
      ScreeningResponse r = screener.screen(ScreeningQuery.of(q));
      if (r.alert()) {
        ScreeningResult top = r.results().get(0);
        alerts.add(row.get("full_name") + " -> " + top.entity().id() + " " + top.matchedName() + " " + top.score());
      }
    }
    double rate = (double) alerts.size() / total;
    System.out.printf("yente synthetic negatives, name only: %d/%d (%.2f%%) alert at the default threshold%n",
        alerts.size(), total, 100 * rate);
    alerts.forEach(a -> System.out.println("  name-only alert " + a));
    assertThat(total).isEqualTo(1000);
    assertThat(rate).as("name-only false alerts: %s", alerts).isLessThanOrEqualTo(0.005);
  }
}
