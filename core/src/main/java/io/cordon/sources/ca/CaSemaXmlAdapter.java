package io.cordon.sources.ca;

import io.cordon.model.Entity;
import io.cordon.model.LegalFormTable;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import io.cordon.sources.support.Collector;
import io.cordon.sources.support.CountryText;
import io.cordon.sources.support.Dates;
import io.cordon.sources.support.Draft;
import io.cordon.sources.support.Ids;
import io.cordon.sources.support.Sanctions;
import io.cordon.sources.support.Texts;
import io.cordon.sources.support.XmlNode;
import io.cordon.sources.support.XmlRecords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canada's consolidated autonomous sanctions list (SEMA and JVCFOR), XML {@code data-set} of
 * {@code record}s. One record is one listing under one regulation ("Country" names the regime,
 * Schedule and Item its place); the same person listed under two regimes appears twice. Records
 * are grouped into one entity when name and schema are equal and their birth dates do not
 * contradict; each record keeps its own Sanction. Entity ids are
 * {@code ca-sema-<regime>-<schedule>-<item>} of the group's first record. The file has no date.
 */
public final class CaSemaXmlAdapter implements ListAdapter {
  static final String AUTHORITY = "Global Affairs Canada";
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z]{3,})\\)");

  @Override
  public ListFormat format() {
    return ListFormat.CA_SEMA_XML;
  }

  /** One record, read and normalised. */
  private record Rec(String regime, String schedule, String item, boolean person, String given,
                     String last, String name, String title, Set<String> dobs, String dobRaw,
                     String aliases, int line) {
    String key() {
      // Not Texts.join: it drops repeats, and Schedule 1 Item 1 must keep both.
      return (regimeSlug(regime) + " " + schedule + " " + item).strip();
    }
  }

  /** Records that form one entity. */
  private static final class Group {
    final List<Rec> recs = new ArrayList<>();
    final Set<String> dobs = new LinkedHashSet<>();

    boolean accepts(Rec r) {
      return dobs.isEmpty() || r.dobs().isEmpty() || dobs.stream().anyMatch(r.dobs()::contains);
    }
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    Collector out = new Collector(path, format());
    Map<String, List<Group>> byName = new LinkedHashMap<>();
    List<Group> groups = new ArrayList<>();
    try (XmlRecords xml = XmlRecords.open(path, Set.of("data-set"), Set.of("record"))) {
      for (XmlNode n; (n = xml.next()) != null; ) {
        Rec r = rec(n);
        if (r.name().isEmpty()) {
          out.skip("record at line " + n.line(), "no name");
          continue;
        }
        if (r.item().isEmpty()) {
          out.skip("record at line " + n.line() + " (" + r.name() + ")", "no Item number");
          continue;
        }
        String key = (r.person() ? "P:" : "O:") + r.name().toLowerCase(Locale.ROOT);
        List<Group> same = byName.computeIfAbsent(key, k -> new ArrayList<>());
        Group g = same.stream().filter(x -> x.accepts(r)).findFirst().orElse(null);
        if (g == null) {
          g = new Group();
          same.add(g);
          groups.add(g);
        }
        g.recs.add(r);
        g.dobs.addAll(r.dobs());
      }
    }
    for (Group g : groups) {
      map(g, out);
    }
    return out.finish(Optional.empty());
  }

  private static Rec rec(XmlNode n) {
    String entity = Texts.clean(n.text("Entity"));
    String given = Texts.clean(n.text("GivenName"));
    String last = Texts.clean(n.text("LastName"));
    boolean person = entity.isEmpty();
    String name = person ? Texts.join(" ", given, last) : entity;
    Set<String> dobs = new LinkedHashSet<>();
    String dobRaw = Texts.clean(n.text("DateOfBirth"));
    for (String part : dobRaw.split("\\s+or\\s+|;")) {
      Dates.iso(part).or(() -> Dates.dmy(part)).ifPresent(dobs::add);
    }
    return new Rec(Texts.clean(n.text("Country")), Texts.clean(n.text("Schedule")), Texts.clean(n.text("Item")),
        person, given, last, name, Texts.clean(n.text("Title")), dobs, dobRaw, Texts.clean(n.text("Aliases")), n.line());
  }

  /** "Russia / Russie" to "russia"; the JVCFOR regulation to its abbreviation "jvcfor". */
  static String regimeSlug(String regime) {
    Matcher m = ABBREVIATION.matcher(regime);
    if (m.find()) {
      return Ids.slug(m.group(1));
    }
    int slash = regime.indexOf(" / ");
    return Ids.slug(slash > 0 ? regime.substring(0, slash) : regime);
  }

  private static void map(Group g, Collector out) {
    Rec first = g.recs.get(0);
    String id = Ids.of("ca-sema", Ids.slug(first.key()));
    String schema = first.person() ? Schemata.PERSON
        : LegalFormTable.standard().hasCompanyForm(first.name()) ? Schemata.COMPANY : Schemata.ORGANIZATION;
    Draft d = out.draft(id, schema).add(Prop.NAME, first.name()).add(Prop.TOPICS, "sanction");
    for (Rec r : g.recs) {
      if (r.person()) {
        d.add(Prop.FIRST_NAME, r.given());
        d.add(Prop.LAST_NAME, r.last());
        d.add(Prop.TITLE, r.title());
        r.dobs().forEach(v -> d.add(Prop.BIRTH_DATE, v));
        if (r.dobs().isEmpty() && !r.dobRaw().isEmpty()) {
          d.note("birthDate: " + r.dobRaw());
        }
      }
      for (String alias : aliases(r)) {
        d.add(Prop.ALIAS, alias);
      }
    }
    Entity target = d.build();
    out.add(target);
    for (int i = 0; i < g.recs.size(); i++) {
      Rec r = g.recs.get(i);
      Draft s = Sanctions.draft(out, id, i == 0 ? null : r.key(), AUTHORITY)
          .add(Prop.PROGRAM, r.regime())
          .add(Prop.PROVISIONS, Texts.join(", ",
              r.schedule().isEmpty() ? "" : "Schedule " + r.schedule(), "Item " + r.item()))
          .add("recordId", r.key());
      CountryText.code(r.regime()).ifPresent(c -> s.add(Prop.COUNTRY, c));
      out.add(s.build());
    }
  }

  /**
   * The Aliases field: a comma list of full names for organisations ("Air Bagan Holdings Pte.
   * Ltd., Air Bagan Limited", English/French pairs split at "/"), but for people mostly spelling
   * variants of one name part ("Alexei, Aleksei" of the given name, "SALIAIEV" of the surname):
   * a lone part is completed with the record's other name part.
   */
  static List<String> aliases(Rec r) {
    List<String> out = new ArrayList<>();
    if (r.aliases().isEmpty()) {
      return out;
    }
    List<String> parts = new ArrayList<>();
    for (String p : r.aliases().split(",|;")) {
      String v = p.replaceAll("^[\\s(]+|[\\s)]+$", "").strip();
      if (v.isEmpty()) {
        continue;
      }
      // "Pte. Ltd." after a comma belongs to the name before it.
      if (!parts.isEmpty() && LegalFormTable.standard().hasCompanyForm(v) && !v.contains(" ")) {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + v);
      } else {
        parts.add(v);
      }
    }
    for (String p : parts) {
      if (!r.person()) {
        for (String half : p.split("/")) {
          if (half.strip().length() > 1) {
            out.add(half.strip());
          }
        }
        continue;
      }
      boolean oneToken = !p.contains(" ");
      boolean upper = p.equals(p.toUpperCase(Locale.ROOT)) && !p.equals(p.toLowerCase(Locale.ROOT));
      if (oneToken && upper) {
        out.add(Texts.join(" ", r.given(), p)); // a surname variant
      } else if (oneToken || !p.matches(".*\\p{Lu}{2,}.*") && !p.contains(" ")) {
        out.add(Texts.join(" ", p, r.last())); // a given-name variant
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
