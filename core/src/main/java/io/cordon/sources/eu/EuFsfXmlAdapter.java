package io.cordon.sources.eu;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * EU Financial Sanctions Files XML, v1.1 ({@code export} root, {@code sanctionEntity} records).
 * Ids are {@code eu-fsf-<logicalId>}; the publication date is {@code generationDate}. The first
 * strong nameAlias is the name, other strong ones aliases (all languages and scripts), weak
 * ones ({@code strong="false"}) weakAlias. A record without any nameAlias is skipped with a warning.
 */
public final class EuFsfXmlAdapter implements ListAdapter {
  static final String AUTHORITY = "European Union";

  @Override
  public ListFormat format() {
    return ListFormat.EU_FSF_XML;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    Collector out = new Collector(path, format());
    Optional<LocalDate> published;
    try (XmlRecords xml = XmlRecords.open(path, Set.of("export"), Set.of("sanctionEntity"))) {
      published = Dates.iso(xml.rootAttrs().getOrDefault("generationDate", "")).flatMap(Dates::localDate);
      for (XmlNode r; (r = xml.next()) != null; ) {
        map(r, out);
      }
    }
    return out.finish(published);
  }

  private static void map(XmlNode r, Collector out) {
    String logicalId = r.attr("logicalId");
    if (logicalId.isEmpty()) {
      out.skip("sanctionEntity at line " + r.line(), "no logicalId");
      return;
    }
    String id = Ids.of("eu-fsf", logicalId);
    if (out.contains(id)) {
      out.skip(id + " at line " + r.line(), "repeats logicalId " + logicalId + "; the first record is kept");
      return;
    }
    List<XmlNode> aliases = r.children("nameAlias").stream()
        .filter(a -> !Texts.clean(a.attr("wholeName")).isEmpty()).toList();
    if (aliases.isEmpty()) {
      out.skip(id, "no nameAlias with a wholeName (EU reference " + r.attr("euReferenceNumber") + ")");
      return;
    }
    String type = r.child("subjectType") == null ? "" : r.child("subjectType").attr("code");
    String name = Texts.clean(primary(aliases).attr("wholeName"));
    String schema = switch (type) {
      case "person" -> Schemata.PERSON;
      case "vessel" -> Schemata.VESSEL;
      default -> LegalFormTable.standard().hasCompanyForm(name) ? Schemata.COMPANY : Schemata.ORGANIZATION;
    };
    boolean person = schema.equals(Schemata.PERSON);
    Draft d = out.draft(id, schema).add(Prop.NAME, name).add(Prop.TOPICS, "sanction");
    for (XmlNode a : aliases) {
      String whole = Texts.clean(a.attr("wholeName"));
      if (!whole.equals(name)) {
        d.add("false".equals(a.attr("strong")) ? Prop.WEAK_ALIAS : Prop.ALIAS, whole);
      }
      if (person) {
        d.add(Prop.FIRST_NAME, Texts.clean(a.attr("firstName")));
        d.add(Prop.MIDDLE_NAME, Texts.clean(a.attr("middleName")));
        d.add(Prop.LAST_NAME, Texts.clean(a.attr("lastName")));
        d.add(Prop.TITLE, Texts.clean(a.attr("title")));
        d.add(Prop.GENDER, Texts.gender(a.attr("gender")));
        d.add("position", Texts.clean(a.attr("function")));
      } else {
        d.note(a.attr("function").isEmpty() ? null : "Function: " + Texts.clean(a.attr("function")));
      }
      a.children("remark").forEach(rm -> d.note(Texts.clean(rm.text())));
    }
    r.children("remark").forEach(rm -> d.note(Texts.clean(rm.text())));
    for (XmlNode c : r.children("citizenship")) {
      country(d, person ? Prop.NATIONALITY : Prop.COUNTRY, c);
    }
    for (XmlNode b : r.children("birthdate")) {
      if (!person) {
        continue;
      }
      Optional<String> date = Dates.iso(b.attr("birthdate"));
      if (date.isEmpty()) {
        date = Dates.of(b.attr("year"), b.attr("monthOfYear"), b.attr("dayOfMonth"));
      }
      d.add(Prop.BIRTH_DATE, date);
      d.add(Prop.BIRTH_PLACE, Texts.join(", ", b.attr("place"), b.attr("city"), b.attr("region"),
          b.attr("zipCode"), countryLabel(b)));
      country(d, "birthCountry", b);
    }
    for (XmlNode idn : r.children("identification")) {
      identification(idn, d, person);
    }
    for (XmlNode a : r.children("address")) {
      d.add(Prop.ADDRESS, Texts.join(", ", a.attr("street"), a.attr("poBox"), a.attr("zipCode"),
          a.attr("city"), a.attr("place"), a.attr("region"), countryLabel(a)));
      country(d, Prop.COUNTRY, a);
      for (XmlNode ci : a.children("contactInfo")) {
        String v = Texts.clean(ci.attr("value"));
        switch (ci.attr("key").toUpperCase(Locale.ROOT)) {
          case "PHONE", "FAX" -> d.add(d.allows("phone") ? "phone" : Prop.NOTES, v);
          case "EMAIL" -> d.add(d.allows(Prop.EMAIL) ? Prop.EMAIL : Prop.NOTES, v);
          case "WEB" -> d.add(d.allows(Prop.WEBSITE) ? Prop.WEBSITE : Prop.NOTES, v);
          default -> d.note(ci.attr("key") + ": " + v);
        }
      }
      a.children("remark").forEach(rm -> d.note(Texts.clean(rm.text())));
    }
    out.add(d.build());

    Draft s = Sanctions.draft(out, id, null, AUTHORITY)
        .add(Prop.AUTHORITY_ID, r.attr("euReferenceNumber"))
        .add(Prop.UNSC_ID, r.attr("unitedNationId"));
    s.add(Prop.LISTING_DATE, Dates.iso(r.attr("designationDate")));
    s.note(Texts.clean(r.attr("designationDetails")));
    for (XmlNode reg : r.children("regulation")) {
      s.add(Prop.PROGRAM, reg.attr("programme"));
      s.add(Prop.PROVISIONS, reg.attr("numberTitle"));
      s.add(Prop.START_DATE, Dates.iso(reg.attr("entryIntoForceDate")));
      s.add(Prop.SOURCE_URL, reg.text("publicationUrl"));
    }
    r.children("remark").forEach(rm -> s.add(Prop.REASON, Texts.clean(rm.text())));
    out.add(s.build());
  }

