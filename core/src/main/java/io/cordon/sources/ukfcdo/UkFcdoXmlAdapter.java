package io.cordon.sources.ukfcdo;

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
import io.cordon.sources.support.UkRecords;
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

/**
 * The UK Sanctions List XML published by the FCDO since 2022 ({@code Designations} root,
 * {@code Designation} records, schema 4.x). Ids are {@code gb-fcdo-<UniqueID>} (e.g.
 * gb-fcdo-AFG0011); the publication date is the {@code DateGenerated} element (DD/MM/YYYY), else
 * the root's {@code dateGenerated} attribute. A Designation without UniqueID is skipped with a warning.
 */
public final class UkFcdoXmlAdapter implements ListAdapter {
  static final String AUTHORITY = "UK Foreign, Commonwealth and Development Office";

  @Override
  public ListFormat format() {
    return ListFormat.UK_FCDO_XML;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    Collector out = new Collector(path, format());
    Optional<LocalDate> published = Optional.empty();
    try (XmlRecords xml = XmlRecords.open(path, Set.of("Designations"), Set.of("Designation", "DateGenerated"))) {
      Optional<String> attr = Dates.iso(xml.rootAttrs().getOrDefault("dateGenerated", ""));
      for (XmlNode r; (r = xml.next()) != null; ) {
        if (r.name().equals("DateGenerated")) {
          published = Dates.dmy(r.text()).flatMap(Dates::localDate);
        } else {
          map(r, out);
        }
      }
      if (published.isEmpty()) {
        published = attr.flatMap(Dates::localDate);
      }
    }
    return out.finish(published);
  }

  private static String name(XmlNode n) {
    return Texts.join(" ", n.text("Name1"), n.text("Name2"), n.text("Name3"), n.text("Name4"),
        n.text("Name5"), n.text("Name6"));
  }

  private static void map(XmlNode r, Collector out) {
    String uid = r.text("UniqueID");
    if (uid.isEmpty()) {
      List<XmlNode> names = r.all("Names/Name");
      out.skip("Designation at line " + r.line() + (names.isEmpty() ? "" : " (" + name(names.get(0)) + ")"),
          "no UniqueID");
      return;
    }
    String id = Ids.of("gb-fcdo", uid);
    if (out.contains(id)) {
      out.skip(id + " at line " + r.line(), "repeats UniqueID " + uid + "; the first record is kept");
      return;
    }
    List<XmlNode> names = r.all("Names/Name");
    XmlNode main = names.stream().filter(n -> n.text("NameType").equalsIgnoreCase("Primary Name"))
        .findFirst().orElse(names.isEmpty() ? null : names.get(0));
    String name = main == null ? "" : name(main);
    if (name.isEmpty()) {
      out.skip(id, "no name");
      return;
    }
    String schema = UkRecords.schema(r.text("IndividualEntityShip"), name);
    boolean person = schema.equals(Schemata.PERSON);
    Draft d = out.draft(id, schema).add(Prop.NAME, name).add(Prop.TOPICS, "sanction");
    if (person) {
      UkRecords.addNameParts(d, k -> main.text("Name" + k));
    }
    for (XmlNode n : names) {
      String alias = name(n);
      if (alias.equals(name)) {
        continue;
      }
      String nameType = n.text("NameType").toLowerCase(Locale.ROOT);
      String strength = n.text("AliasStrength").toLowerCase(Locale.ROOT);
      d.add(nameType.contains("previous") || nameType.contains("fka") ? Prop.PREVIOUS_NAME
          : strength.startsWith("low") ? Prop.WEAK_ALIAS : Prop.ALIAS, alias);
    }
    r.texts("NonLatinNames/NonLatinName/NameNonLatinScript").forEach(v -> d.add(Prop.ALIAS, v));
    if (person) {
      r.texts("Titles/Title").forEach(v -> d.add(Prop.TITLE, v));
    }
    for (XmlNode a : r.all("Addresses/Address")) {
      List<String> parts = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        parts.add(a.text("AddressLine" + i));
      }
      parts.add(a.text("AddressPostalCode"));
      parts.add(a.text("PostalCode"));
      parts.add(a.text("AddressCountry"));
      d.add(Prop.ADDRESS, Texts.join(", ", parts));
      d.country(Prop.COUNTRY, a.text("AddressCountry"));
    }
    for (String v : r.texts("EmailAddresses/EmailAddress")) {
      d.add(d.allows(Prop.EMAIL) ? Prop.EMAIL : Prop.NOTES, v);
    }
    for (String v : r.texts("PhoneNumbers/PhoneNumber")) {
      d.add(d.allows("phone") ? "phone" : Prop.NOTES, v);
    }
    for (String v : r.texts("Websites/Website")) {
      d.add(d.allows(Prop.WEBSITE) ? Prop.WEBSITE : Prop.NOTES, v);
    }
    d.note(r.text("OtherInformation"));
    for (XmlNode ind : r.all("IndividualDetails/Individual")) {
      individual(ind, d);
    }
    for (XmlNode ent : r.all("EntityDetails/Entity")) {
      ent.texts("TypeOfEntities/TypeOfEntity").forEach(v -> d.note("Type of entity: " + v));
      ent.texts("BusinessRegistrationNumbers/BusinessRegistrationNumber").forEach(v -> d.add(Prop.REGISTRATION_NUMBER, v));
      ent.texts("ParentCompanies/ParentCompany").forEach(v -> d.note("Parent company: " + v));
      ent.texts("Subsidiaries/Subsidiary").forEach(v -> d.note("Subsidiary: " + v));
    }
    for (XmlNode ship : r.all("ShipDetails/Ship")) {
      ship.texts("IMONumbers/IMONumber").forEach(v -> d.add(Prop.IMO_NUMBER, v.replaceAll("\\s+", "")));
      ship.texts("CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip").forEach(v -> d.country(Prop.FLAG, v));
      ship.texts("PreviousFlags/PreviousFlag").forEach(v -> d.country("pastFlags", v));
      ship.texts("TypeOfShipDetails/TypeOfShip").forEach(v -> d.add(Prop.TYPE, v));
      ship.texts("TonnageOfShipDetails/TonnageOfShip").forEach(v -> d.add(v.matches("[0-9.]+") ? "tonnage" : Prop.NOTES, v));
      ship.texts("YearsBuilt/YearBuilt").forEach(v -> d.date("buildDate", v, Dates.iso(v)));
      ship.texts("CallSigns/CallSign").forEach(v -> d.add(Prop.CALL_SIGN, v));
      ship.texts("CurrentOwnerOperators/CurrentOwnerOperator").forEach(v -> d.note("Owner/operator: " + v));
      ship.texts("LengthOfShipDetails/LengthOfShip").forEach(v -> d.note("Length: " + v));
    }
    out.add(d.build());

