package io.cordon.sources.ch;

import io.cordon.model.LegalFormTable;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import io.cordon.sources.support.Collector;
import io.cordon.sources.support.Dates;
import io.cordon.sources.support.Draft;
import io.cordon.sources.support.Ids;
import io.cordon.sources.support.Sanctions;
import io.cordon.sources.support.Texts;
import io.cordon.sources.support.XmlNode;
import io.cordon.sources.support.XmlRecords;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swiss SECO sanctions list XML ({@code swiss-sanctions-list}, {@code target} records with their
 * modification history). Ids are {@code ch-seco-<ssid>}; the publication date is the root's
 * {@code date}. A target whose latest modification is "de-listed" is no longer sanctioned: it is
 * skipped with a warning. Names are built from name parts in Western order (given, father,
 * family); spelling variants (other scripts, transliterations) become aliases. Places
 * ({@code place} elements, which may follow the targets) are resolved at the end of the file.
 */
public final class ChSecoXmlAdapter implements ListAdapter {
  static final String AUTHORITY = "State Secretariat for Economic Affairs (SECO)";
  private static final List<String> PART_ORDER =
      List.of("title", "given-name", "further-given-name", "father-name", "grand-father-name",
          "family-name", "maiden-name", "suffix", "tribal-name", "whole-name", "other");
  private static final Pattern LABELLED = Pattern.compile("^(IMO(?: number)?|Registration number|E-?Mail|Website|Phone|Fax)\\s*:\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);

  @Override
  public ListFormat format() {
    return ListFormat.CH_SECO_XML;
  }

  /** A mapped target waiting for the places it refers to. */
  private record Pending(Draft target, Draft sanction, String sanctionsSet, List<String> addressPlaces,
                         List<String> birthPlaces) {}

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    Collector out = new Collector(path, format());
    Optional<LocalDate> published;
    Map<String, String> programs = new HashMap<>();
    Map<String, XmlNode> places = new HashMap<>();
    List<Pending> pending = new ArrayList<>();
    try (XmlRecords xml = XmlRecords.open(path, Set.of("swiss-sanctions-list"),
        Set.of("target", "sanctions-program", "place"))) {
      published = Dates.iso(xml.rootAttrs().getOrDefault("date", "")).flatMap(Dates::localDate);
      for (XmlNode r; (r = xml.next()) != null; ) {
        switch (r.name()) {
          case "sanctions-program" -> program(r, programs);
          case "place" -> places.put(r.attr("ssid"), r);
          default -> target(r, out).ifPresent(pending::add);
        }
      }
    }
    for (Pending p : pending) {
      for (String pid : p.addressPlaces()) {
        XmlNode place = places.get(pid);
        if (place != null) {
          p.target().add(Prop.ADDRESS, Texts.join(", ", place.text("location"), place.text("area"), place.text("country")));
          country(p.target(), Prop.COUNTRY, place.child("country"));
        }
      }
      for (String pid : p.birthPlaces()) {
        XmlNode place = places.get(pid);
        if (place != null) {
          p.target().add(Prop.BIRTH_PLACE, Texts.join(", ", place.text("location"), place.text("area"), place.text("country")));
          country(p.target(), "birthCountry", place.child("country"));
        }
      }
      if (!p.sanctionsSet().isEmpty()) {
        p.sanction().add(Prop.PROGRAM, programs.getOrDefault(p.sanctionsSet(), "SECO sanctions set " + p.sanctionsSet()));
      }
      out.add(p.target().build());
      out.add(p.sanction().build());
    }
    return out.finish(published);
  }

  /** Program names by sanctions-set ssid ("Ordinance on measures against Belarus"). */
  private static void program(XmlNode p, Map<String, String> programs) {
    String name = p.children("program-name").stream().filter(n -> n.attr("lang").equals("eng"))
        .map(XmlNode::text).findFirst().orElse(p.text("program-name"));
    String key = p.children("program-key").stream().filter(n -> n.attr("lang").equals("eng"))
        .map(XmlNode::text).findFirst().orElse(p.text("program-key"));
    for (XmlNode set : p.children("sanctions-set")) {
      programs.put(set.attr("ssid"), Texts.join(": ", key, name, set.text()));
    }
  }