  /**
   * The alias to use as the name: a strong one, preferably split into first/last name and in
   * English or no stated language (the EU lists transliterations and translations as well).
   */
  private static XmlNode primary(List<XmlNode> aliases) {
    XmlNode best = null;
    int bestScore = -1;
    for (XmlNode a : aliases) {
      String lang = a.attr("nameLanguage");
      int score = ("false".equals(a.attr("strong")) ? 0 : 4)
          + (lang.isEmpty() || lang.equalsIgnoreCase("EN") ? 2 : 0)
          + (!a.attr("lastName").isEmpty() ? 1 : 0);
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }

  /** The country of a citizenship/birthdate/address element: ISO code first, else its description. */
  private static void country(Draft d, String property, XmlNode n) {
    String iso = n.attr("countryIso2Code");
    Optional<String> code = "00".equals(iso) ? Optional.empty() : CountryText.code(iso);
    if (code.isPresent()) {
      d.add(property, code.get());
    } else if (!"UNKNOWN".equalsIgnoreCase(n.attr("countryDescription"))) {
      d.country(property, n.attr("countryDescription"));
    }
  }

  private static String countryLabel(XmlNode n) {
    String c = n.attr("countryDescription");
    return "UNKNOWN".equalsIgnoreCase(c) ? "" : c;
  }

  private static void identification(XmlNode idn, Draft d, boolean person) {
    String number = Texts.clean(idn.attr("number"));
    if (number.isEmpty()) {
      number = Texts.clean(idn.attr("latinNumber"));
    }
    if (number.isEmpty()) {
      return;
    }
    String code = idn.attr("identificationTypeCode").toLowerCase(Locale.ROOT);
    String prop = switch (code) {
      case "passport" -> person ? Prop.PASSPORT_NUMBER : Prop.REGISTRATION_NUMBER;
      case "swiftbic" -> person ? Prop.ID_NUMBER : Prop.SWIFT_BIC;
      case "imo" -> d.allows(Prop.IMO_NUMBER) ? Prop.IMO_NUMBER : Prop.ID_NUMBER;
      case "regnumber" -> person ? Prop.ID_NUMBER : Prop.REGISTRATION_NUMBER;
      case "fiscalcode", "tax" -> Prop.TAX_NUMBER;
      case "inn" -> Prop.INN_CODE;
      case "ogrn" -> Prop.OGRN_CODE;
      default -> Prop.ID_NUMBER;
    };
    d.add(prop, number);
    String detail = Texts.join(", ", idn.attr("identificationTypeDescription"), number, idn.attr("countryDescription"),
        idn.attr("issuedBy"), idn.attr("region"),
        "true".equals(idn.attr("diplomatic")) ? "diplomatic" : "",
        "true".equals(idn.attr("knownFalse")) ? "known false" : "",
        "true".equals(idn.attr("knownExpired")) ? "known expired" : "",
        "true".equals(idn.attr("reportedLost")) ? "reported lost" : "",
        "true".equals(idn.attr("revokedByIssuer")) ? "revoked" : "");
    d.note("Document: " + detail);
    idn.children("remark").forEach(rm -> d.note(Texts.clean(rm.text())));
  }
}