    Draft s = Sanctions.draft(out, id, null, AUTHORITY)
        .add(Prop.AUTHORITY_ID, uid)
        .add(Prop.UNSC_ID, r.text("UNReferenceNumber"))
        .add(Prop.PROGRAM, r.text("RegimeName"))
        .add(Prop.PROVISIONS, r.text("SanctionsImposed"))
        .add(Prop.REASON, r.text("UKStatementofReasons"));
    s.date(Prop.LISTING_DATE, r.text("DateDesignated"), Dates.dmy(r.text("DateDesignated")));
    s.date(Prop.START_DATE, r.text("DateDesignated"), Dates.dmy(r.text("DateDesignated")));
    s.date("modifiedAt", r.text("LastUpdated"), Dates.dmy(r.text("LastUpdated")));
    if (!r.text("DesignationSource").isEmpty()) {
      s.note("Designation source: " + r.text("DesignationSource"));
    }
    if (!r.text("OFSIGroupID").isEmpty()) {
      s.note("OFSI group ID: " + r.text("OFSIGroupID"));
    }
    out.add(s.build());
  }

  private static void individual(XmlNode ind, Draft d) {
    ind.texts("DOBs/DOB").forEach(v -> d.date(Prop.BIRTH_DATE, v, Dates.dmy(v)));
    ind.texts("Nationalities/Nationality").forEach(v -> d.country(Prop.NATIONALITY, v));
    ind.texts("Positions/Position").forEach(v -> d.add("position", v));
    ind.texts("Genders/Gender").forEach(v -> d.add(Prop.GENDER, Texts.gender(v)));
    ind.texts("Gender").forEach(v -> d.add(Prop.GENDER, Texts.gender(v)));
    for (XmlNode p : ind.all("PassportDetails/Passport")) {
      d.add(Prop.PASSPORT_NUMBER, p.text("PassportNumber").strip());
      if (!p.text("PassportAdditionalInformation").isEmpty()) {
        d.note("Passport " + p.text("PassportNumber").strip() + ": " + p.text("PassportAdditionalInformation"));
      }
    }
    for (XmlNode n : ind.all("NationalIdentifierDetails/NationalIdentifier")) {
      d.add(Prop.ID_NUMBER, n.text("NationalIdentifierNumber"));
      if (!n.text("NationalIdentifierAdditionalInformation").isEmpty()) {
        d.note("National identifier " + n.text("NationalIdentifierNumber") + ": "
            + n.text("NationalIdentifierAdditionalInformation"));
      }
    }
    for (XmlNode loc : ind.all("BirthDetails/Location")) {
      d.add(Prop.BIRTH_PLACE, Texts.join(", ", loc.text("TownOfBirth"), loc.text("CountryOfBirth")));
      d.country("birthCountry", loc.text("CountryOfBirth"));
    }
  }
}