  private Optional<Pending> target(XmlNode t, Collector out) {
    String ssid = t.attr("ssid");
    if (ssid.isEmpty()) {
      out.skip("target at line " + t.line(), "no ssid");
      return Optional.empty();
    }
    String id = Ids.of("ch-seco", ssid);
    List<XmlNode> mods = new ArrayList<>(t.children("modification"));
    XmlNode latest = mods.stream().max(Comparator.comparing((XmlNode m) -> m.attr("effective-date"))).orElse(null);
    if (latest != null && latest.attr("modification-type").equals("de-listed")) {
      out.skip(id, "de-listed on " + latest.attr("effective-date") + " (no longer sanctioned)");
      return Optional.empty();
    }
    XmlNode body = null;
    String schema = null;
    for (XmlNode c : t.children()) {
      switch (c.name()) {
        case "individual" -> { body = c; schema = Schemata.PERSON; }
        case "entity" -> { body = c; schema = Schemata.ORGANIZATION; }
        case "object" -> {
          body = c;
          schema = switch (c.attr("object-type")) {
            case "vessel" -> Schemata.VESSEL;
            case "aircraft" -> Schemata.AIRPLANE;
            default -> null;
          };
        }
        default -> { }
      }
    }
    if (body == null || schema == null) {
      out.skip(id, "no individual, entity, vessel or aircraft in the target");
      return Optional.empty();
    }
    List<XmlNode> identities = body.children("identity");
    identities.sort(Comparator.comparing((XmlNode i) -> !"true".equals(i.attr("main"))));
    String name = identities.isEmpty() ? "" : identities.get(0).children("name").stream()
        .filter(n -> n.attr("name-type").equals("primary-name")).findFirst()
        .map(n -> fullName(n, null)).orElse("");
    if (name.isEmpty()) {
      out.skip(id, "no primary name");
      return Optional.empty();
    }
    if (schema.equals(Schemata.ORGANIZATION) && LegalFormTable.standard().hasCompanyForm(name)) {
      schema = Schemata.COMPANY;
    }
    boolean person = schema.equals(Schemata.PERSON);
    Draft d = out.draft(id, schema).add(Prop.NAME, name).add(Prop.TOPICS, "sanction");
    if (person) {
      d.add(Prop.GENDER, Texts.gender(body.attr("sex")));
    }
    List<String> addressPlaces = new ArrayList<>();
    List<String> birthPlaces = new ArrayList<>();
    XmlNode primary = null;
    for (XmlNode identity : identities) {
      for (XmlNode n : identity.children("name")) {
        boolean isPrimary = n.attr("name-type").equals("primary-name");
        if (isPrimary && primary == null) {
          primary = n;
          if (person) {
            partValues(n, "given-name", "further-given-name").forEach(v -> d.add(Prop.FIRST_NAME, v));
            partValues(n, "father-name").forEach(v -> d.add(Prop.FATHER_NAME, v));
            partValues(n, "family-name").forEach(v -> d.add(Prop.LAST_NAME, v));
          }
        }
        String full = fullName(n, primary);
        String prop = n.attr("name-type").equals("formerly-known-as") ? Prop.PREVIOUS_NAME
            : n.attr("quality").equals("low") ? Prop.WEAK_ALIAS : Prop.ALIAS;
        if (!full.equals(name)) {
          d.add(prop, full);
        }
        for (String v : variants(n)) {
          d.add(prop.equals(Prop.WEAK_ALIAS) ? Prop.WEAK_ALIAS : Prop.ALIAS, v);
        }
      }
      for (XmlNode dmy : identity.children("day-month-year")) {
        if (person) {
          d.add(Prop.BIRTH_DATE, Dates.of(dmy.attr("year"), dmy.attr("month"), dmy.attr("day")));
        }
      }
      for (XmlNode nat : identity.children("nationality")) {
        country(d, person ? Prop.NATIONALITY : Prop.COUNTRY, nat.child("country"));
      }
      for (XmlNode pob : identity.children("place-of-birth")) {
        if (person && !pob.attr("place-id").isEmpty()) {
          birthPlaces.add(pob.attr("place-id"));
        }
      }
      for (XmlNode a : identity.children("address")) {
        d.add(Prop.ADDRESS, Texts.join(", ", a.text("c-o"), a.text("p-o-box"), a.text("address-details"), a.text("zip-code")));
        if (!a.attr("place-id").isEmpty()) {
          addressPlaces.add(a.attr("place-id"));
        }
      }
      for (XmlNode doc : identity.children("identification-document")) {
        String number = doc.text("number");
        String type = doc.attr("document-type");
        if (!number.isEmpty()) {
          d.add(type.equals("passport") && person ? Prop.PASSPORT_NUMBER
              : person ? Prop.ID_NUMBER : Prop.REGISTRATION_NUMBER, number);
          d.note("Document: " + Texts.join(", ", type, number, doc.text("issuer"), doc.text("date-of-issue"),
              doc.text("date-of-expiry"), doc.text("remark")));
        }
      }
    }
    for (XmlNode info : body.children("other-information")) {
      String text = info.text();
      d.note(text);
      Matcher m = LABELLED.matcher(text);
      if (m.matches()) {
        labelled(d, m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
      }
    }
    for (XmlNode rel : body.children("relation")) {
      d.note("Related to SECO target ch-seco-" + rel.attr("target-id") + " (" + rel.attr("relation-type") + ")");
    }
    Draft s = Sanctions.draft(out, id, null, AUTHORITY).add(Prop.AUTHORITY_ID, ssid);
    String set = t.text("sanctions-set-id");
    body.children("justification").forEach(j -> s.add(Prop.REASON, j.text()));
    for (XmlNode m : mods) {
      if (m.attr("modification-type").equals("listed")) {
        String date = m.attr("effective-date").isEmpty() ? m.attr("publication-date") : m.attr("effective-date");
        s.add(Prop.LISTING_DATE, Dates.iso(date));
        s.add(Prop.START_DATE, Dates.iso(date));
      }
    }
    if (latest != null) {
      s.add("modifiedAt", Dates.iso(latest.attr("effective-date")));
    }
    return Optional.of(new Pending(d, s, set, addressPlaces, birthPlaces));
  }

  private static void labelled(Draft d, String label, String value) {
    if (label.startsWith("imo")) {
      d.add(d.allows(Prop.IMO_NUMBER) ? Prop.IMO_NUMBER : Prop.NOTES, value);
    } else if (label.startsWith("registration")) {
      d.add(d.allows(Prop.REGISTRATION_NUMBER) ? Prop.REGISTRATION_NUMBER : Prop.NOTES, value);
    } else if (label.contains("mail")) {
      d.add(d.allows(Prop.EMAIL) ? Prop.EMAIL : Prop.NOTES, value);
    } else if (label.equals("website")) {
      d.add(d.allows(Prop.WEBSITE) ? Prop.WEBSITE : Prop.NOTES, value);
    } else if (d.allows("phone")) {
      d.add("phone", value);
    }
  }

  private static void country(Draft d, String property, XmlNode country) {
    if (country == null) {
      return;
    }
    String iso = country.attr("iso-code");
    d.country(property, iso.isEmpty() ? country.text() : iso);
  }

  private static List<String> partValues(XmlNode name, String... types) {
    List<String> out = new ArrayList<>();
    for (XmlNode p : name.children("name-part")) {
      if (List.of(types).contains(p.attr("name-part-type"))) {
        out.add(p.text("value"));
      }
    }
    return out;
  }

  /** Parts in Western order; a name of surname parts only borrows the primary name's given names. */
  private static String fullName(XmlNode name, XmlNode primary) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (XmlNode p : sorted(name)) {
      parts.merge(p.attr("name-part-type"), p.text("value"), (a, b) -> a + " " + b);
    }
    boolean surnameOnly = !parts.isEmpty() && parts.keySet().stream()
        .allMatch(k -> k.equals("family-name") || k.equals("maiden-name"));
    if (surnameOnly && primary != null) {
      List<String> given = partValues(primary, "given-name", "further-given-name");
      return Texts.join(" ", Texts.join(" ", given), String.join(" ", parts.values()));
    }
    return Texts.join(" ", new ArrayList<>(parts.values()));
  }

