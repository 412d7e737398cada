package io.cordon.bench;

import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.Hit;
import io.cordon.cases.IndexedScreening;
import io.cordon.cases.ListChange;
import io.cordon.cases.MemoryCaseStore;
import io.cordon.cases.Party;
import io.cordon.catalog.Delta;
import io.cordon.catalog.Snapshot;
import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import io.cordon.sources.ofac.OfacSdnCsvAdapter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Re-screening a customer book when a list changes: only the delta against an index of the book
 * (what {@link CaseService#onSnapshotActivated} does) versus screening every party again against
 * the whole new list. Not JMH: one long run of each, wall-clock, on all cores.
 *
 * <p>Workload: a generated book of N parties (default 1,000,000; seeded): people and companies from
 * name pools of several languages, plus 1 in 2,000 parties named after an entry of the new list
 * (exact, reordered, or with a typo) so both paths have hits. Lists: two OFAC SDN files (default
 * sdn.csv of 2022-02-17 and 2022-03-15, before and after the large Russia rounds).
 *
 * <pre>
 * mvn -q -B -ntp -pl bench -am package -DskipTests
 * java -Xmx6g -cp bench/target/benchmarks.jar io.cordon.bench.RescreenBenchmark \
 *   [--parties N] [--full-sample M] [--old PATH] [--new PATH]
 * </pre>
 * {@code --full-sample M} screens only M parties in the full re-screen and extrapolates to N (the
 * full path is linear in the book size); by default the whole book is screened.
 */
public final class RescreenBenchmark {
  private RescreenBenchmark() {}

  public static void main(String[] args) throws Exception {
    int parties = 1_000_000;
    int fullSample = -1;
    Path shared = Path.of(System.getProperty("cordon.shared", "../shared"), "data");
    Path oldList = shared.resolve("ofac_sdn_csv_2022-02-17/sdn.csv");
    Path newList = shared.resolve("ofac_sdn_csv_2022-03-15/sdn.csv");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--parties" -> parties = Integer.parseInt(args[++i]);
        case "--full-sample" -> fullSample = Integer.parseInt(args[++i]);
        case "--old" -> oldList = Path.of(args[++i]);
        case "--new" -> newList = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (known: --parties N, --full-sample M, --old PATH, --new PATH)");
      }
    }
    if (fullSample < 0 || fullSample > parties) {
      fullSample = parties;
    }
    double threshold = 0.7;
    Scorer scorer = Scorers.standard();
    System.out.printf("cores %d, max heap %d MB, book %,d parties, full re-screen sample %,d%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, parties, fullSample);

    List<Entity> before = new OfacSdnCsvAdapter().read(oldList).entities();
    List<Entity> after = new OfacSdnCsvAdapter().read(newList).entities();
    Snapshot s0 = snap("old", before);
    Snapshot s1 = snap("new", after);
    Delta delta = Delta.compute(s0, before, s1, after);
    List<Entity> upserted = new ArrayList<>(delta.added());
    delta.changed().forEach(c -> upserted.add(c.after()));
    long deltaTargets = upserted.stream().filter(e -> Schemata.isScreenable(e.schema())).count();
    long newTargets = after.stream().filter(e -> Schemata.isScreenable(e.schema())).count();
    System.out.printf("lists: %s -> %s: %,d targets in the new list; delta %,d added, %,d changed, %,d removed "
        + "(%,d screenable)%n", oldList, newList, newTargets, delta.added().size(), delta.changed().size(),
        delta.removed().size(), deltaTargets);

    long t0 = System.nanoTime();
    List<Party> book = BookGenerator.generate(parties, after, 42);
    System.out.printf("generated the book in %.1f s%n", secs(t0));

    // --- delta path: the service's own method, over an in-memory store holding the book
    MemoryCaseStore store = new MemoryCaseStore();
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    store.inTransaction(tx -> {
      book.forEach(p -> tx.putParty(p, now));
      return null;
    });
    CaseService service = new CaseService(store, p -> List.of(), scorer, Clock.systemUTC(), threshold);
    t0 = System.nanoTime();
    service.onSnapshotActivated(Actor.SYSTEM, new ListChange("bench", "warmup", List.of(), Set.of()));
    double indexSecs = secs(t0);
    System.out.printf("party index built (once per process, kept current by imports): %.1f s%n", indexSecs);
    t0 = System.nanoTime();
    CaseService.RescreenResult r = service.onSnapshotActivated(Actor.SYSTEM,
        new ListChange("us_ofac_sdn", s1.id(), upserted, Set.of()));
    double deltaSecs = secs(t0);
    System.out.printf("DELTA re-screen: %,d entries -> %,d candidates scored, %,d hits, %,d alerts in %.1f s%n",
        r.entities(), r.candidates(), r.hits(), r.alerts(), deltaSecs);

    Set<String> alertedPairs = new HashSet<>();
    service.alerts(Actor.SYSTEM, Optional.empty(), Optional.empty(), 0)
        .forEach(a -> alertedPairs.add(a.partyId() + "/" + a.entityId()));
    long plantedOnDelta = BookGenerator.PLANTED.entrySet().stream().filter(en -> deltaIdsOf(upserted)
        .contains(en.getValue())).count();
    long plantedFound = BookGenerator.PLANTED.entrySet().stream().filter(en -> deltaIdsOf(upserted)
        .contains(en.getValue()) && alertedPairs.contains(en.getKey() + "/" + en.getValue())).count();
    System.out.printf("TRUE MATCHES: %,d of the %,d parties named after a delta entry (exact, reordered or one "
        + "typo) were alerted on that entry%n", plantedFound, plantedOnDelta);

    // --- full path: every party screened against the whole new list
    t0 = System.nanoTime();
    IndexedScreening full = new IndexedScreening(after, scorer, List.of(s1.id()), 2000);
    double listIndexSecs = secs(t0);
    Set<String> deltaEntryIds = deltaIdsOf(upserted);
    long plantedFull = 0;
    List<String> missedPlanted = new ArrayList<>();
    for (Party p : book) {
      String target = BookGenerator.PLANTED.get(p.externalId());
      if (target == null || !deltaEntryIds.contains(target)) {
        continue;
      }
      boolean byFull = full.screen(p).stream().anyMatch(h -> h.score() >= threshold && h.entity().id().equals(target));
      plantedFull += byFull ? 1 : 0;
      if (!alertedPairs.contains(p.externalId() + "/" + target)) {
        missedPlanted.add(p.caption() + " -> " + target + (byFull ? " (full re-screen finds it)" : " (full misses it too)"));
      }
    }
    System.out.printf("TRUE MATCHES by a full re-screen of the same parties: %,d of %,d%n", plantedFull, plantedOnDelta);
    missedPlanted.stream().limit(15).forEach(x -> System.out.println("  delta missed: " + x));
    Set<String> deltaIds = new HashSet<>();
    upserted.forEach(e -> deltaIds.add(e.id()));
    AtomicLong hits = new AtomicLong();
    AtomicLong deltaHits = new AtomicLong();
    Set<String> expected = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<Party> sample = book.subList(0, fullSample);
    t0 = System.nanoTime();
    IntStream.range(0, sample.size()).parallel().forEach(i -> {
      for (Hit h : full.screen(sample.get(i))) {
        if (h.score() >= threshold) {
          hits.incrementAndGet();
          if (deltaIds.contains(h.entity().id())) {
            deltaHits.incrementAndGet();
            Party p = sample.get(i);
            expected.add(p.externalId() + " / " + h.entity().id() + " " + h.entity().caption() + " <- " + p.caption());
          }
        }
      }
    });
    double fullSecs = secs(t0);

    // Recall of the delta path: the full re-screen's hits on delta entries for the sample parties,
    // against the alerts the delta path raised for the same parties.
    Set<String> samplePartyIds = new HashSet<>();
    sample.forEach(p -> samplePartyIds.add(p.externalId()));
    Set<String> found = new HashSet<>();
    for (var a : service.alerts(Actor.SYSTEM, Optional.empty(), Optional.empty(), 0)) {
      if (samplePartyIds.contains(a.partyId())) {
        found.add(a.partyId() + " / " + a.entityId() + " " + a.entity().caption() + " <- " + a.party().caption());
      }
    }
    Set<String> missed = new java.util.TreeSet<>(expected);
    missed.removeAll(found);
    System.out.printf("RECALL on the sample: the delta path raised %,d of the %,d hits on delta entries a full "
        + "screen finds (%.1f%%)%n", expected.size() - missed.size(), expected.size(),
        expected.isEmpty() ? 100.0 : 100.0 * (expected.size() - missed.size()) / expected.size());
    missed.stream().limit(10).forEach(x -> System.out.println("  missed: " + x));
    double extrapolated = fullSecs * parties / sample.size();
    System.out.printf("FULL re-screen: list index %.1f s; %,d parties screened in %.1f s%s; %,d hits, %,d of them "
        + "on delta entries%n", listIndexSecs, sample.size(), fullSecs,
        sample.size() < parties ? String.format(" (extrapolated to %,d: %.0f s)", parties, extrapolated) : "",
        hits.get(), deltaHits.get());
    System.out.printf("RESULT delta %.1f s vs full %.0f s: delta re-screening is %.0fx faster "
        + "(%.0fx including the party index build)%n", deltaSecs, extrapolated, extrapolated / deltaSecs,
        extrapolated / (deltaSecs + indexSecs));
  }

  private static Set<String> deltaIdsOf(List<Entity> upserted) {
    Set<String> ids = new HashSet<>();
    upserted.forEach(e -> ids.add(e.id()));
    return ids;
  }

  private static Snapshot snap(String id, List<Entity> entities) {
    return new Snapshot(id, "us_ofac_sdn", "ofac-sdn-csv", "0".repeat(64), Optional.of(LocalDate.of(2022, 1, 1)),
        Instant.parse("2026-01-01T00:00:00Z"), entities.size(), entities.size());
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Seeded customer names: mostly unlisted people and companies, a few named after listed entries. */
  static final class BookGenerator {
    private BookGenerator() {}

    static final String[] GIVEN = ("James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David "
        + "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Maria Anna Hans Peter Klaus Ursula Jürgen "
        + "Monika Pierre Marie Jean Claire Luc Sophie Giuseppe Giulia Marco Francesca Jose Carmen Antonio Lucia "
        + "Alexander Sergey Olga Dmitry Elena Andrey Natalia Ivan Tatiana Mikhail Irina Vladimir Svetlana Pavel "
        + "Ekaterina Mohammed Fatima Ahmed Aisha Ali Omar Layla Hassan Zainab Yusuf Wei Fang Li Na Jun Ying Hiroshi "
        + "Yuki Kenji Sakura Raj Priya Arjun Ananya Kwame Ama Chinedu Ngozi Mehmet Ayse Mustafa Elif Jan Anna Piotr "
        + "Katarzyna Lars Ingrid Erik Astrid Sean Siobhan").split(" ");
    static final String[] FAMILY = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez "
        + "Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
        + "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Dubois Durand Lefebvre Moreau "
        + "Rossi Russo Ferrari Esposito Bianchi Romano Fernandez Sanchez Ramirez Torres Ivanov Smirnov Kuznetsov "
        + "Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov "
        + "Pavlov Kozlov Stepanov Nikolaev Al-Sayed Haddad Khalil Hussein Rahman Khan Ahmed Abdullah Mansour Nasser "
        + "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Sato Suzuki Takahashi Tanaka Patel Sharma Singh Kumar Gupta "
        + "Okafor Mensah Yilmaz Kaya Demir Kowalski Nowak Wisniewski Jensen Nielsen Hansen Andersen Murphy Kelly "
        + "O'Brien Walsh").split(" ");
    static final String[] WORD = ("Global Alpha Nordic Atlas Delta Pacific Union Star Green Blue Royal Golden "
        + "United General National Modern Smart Prime Eco Euro Asia Trans Inter Tech Digital Logic Data Cloud Energy "
        + "Power Solar Oil Gas Petro Steel Metal Agro Food Fresh Bakery Dairy Textile Fashion Auto Motor Marine "
        + "Shipping Logistics Cargo Freight Trade Trading Import Export Capital Invest Finance Credit Bank Insurance "
        + "Consulting Partners Holding Group Systems Solutions Services Industries Engineering Construction Building "
        + "Development Property Realty Medical Pharma Health Bio Chemical Plastics Paper Print Media Travel Tours "
        + "Hotel Resort Sport Fitness Education Software Hardware Electronics Telecom Network Security").split(" ");
    static final String[] FORM = "LLC Ltd GmbH AG SA SRL BV Inc Corp OOO AO JSC PLC KG Oy AB".split(" ");

    /** Parties named after a listed entry: party id to entity id (filled by {@link #generate}). */
    static final java.util.Map<String, String> PLANTED = new java.util.HashMap<>();

    static List<Party> generate(int n, List<Entity> listed, long seed) {
      Random rnd = new Random(seed);
      List<Entity> targets = listed.stream().filter(e -> Schemata.isScreenable(e.schema()) && !e.names().isEmpty())
          .toList();
      List<Party> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String id = "P" + i;
        if (i % 2000 == 1999) {
          Entity e = targets.get(rnd.nextInt(targets.size()));
          String name = variant(e.names().get(rnd.nextInt(e.names().size())), rnd);
          PLANTED.put(id, e.id());
          out.add(new Party(id, e.schema(), List.of(name), e.get("birthDate"), List.of(), List.of(), null));
        } else if (rnd.nextInt(10) < 7) {
          String name = pick(GIVEN, rnd) + (rnd.nextInt(5) == 0 ? " " + pick(GIVEN, rnd) : "") + " " + pick(FAMILY, rnd);
          String dob = String.format("%d-%02d-%02d", 1940 + rnd.nextInt(65), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
          out.add(new Party(id, "Person", List.of(name), List.of(dob), List.of(), List.of(), null));
        } else {
          String name = pick(WORD, rnd) + " " + pick(WORD, rnd) + (rnd.nextBoolean() ? " " + pick(WORD, rnd) : "")
              + " " + pick(FORM, rnd);
          out.add(new Party(id, "Company", List.of(name), List.of(), List.of(), List.of(), null));
        }
      }
      return out;
    }

    private static String variant(String name, Random rnd) {
      String[] w = name.replace(",", "").split("\\s+");
      switch (rnd.nextInt(3)) {
        case 0 -> {
          return name;
        }
        case 1 -> { // reorder
          java.util.Collections.reverse(java.util.Arrays.asList(w));
          return String.join(" ", w);
        }
        default -> { // one typo in the longest word
          int k = 0;
          for (int j = 1; j < w.length; j++) {
            if (w[j].length() > w[k].length()) {
              k = j;
            }
          }
          if (w[k].length() > 4) {
            int p = 1 + rnd.nextInt(w[k].length() - 2);
            w[k] = w[k].substring(0, p) + w[k].charAt(p + 1) + w[k].charAt(p) + w[k].substring(p + 2);
          }
          return String.join(" ", w);
        }
      }
    }

    private static String pick(String[] a, Random rnd) {
      return a[rnd.nextInt(a.length)];
    }
  }
}
