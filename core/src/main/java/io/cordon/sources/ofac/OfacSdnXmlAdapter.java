package io.cordon.sources.ofac;

import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OFAC legacy SDN.XML ({@code <sdnList>}, namespace {@code http://tempuri.org/sdnList.xsd}), read
 * with StAX one {@code <sdnEntry>} at a time. The structured lists (ids, dates and places of birth,
 * nationalities) are turned into the remark syntax of the CSV files and read by the same
 * {@link RemarkParser}, so an entry gives the same entities from either format; names are written
 * "LAST, First" as in sdn.csv. The publication date comes from {@code Publish_Date}.
 */
public final class OfacSdnXmlAdapter implements ListAdapter {
  @Override
  public ListFormat format() {
    return ListFormat.OFAC_SDN_XML;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    if (Files.isDirectory(path)) {
      throw new ListFormatException(path, "a folder, not an SDN.XML file");
    }
    if (Files.size(path) == 0) {
      throw new ListFormatException(path, "empty file");
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<OfacTarget> targets = new ArrayList<>();
    Optional<LocalDate> published = Optional.empty();
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      try {
        boolean root = false;
        while (r.hasNext()) {
          if (r.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String name = r.getLocalName();
          if (!root) {
            if (!name.equals("sdnList")) {
              throw new ListFormatException(path, "root element <" + name + "> is not <sdnList>: not an OFAC SDN.XML file");
            }
            root = true;
          } else if (name.equals("Publish_Date")) {
            String d = OfacDates.one(r.getElementText().strip());
            if (d == null || d.length() != 10) {
              throw new ListFormatException(path, "line " + r.getLocation().getLineNumber()
                  + ": unreadable Publish_Date");
            }
            published = Optional.of(LocalDate.parse(d));
          } else if (name.equals("sdnEntry")) {
            targets.add(entry(r, path));
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new ListFormatException(path, "malformed or truncated XML" + (line > 0 ? " at line " + line : "")
          + ": " + e.getMessage(), e);
    }
    if (targets.isEmpty()) {
      throw new ListFormatException(path, "no <sdnEntry> elements");
    }
    return new OfacMapper(format()).parsed(targets, published);
  }

  /** Reads one sdnEntry subtree; the reader stands on its start tag. */
  private static OfacTarget entry(XMLStreamReader r, Path path) throws XMLStreamException, ListFormatException {
    int line = r.getLocation().getLineNumber();
    Map<String, String> top = new HashMap<>();
    List<String> programs = new ArrayList<>();
    List<String> facts = new ArrayList<>();
    List<OfacTarget.Alt> alts = new ArrayList<>();
    List<OfacTarget.Address> addresses = new ArrayList<>();
    Map<String, String> group = new HashMap<>();
    String groupName = null;
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (depth == 1 && !name.endsWith("List") && !name.equals("vesselInfo")) {
          top.put(name, r.getElementText().strip());
          continue;
        }
        if (depth == 1) {
          depth++;
          if (name.equals("vesselInfo")) {
            groupName = name;
            group.clear();
          }
          continue;
        }
        if (depth == 2 && groupName == null) {
          if (name.equals("program")) {
            programs.add(r.getElementText().strip());
            continue;
          }
          // one item of a list: id, aka, address, nationality, citizenship, dateOfBirthItem, ...
          groupName = name;
          group.clear();
          depth++;
          continue;
        }
        group.put(name, r.getElementText().strip());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals(groupName)) {
          item(groupName, group, facts, alts, addresses, top);
          groupName = null;
        }
        depth--;
      }
    }
    String uid = top.getOrDefault("uid", "");
    if (!OfacCsvSet.isEntNum(uid)) {
      throw new ListFormatException(path, "line " + line + ": sdnEntry without a numeric <uid>");
    }
    OfacTarget t = new OfacTarget(uid);
    t.lastName = top.getOrDefault("lastName", "");
    t.firstName = top.getOrDefault("firstName", "");
    t.name = t.firstName.isEmpty() ? t.lastName : t.lastName + ", " + t.firstName;
    if (t.name.isBlank()) {
      throw new ListFormatException(path, "line " + line + ": sdnEntry " + uid + " has no name");
    }
    String type = top.getOrDefault("sdnType", "").toLowerCase(Locale.ROOT);
    t.type = type.equals("entity") ? "" : type;
    t.title = top.getOrDefault("title", "");
    t.programs.addAll(programs);
    t.remarks.append(top.getOrDefault("remarks", ""));
    t.callSign = top.getOrDefault("callSign", "");
    t.vesselType = top.getOrDefault("vesselType", "");
    t.vesselFlag = top.getOrDefault("vesselFlag", "");
    t.vesselOwner = top.getOrDefault("vesselOwner", "");
    t.tonnage = top.getOrDefault("tonnage", "");
    t.grossTonnage = top.getOrDefault("grossRegisteredTonnage", "");
    t.facts.addAll(facts);
    t.alts.addAll(alts);
    t.addresses.addAll(addresses);
    return t;
  }

  private static void item(String kind, Map<String, String> g, List<String> facts, List<OfacTarget.Alt> alts,
                           List<OfacTarget.Address> addresses, Map<String, String> top) {
    switch (kind) {
      case "id" -> {
        String type = g.getOrDefault("idType", "");
        String number = g.getOrDefault("idNumber", "");
        String country = g.getOrDefault("idCountry", "");
        if (!type.isEmpty() && !number.isEmpty()) {
          facts.add(type + " " + number + (country.isEmpty() ? "" : " (" + country + ")"));
        }
      }
      case "aka" -> {
        String last = g.getOrDefault("lastName", "");
        String first = g.getOrDefault("firstName", "");
        String name = first.isEmpty() ? last : last + ", " + first;
        String type = g.getOrDefault("type", "a.k.a.").replace(".", "").toLowerCase(Locale.ROOT);
        if (!name.isBlank()) {
          alts.add(new OfacTarget.Alt(type, name, "weak".equalsIgnoreCase(g.get("category"))));
        }
      }
      case "address" -> {
        List<String> street = new ArrayList<>();
        for (String k : List.of("address1", "address2", "address3")) {
          if (!g.getOrDefault(k, "").isEmpty()) {
            street.add(g.get(k));
          }
        }
        List<String> city = new ArrayList<>();
        for (String k : List.of("city", "stateOrProvince", "postalCode")) {
          if (!g.getOrDefault(k, "").isEmpty()) {
            city.add(g.get(k));
          }
        }
        addresses.add(new OfacTarget.Address(String.join(", ", street), String.join(" ", city),
            g.getOrDefault("country", "")));
      }
      case "nationality" -> facts.add("nationality " + g.getOrDefault("country", ""));
      case "citizenship" -> facts.add("citizen " + g.getOrDefault("country", ""));
      case "dateOfBirthItem" -> facts.add("DOB " + g.getOrDefault("dateOfBirth", ""));
      case "placeOfBirthItem" -> facts.add("POB " + g.getOrDefault("placeOfBirth", ""));
      case "vesselInfo" -> top.putAll(g);
      default -> { }
    }
  }
}