  private static List<XmlNode> sorted(XmlNode name) {
    List<XmlNode> parts = new ArrayList<>(name.children("name-part"));
    parts.sort(Comparator.comparingInt((XmlNode p) -> {
      int i = PART_ORDER.indexOf(p.attr("name-part-type"));
      return i < 0 ? PART_ORDER.size() : i;
    }).thenComparing(p -> p.attr("order")));
    return parts;
  }

  /**
   * One alias per (language, script) of the spelling variants: each part takes its variant in that
   * spelling, or keeps its own value when the variant is Latin script and the part has none.
   */
  private static List<String> variants(XmlNode name) {
    List<XmlNode> parts = sorted(name);
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    Map<String, Boolean> complete = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (XmlNode p : parts) {
      for (XmlNode v : p.children("spelling-variant")) {
        String key = v.attr("lang") + "/" + v.attr("script");
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    for (String key : keys) {
      List<String> values = new ArrayList<>();
      boolean all = true;
      for (XmlNode p : parts) {
        String variant = p.children("spelling-variant").stream()
            .filter(v -> (v.attr("lang") + "/" + v.attr("script")).equals(key))
            .map(XmlNode::text).findFirst().orElse(null);
        if (variant == null) {
          all = false;
          variant = p.text("value");
        }
        values.add(variant);
      }
      byKey.put(key, values);
      complete.put(key, all);
    }
    List<String> out = new ArrayList<>();
    byKey.forEach((key, values) -> {
      if (complete.get(key) || key.toUpperCase(Locale.ROOT).endsWith("/LATN")) {
        out.add(Texts.join(" ", values));
      }
    });
    return out;
  }
}
