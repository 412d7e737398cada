package io.cordon.index.lucene;

import io.cordon.model.Identifiers;
import io.cordon.index.Listing;
import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, once per index build, which entries of different lists are the same party, on evidence
 * in the list data only (never on a query):
 * <ol>
 *   <li>a cross-reference: the same UN reference number on both entries (EU, UK and UN lists carry it);</li>
 *   <li>a shared identifier (passport, national id, IMO, registration number, ...) of at least six
 *       characters with a digit, held by one entry of each list only, both persons or both not;</li>
 *   <li>persons: the same full name (order-free, at least two words) and the same birth date; a date
 *       given as a year alone also needs a shared nationality or a second shared name;</li>
 *   <li>organisations, vessels, ...: the same schema family and at least two of the same names,
 *       names compared by their letters alone ({@code AL-QAIDA} = {@code AL QA'IDA});</li>
 *   <li>organisations, ...: one such name, held by no other entry of either list, when one entry is
 *       a UN listing and the other names a programme implementing its regime (QDe and SDGT).</li>
 * </ol>
 * Entries of one list are never joined (a list that names two entries means two parties), so a group
 * holds at most one entry per list; links are applied strongest first, each only when the two groups
 * share no list. The group key is the smallest member id: stable for the same lists.
 */
final class PartyGroups {

  /** Shortest identifier taken as evidence: short numbers repeat across registries. */
  static final int MIN_IDENTIFIER = 6;

  /**
   * One screenable entity of the build.
   *
   * @param source    the list it comes from (snapshot source name)
   * @param sanctions the Sanction records of the same list that point at it
   */
  record Item(Entity entity, String source, List<Entity> sanctions) {
    Listing listing() {
      return PartyGroups.listing(entity, source, sanctions);
    }
  }

  private record Link(int strength, int a, int b, String evidence) {}

  private final List<Item> items;
  private final int[] parent;
  private final List<Set<String>> sources;
  private final Map<Integer, List<String>> evidence = new HashMap<>();

  private PartyGroups(List<Item> items) {
    this.items = items;
    this.parent = new int[items.size()];
    this.sources = new ArrayList<>(items.size());
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      sources.add(new TreeSet<>(Set.of(items.get(i).source())));
    }
  }

  /** Groups the screenable items (in build order). */
  static PartyGroups of(List<Item> items) {
    PartyGroups g = new PartyGroups(items);
    List<Link> links = new ArrayList<>();
    g.crossReferences(links);
    g.identifiers(links);
    g.namesAndBirthDates(links);
    g.organisationNames(links);
    links.sort((x, y) -> x.strength != y.strength ? Integer.compare(x.strength, y.strength)
        : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
    for (Link l : links) {
      g.join(l);
    }
    return g;
  }

  /** Keys of all items at once (null for single ones), in item order. */
  String[] keys() {
    Map<Integer, String> min = new HashMap<>();
    for (int j = 0; j < parent.length; j++) {
      int r = find(j);
      if (evidence.containsKey(r)) {
        String id = items.get(j).entity().id();
        min.merge(r, id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
    }
    String[] out = new String[parent.length];
    for (int j = 0; j < parent.length; j++) {
      out[j] = min.get(find(j));
    }
    return out;
  }

  /** The evidence lines of item {@code i}'s group, empty when it is listed once. */
  List<String> evidence(int i) {
    return evidence.getOrDefault(find(i), List.of());
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void join(Link l) {
    int ra = find(l.a);
    int rb = find(l.b);
    if (ra == rb || !java.util.Collections.disjoint(sources.get(ra), sources.get(rb))) {
      return;
    }
    int root = Math.min(ra, rb);
    int other = Math.max(ra, rb);
    parent[other] = root;
    sources.get(root).addAll(sources.get(other));
    List<String> ev = new ArrayList<>(evidence.getOrDefault(root, List.of()));
    ev.addAll(evidence.getOrDefault(other, List.of()));
    ev.add(items.get(l.a).entity().id() + " = " + items.get(l.b).entity().id() + ": " + l.evidence);
    evidence.remove(other);
    evidence.put(root, ev);
  }

  /** Items by a value, when each list holds the value once: value -> items (of different lists). */
  private Map<String, List<Integer>> uniquePerSource(Map<String, List<Integer>> byValue) {
    Map<String, List<Integer>> out = new TreeMap<>();
    byValue.forEach((v, list) -> {
      Set<String> seen = new HashSet<>();
      boolean unique = true;
      for (int i : list) {
        unique &= seen.add(items.get(i).source());
      }
      if (unique && list.size() > 1) {
        out.put(v, list);
      }
    });
    return out;
  }

  private static void pairs(List<Integer> members, int strength, String evidence, List<Link> out) {
    for (int x = 0; x < members.size(); x++) {
      for (int y = x + 1; y < members.size(); y++) {
        out.add(new Link(strength, Math.min(members.get(x), members.get(y)),
            Math.max(members.get(x), members.get(y)), evidence));
      }
    }
  }

  private void crossReferences(List<Link> out) {
    Map<String, List<Integer>> byRef = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (String ref : new TreeSet<>(unReferences(i))) {
        byRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(i);
      }
    }
    uniquePerSource(byRef).forEach((ref, members) -> pairs(members, 0, "UN reference " + ref + " on both", out));
  }

  /** UN reference numbers the item's Sanction records carry (the UN's own entry carries its own). */
  private List<String> unReferences(int i) {
    List<String> out = new ArrayList<>();
    for (Entity s : items.get(i).sanctions()) {
      for (String ref : s.get(Prop.UNSC_ID)) {
        String r = ref.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (!r.isEmpty()) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private void identifiers(List<Link> out) {
    Map<String, List<Integer>> byId = new HashMap<>();
    Map<String, String> kind = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Entity e = items.get(i).entity();
      FtmModel.SchemaSpec spec = FtmModel.get().schema(e.schema()).orElse(null);
      if (spec == null) {
        continue;
      }
      String family = e.isA(Schemata.PERSON) ? "person" : "other";
      Set<String> mine = new HashSet<>();
      for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
        boolean identifier = spec.property(p.getKey()).map(s -> "identifier".equals(s.type())).orElse(false);
        if (!identifier) {
          continue;
        }
        for (String v : p.getValue()) {
          String n = Identifiers.normalise(v);
          if (n.length() >= MIN_IDENTIFIER && n.chars().anyMatch(Character::isDigit) && mine.add(n)) {
            byId.computeIfAbsent(family + ":" + n, k -> new ArrayList<>()).add(i);
            kind.putIfAbsent(family + ":" + n, p.getKey());
          }
        }
      }
    }
    uniquePerSource(byId).forEach((key, members) -> pairs(members, 1,
        "same " + kind.get(key) + " " + key.substring(key.indexOf(':') + 1), out));
  }

  private static Set<String> nameKeys(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : e.names()) {
      List<String> toks = Fold.tokens(n);
      if (toks.size() >= 2) {
        out.add(Fold.exact(toks));
      }
    }
    return out;
  }

  private void namesAndBirthDates(List<Link> out) {
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Entity e = items.get(i).entity();
      if (e.isA(Schemata.PERSON) && e.has(Prop.BIRTH_DATE)) {
        for (String k : nameKeys(e)) {
          byName.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> done = new HashSet<>();
    for (List<Integer> members : byName.values()) {
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          int a = Math.min(members.get(x), members.get(y));
          int b = Math.max(members.get(x), members.get(y));
          if (items.get(a).source().equals(items.get(b).source()) || !done.add(((long) a << 32) | b)) {
            continue;
          }
          String ev = personEvidence(items.get(a).entity(), items.get(b).entity());
          if (ev != null) {
            out.add(new Link(2, a, b, ev));
          }
        }
      }
    }
  }

  /** Why two persons sharing a name are one, or null when their data does not say so. */
  static String personEvidence(Entity a, Entity b) {
    Set<String> names = new TreeSet<>(nameKeys(a));
    names.retainAll(nameKeys(b));
    if (names.isEmpty()) {
      return null;
    }
    Set<String> dates = new TreeSet<>(a.get(Prop.BIRTH_DATE));
    dates.retainAll(b.get(Prop.BIRTH_DATE));
    String full = dates.stream().filter(d -> d.length() == 10).findFirst().orElse(null);
    String name = quotedName(a, names.iterator().next());
    if (full != null) {
      return "same name " + name + " and birth date " + full;
    }
    if (dates.isEmpty()) {
      return null;
    }
    // A shared birth year alone is weak: it needs a second agreeing fact.
    Set<String> countries = countries(a);
    countries.retainAll(countries(b));
    if (!countries.isEmpty()) {
      return "same name " + name + ", birth year " + dates.iterator().next() + " and nationality " + countries.iterator().next();
    }
    if (names.size() >= 2) {
      return "same names " + names.size() + " times and birth year " + dates.iterator().next();
    }
    return null;
  }

  private static Set<String> countries(Entity e) {
    Set<String> out = new TreeSet<>(e.get(Prop.NATIONALITY));
    out.addAll(e.get(Prop.CITIZENSHIP));
    return out;
  }

  private static String quotedName(Entity e, String key) {
    for (String n : e.names()) {
      if (Fold.exact(Fold.tokens(n)).equals(key)) {
        return "'" + n + "'";
      }
    }
    return "'" + key + "'";
  }

  /**
   * Organisation names by their letters and digits alone, in order ({@code AL-QAIDA}, {@code AL
   * QA'IDA} and {@code alqaida} are one key), each also without its parenthesised parts
   * ({@code ARMAMENT INDUSTRIES GROUP (AIG)}): key -> index of the name it came from. Weak aliases
   * are not names here (they are often acronyms shared by unrelated bodies).
   */
  private static Map<String, Integer> orgKeys(Entity e) {
    Map<String, Integer> out = new LinkedHashMap<>();
    List<String> names = e.names();
    for (int n = 0; n < names.size(); n++) {
      for (String variant : List.of(names.get(n), PARENTHESES.matcher(names.get(n)).replaceAll(" "))) {
        String k = String.join("", Fold.tokens(variant));
        if (k.length() >= 3) {
          out.putIfAbsent(k, n);
        }
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^)]*\\)");

  /**
   * Rules 4 and 5: organisations, vessels, aircraft of one schema family sharing two or more names
   * (by their letters), or one name held by no other entry of either list when one entry is a UN
   * listing whose regime the other entry's programme implements ({@link #UN_REGIMES}).
   */
  private void organisationNames(List<Link> out) {
    List<Map<String, Integer>> keys = new ArrayList<>(items.size());
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Entity e = items.get(i).entity();
      Map<String, Integer> mine = e.isA(Schemata.PERSON) ? Map.of() : orgKeys(e);
      keys.add(mine);
      for (String k : mine.keySet()) {
        byName.computeIfAbsent(family(e) + ":" + k, x -> new ArrayList<>()).add(i);
      }
    }
    Map<Long, Set<String>> shared = new TreeMap<>();
    Set<String> unique = new HashSet<>(uniquePerSource(byName).keySet());
    for (Map.Entry<String, List<Integer>> en : byName.entrySet()) {
      List<Integer> members = en.getValue();
      if (members.size() > 8) {
        continue; // a name many entries carry ("BANK MELLI" branches) proves nothing
      }
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          int a = Math.min(members.get(x), members.get(y));
          int b = Math.max(members.get(x), members.get(y));
          if (!items.get(a).source().equals(items.get(b).source())) {
            shared.computeIfAbsent(((long) a << 32) | b, k -> new TreeSet<>()).add(en.getKey());
          }
        }
      }
    }
    shared.forEach((pair, names) -> {
      int a = (int) (pair >>> 32);
      int b = (int) (pair & 0xffffffffL);
      Set<Integer> namesOfA = new TreeSet<>();
      Set<Integer> namesOfB = new TreeSet<>();
      List<String> quoted = new ArrayList<>();
      for (String fk : names) {
        String k = fk.substring(fk.indexOf(':') + 1);
        if (namesOfA.add(keys.get(a).get(k)) & namesOfB.add(keys.get(b).get(k))) {
          quoted.add("'" + items.get(a).entity().names().get(keys.get(a).get(k)) + "'");
        }
      }
      if (namesOfA.size() >= 2 && namesOfB.size() >= 2) {
        out.add(new Link(3, a, b, "same names " + String.join(", ", quoted.subList(0, Math.min(3, quoted.size())))
            + (quoted.size() > 3 ? " and " + (quoted.size() - 3) + " more" : "")));
        return;
      }
      if (!unique.containsAll(names)) {
        return; // the name is on two entries of one list: which one would be meant?
      }
      String regime = implementedRegime(a, b);
      if (regime == null) {
        regime = implementedRegime(b, a);
      }
      if (regime != null) {
        String k = names.iterator().next();
        k = k.substring(k.indexOf(':') + 1);
        out.add(new Link(4, a, b, "same name '" + items.get(a).entity().names().get(keys.get(a).get(k)) + "' / '"
            + items.get(b).entity().names().get(keys.get(b).get(k)) + "' and " + regime));
      }
    });
  }

  /**
   * OFAC programme codes under which the United States implements each UN Security Council sanctions
   * regime, by the two letters that open the regime's reference numbers (QDe.004: the ISIL (Da'esh)
   * and Al-Qaida list). Matched against the programmes an entry of another list names; an entry of
   * an unrelated programme with the same name stays apart.
   */
  static final Map<String, Set<String>> UN_REGIMES = Map.ofEntries(
      Map.entry("QD", Set.of("SDGT", "FTO")),
      Map.entry("TA", Set.of("SDGT")),
      Map.entry("IQ", Set.of("IRAQ2", "IRAQ3")),
      Map.entry("KP", Set.of("NPWMD", "DPRK", "DPRK2", "DPRK3", "DPRK4", "DPRK-NKSPEA")),
      Map.entry("IR", Set.of("NPWMD", "IFSR", "IRAN", "IRGC")),
      Map.entry("CD", Set.of("DRCONGO")),
      Map.entry("CF", Set.of("CAR")),
      Map.entry("SO", Set.of("SOMALIA")),
      Map.entry("YE", Set.of("YEMEN")),
      Map.entry("LY", Set.of("LIBYA2", "LIBYA3")),
      Map.entry("SD", Set.of("DARFUR", "SUDAN")),
      Map.entry("SS", Set.of("SOUTH SUDAN", "SOUTHSUDAN")),
      Map.entry("ML", Set.of("MALI")));

  /** How item {@code other}'s programme implements item {@code un}'s UN regime, or null when it does not. */
  private String implementedRegime(int un, int other) {
    List<String> refs = unReferences(un);
    if (refs.isEmpty() || !unReferences(other).isEmpty()) {
      return null; // the other entry has its own UN reference: rule 1 decides
    }
    Set<String> programs = new TreeSet<>(listing(items.get(other).entity(), items.get(other).source(),
        items.get(other).sanctions()).programs());
    for (String ref : refs) {
      Set<String> codes = ref.length() < 2 ? Set.of() : UN_REGIMES.getOrDefault(ref.substring(0, 2), Set.of());
      for (String p : programs) {
        if (codes.contains(p.strip().toUpperCase(Locale.ROOT))) {
          return "programme " + p + " implementing the UN regime of " + ref;
        }
      }
    }
    return null;
  }

  private static String family(Entity e) {
    if (e.isA(Schemata.VESSEL)) {
      return "vessel";
    }
    if (e.isA(Schemata.AIRPLANE)) {
      return "airplane";
    }
    return e.isA(Schemata.LEGAL_ENTITY) ? "legal" : e.schema();
  }

  /** The listing of an entity: its programmes, listing date and reference from its Sanction records. */
  static Listing listing(Entity e, String source, List<Entity> sanctions) {
    Set<String> programs = new LinkedHashSet<>(e.get(Prop.PROGRAM));
    String date = "";
    String ref = "";
    for (Entity s : sanctions) {
      programs.addAll(s.get(Prop.PROGRAM));
      for (String d : s.get(Prop.LISTING_DATE)) {
        if (date.isEmpty() || d.compareTo(date) < 0) {
          date = d;
        }
      }
      if (ref.isEmpty() && s.has(Prop.AUTHORITY_ID)) {
        ref = s.first(Prop.AUTHORITY_ID);
      }
    }
    return new Listing(e.id(), source, new ArrayList<>(programs), date, ref);
  }

  private static final char FIELD = '\u001f';
  private static final char VALUE = '\u001e';

  /** The stored form of a listing (one stored field). */
  static String encode(Listing l) {
    return l.entityId() + FIELD + l.dataset() + FIELD + String.join(String.valueOf(VALUE), l.programs())
        + FIELD + l.listingDate() + FIELD + l.authorityId();
  }

  static Listing decode(String s) {
    String[] f = s.split(String.valueOf(FIELD), -1);
    List<String> programs = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(String.valueOf(VALUE), -1));
    return new Listing(f[0], f[1], programs, f[3], f[4]);
  }
}
