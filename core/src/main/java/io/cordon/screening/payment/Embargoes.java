package io.cordon.screening.payment;

import com.fasterxml.jackson.databind.JsonNode;
import io.cordon.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Comprehensively sanctioned countries and regions per screening policy, from the bundled
 * {@code embargoes.yaml}: an element naming one (a country code, a town, a region, an address line)
 * makes a message be held. Entries carry their dates, so a programme that ended no longer holds
 * payments dated after it.
 */
public final class Embargoes {
  private static final String FORMAT = "cordon-embargoes/1";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * One programme.
   *
   * @param country ISO country code of a whole sanctioned country, or null for a region
   * @param region  the region's name, or null for a country
   * @param names   names of the country or region
   * @param towns   towns in it
   */
  public record Entry(String id, String country, String region, List<String> names, List<String> towns,
                      LocalDate from, LocalDate until, String source, String url) {
    public Entry {
      names = List.copyOf(names);
      towns = List.copyOf(towns);
    }

    boolean inForce(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (until == null || !d.isAfter(until));
    }

    /** The country or region, for people. */
    public String label() {
      return region != null ? region : names.isEmpty() ? country : names.get(0) + " (" + country + ")";
    }
  }

  /** What an element matched: the entry and the words that matched. */
  public record Match(Entry entry, String matched) {}

  private final Map<String, List<Entry>> byPolicy;
  /** per entry id: folded phrases (names and towns) */
  private final Map<String, List<String>> phrases = new LinkedHashMap<>();

  private Embargoes(Map<String, List<Entry>> byPolicy) {
    this.byPolicy = Map.copyOf(byPolicy);
    for (List<Entry> es : byPolicy.values()) {
      for (Entry e : es) {
        List<String> p = new ArrayList<>();
        e.names().forEach(n -> p.add(fold(n)));
        e.towns().forEach(n -> p.add(fold(n)));
        phrases.put(e.id(), List.copyOf(p));
      }
    }
  }

  public static Embargoes bundled() {
    try (InputStream in = Embargoes.class.getResourceAsStream("embargoes.yaml")) {
      if (in == null) {
        throw new IllegalStateException("bundled embargoes.yaml missing from the class path");
      }
      return parse(Json.YAML.readTree(in), "embargoes.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Embargoes parse(JsonNode root, String file) {
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException(file + ": format: expected " + FORMAT);
    }
    Map<String, List<Entry>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("policies").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      List<Entry> entries = new ArrayList<>();
      int i = 0;
      for (JsonNode n : p.getValue()) {
        String where = file + ": policies." + p.getKey() + "[" + i++ + "]";
        String id = req(n, "id", where);
        String country = n.hasNonNull("country") ? n.get("country").asText().toUpperCase(Locale.ROOT) : null;
        String region = n.hasNonNull("region") ? n.get("region").asText() : null;
        if ((country == null) == (region == null)) {
          throw new IllegalArgumentException(where + ": give either country or region");
        }
        entries.add(new Entry(id, country, region, strings(n.path("names")), strings(n.path("towns")),
            date(n, "from", where), date(n, "until", where), req(n, "source", where), req(n, "url", where)));
      }
      out.put(p.getKey().toLowerCase(Locale.ROOT), entries);
    }
    return new Embargoes(out);
  }

  /** The entries of a policy (none when the policy has no geographic programme here). */
  public List<Entry> of(String policy) {
    return byPolicy.getOrDefault(policy.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * The programme an element names under a policy on a date: a country code for COUNTRY elements,
   * a country, region or town name (whole words) for towns, sub-divisions and address lines.
   */
  public Optional<Match> check(String policy, Element e, LocalDate date) {
    for (Entry en : of(policy)) {
      if (!en.inForce(date)) {
        continue;
      }
      if (e.kind() == Element.Kind.COUNTRY) {
        if (en.country() != null && en.country().equalsIgnoreCase(e.value().strip())) {
          return Optional.of(new Match(en, e.value().strip()));
        }
        continue;
      }
      if (e.kind() != Element.Kind.TOWN && e.kind() != Element.Kind.SUBDIVISION && e.kind() != Element.Kind.ADDRESS) {
        continue;
      }
      String v = " " + fold(e.value()) + " ";
      for (String ph : phrases.get(en.id())) {
        if (!ph.isBlank() && v.contains(" " + ph + " ")) {
          return Optional.of(new Match(en, ph));
        }
      }
    }
    return Optional.empty();
  }

  /** Lower case, accents dropped, words separated by one space. */
  static String fold(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    // NFD splits Cyrillic й into и + breve; recompose what is left
    d = Normalizer.normalize(d, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    return NON_WORD.matcher(d).replaceAll(" ").strip();
  }

  private static String req(JsonNode n, String field, String where) {
    if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
      throw new IllegalArgumentException(where + "." + field + ": missing");
    }
    return n.get(field).asText();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static LocalDate date(JsonNode n, String field, String where) {
    if (!n.hasNonNull(field)) {
      return null;
    }
    try {
      return LocalDate.parse(n.get(field).asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + "." + field + ": not a date YYYY-MM-DD");
    }
  }
}
