package io.cordon.sources.un;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST} with INDIVIDUAL and ENTITY
 * records). Ids are {@code unsc-<DATAID>}; the publication date is {@code dateGenerated}.
 * Alias quality "Low" becomes weakAlias, "f.k.a." previousName, others alias.
 */
public final class UnScXmlAdapter implements ListAdapter {
  static final String AUTHORITY = "United Nations Security Council";
  private static final Pattern GENDER = Pattern.compile("\\bGender: *(male|female)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SWIFT = Pattern.compile("\\bSWIFT(?:/BIC)?(?: code)?: *([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\\b");

  @Override
  public ListFormat format() {
    return ListFormat.UN_SC_XML;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    Collector out = new Collector(path, format());
    Optional<LocalDate> published;
    try (XmlRecords xml = XmlRecords.open(path, Set.of("CONSOLIDATED_LIST"), Set.of("INDIVIDUAL", "ENTITY"))) {
      published = Dates.iso(xml.rootAttrs().getOrDefault("dateGenerated", "")).flatMap(Dates::localDate);
      for (XmlNode r; (r = xml.next()) != null; ) {
        map(r, out);
      }
    }
    return out.finish(published);
  }

  private static void map(XmlNode r, Collector out) {
    boolean person = r.name().equals("INDIVIDUAL");
    String key = !r.text("DATAID").isEmpty() ? r.text("DATAID") : r.text("REFERENCE_NUMBER");
    if (key.isEmpty()) {
      out.skip(r.name() + " at line " + r.line(), "no DATAID or REFERENCE_NUMBER");
      return;
    }
    String id = Ids.of("unsc", key);
    List<String> parts = new ArrayList<>();
    for (String p : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      String v = Texts.clean(r.text(p));
      if (!v.isEmpty()) {
        parts.add(v);
      }
    }
    String name = String.join(" ", parts);
    if (name.isEmpty()) {
      out.skip(id, "no name");
      return;
    }
    String schema = person ? Schemata.PERSON
        : LegalFormTable.standard().hasCompanyForm(name) ? Schemata.COMPANY : Schemata.ORGANIZATION;
    Draft d = out.draft(id, schema).add(Prop.NAME, name).add(Prop.TOPICS, "sanction");
    if (person) {
      d.add(Prop.FIRST_NAME, parts.get(0));
      if (parts.size() > 1) {
        d.add(Prop.LAST_NAME, parts.get(parts.size() - 1));
      }
      if (parts.size() > 2) {
        // FtM deprecates secondName: the parts between first and last are the middle name.
        d.add(Prop.MIDDLE_NAME, String.join(" ", parts.subList(1, parts.size() - 1)));
      }
      d.add(Prop.GENDER, Texts.gender(r.text("GENDER")));
      r.texts("TITLE/VALUE").forEach(t -> d.add(Prop.TITLE, t));
      r.texts("DESIGNATION/VALUE").forEach(t -> d.add("position", t));
      r.texts("NATIONALITY/VALUE").forEach(t -> d.country(Prop.NATIONALITY, t));
      r.all("INDIVIDUAL_DATE_OF_BIRTH").forEach(b -> birthDates(b, d));
      for (XmlNode pob : r.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
        d.add(Prop.BIRTH_PLACE, Texts.join(", ", pob.text("CITY"), pob.text("STATE_PROVINCE"), pob.text("COUNTRY")));
        d.country("birthCountry", pob.text("COUNTRY"));
      }
      r.all("INDIVIDUAL_DOCUMENT").forEach(doc -> document(doc, d));
    }
    d.add(Prop.ALIAS, Texts.clean(r.text("NAME_ORIGINAL_SCRIPT")));
    for (XmlNode a : r.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
      String alias = Texts.clean(a.text("ALIAS_NAME"));
      String quality = a.text("QUALITY").toLowerCase(Locale.ROOT);
      d.add(quality.equals("low") ? Prop.WEAK_ALIAS : quality.equals("f.k.a.") ? Prop.PREVIOUS_NAME : Prop.ALIAS, alias);
    }
    for (XmlNode a : r.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
      d.add(Prop.ADDRESS, Texts.join(", ", a.text("STREET"), a.text("CITY"), a.text("STATE_PROVINCE"),
          a.text("ZIP_CODE"), a.text("COUNTRY")));
      d.country(Prop.COUNTRY, a.text("COUNTRY"));
    }
    String comments = Texts.clean(r.text("COMMENTS1"));
    d.note(comments);
    // Some records state gender or a SWIFT/BIC only in the comments.
    if (person && !d.has(Prop.GENDER)) {
      Matcher g = GENDER.matcher(comments);
      if (g.find()) {
        d.add(Prop.GENDER, Texts.gender(g.group(1)));
      }
    }
    if (!person) {
      Matcher sw = SWIFT.matcher(comments);
      while (sw.find()) {
        d.add(Prop.SWIFT_BIC, sw.group(1));
      }
    }
    out.add(d.build());

    Draft s = Sanctions.draft(out, id, null, AUTHORITY)
        .add(Prop.PROGRAM, r.text("UN_LIST_TYPE"))
        .add(Prop.UNSC_ID, r.text("REFERENCE_NUMBER"))
        .add(Prop.AUTHORITY_ID, r.text("REFERENCE_NUMBER"));
    s.date(Prop.LISTING_DATE, r.text("LISTED_ON"), Dates.iso(r.text("LISTED_ON")));
    s.date(Prop.START_DATE, r.text("LISTED_ON"), Dates.iso(r.text("LISTED_ON")));
    r.texts("LAST_DAY_UPDATED/VALUE").forEach(v -> s.add("modifiedAt", Dates.iso(v)));
    out.add(s.build());
  }

  /** EXACT/APPROXIMATELY give a DATE or a YEAR; BETWEEN gives a year range (each year is kept). */
  private static void birthDates(XmlNode b, Draft d) {
    String date = b.text("DATE");
    if (!date.isEmpty()) {
      d.date(Prop.BIRTH_DATE, date, Dates.iso(date));
    }
    String year = b.text("YEAR");
    if (!year.isEmpty()) {
      d.date(Prop.BIRTH_DATE, year, Dates.iso(year));
    }
    String from = b.text("FROM_YEAR");
    String to = b.text("TO_YEAR");
    if (from.matches("\\d{4}") && to.matches("\\d{4}")) {
      int f = Integer.parseInt(from);
      int t = Integer.parseInt(to);
      if (t >= f && t - f <= 10) {
        for (int y = f; y <= t; y++) {
          d.add(Prop.BIRTH_DATE, String.valueOf(y));
        }
      } else {
        d.note("birthDate: between " + from + " and " + to);
      }
    }
  }

  private static void document(XmlNode doc, Draft d) {
    String number = Texts.clean(doc.text("NUMBER"));
    String type = Texts.clean(doc.text("TYPE_OF_DOCUMENT"));
    if (number.isEmpty()) {
      return;
    }
    String t = type.toLowerCase(Locale.ROOT);
    boolean passport = t.contains("passport") || t.contains("pasaporte") || t.contains("passeport");
    d.add(passport ? Prop.PASSPORT_NUMBER : Prop.ID_NUMBER, number);
    String detail = Texts.join(", ", type, doc.text("TYPE_OF_DOCUMENT2"), number,
        doc.text("ISSUING_COUNTRY"), doc.text("COUNTRY_OF_ISSUE"), doc.text("CITY_OF_ISSUE"),
        doc.text("DATE_OF_ISSUE").isEmpty() ? "" : "issued " + doc.text("DATE_OF_ISSUE"), doc.text("NOTE"));
    if (!detail.equals(Texts.join(", ", type, number))) {
      d.note("Document: " + detail);
    }
  }
}
