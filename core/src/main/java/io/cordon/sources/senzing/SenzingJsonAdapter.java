package io.cordon.sources.senzing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Json;
import io.cordon.model.FtmModel;
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
import io.cordon.sources.support.JsonLines;
import io.cordon.sources.support.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Senzing entity-specification JSON, one record per line, as OpenSanctions publishes its PEP and
 * sanctions data for Senzing. Records become Person, Organization/Company, or Position (records
 * without RECORD_TYPE that are the anchor of relationships, e.g. "United States senator");
 * RISKS topics become FtM topics (role.pep); an "Occupancy" relationship becomes an Occupancy
 * link from the person to the position. Ids are the RECORD_ID (OpenSanctions ids such as
 * NK-... and Wikidata Q-ids). The format carries no publication date.
 */
public final class SenzingJsonAdapter implements ListAdapter {
  private static final ObjectMapper MAPPER = Json.MAPPER;
  private static final Pattern FTM_ID = Pattern.compile("^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$");

  @Override
  public ListFormat format() {
    return ListFormat.SENZING_JSON;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    if (Files.size(path) == 0) {
      throw new ListFormatException(path, "empty file");
    }
    Collector out = new Collector(path, format());
    Pending pending = new Pending();
    JsonLines.forEach(path, (lineNo, line) -> {
      JsonNode rec;
      try {
        rec = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new ListFormatException(path, "line " + lineNo + ": invalid JSON: " + e.getOriginalMessage(), e);
      }
      if (rec == null || !rec.isObject()) {
        throw new ListFormatException(path, "line " + lineNo + ": not a JSON object");
      }
      if (!rec.hasNonNull("RECORD_ID") && !rec.hasNonNull("DATA_SOURCE")) {
        throw new ListFormatException(path, "line " + lineNo + ": no RECORD_ID or DATA_SOURCE: not a Senzing record");
      }
      map(rec, lineNo, out, pending);
    });
    pending.finish(out);
    return out.finish(Optional.empty());
  }

  /**
   * Records are built at the end of the file so that a person can carry the name of the position
   * it holds ("United States senator") as {@code position}, whichever comes first in the file.
   */
  private static final class Pending {
    final java.util.Set<String> ids = new java.util.HashSet<>();
    final List<Draft> drafts = new ArrayList<>();
    final List<List<String>> heldPosts = new ArrayList<>();
    final Map<String, String> postNames = new java.util.HashMap<>();
    final List<io.cordon.model.Entity> links = new ArrayList<>();

    void finish(Collector out) {
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        for (String post : heldPosts.get(i)) {
          String name = postNames.get(post);
          if (name != null && d.allows("position")) {
            d.add("position", name);
          }
        }
        out.add(d.build());
      }
      links.forEach(out::add);
    }
  }

  /** A Senzing attribute: its name and value, with the usage type of the feature it came in. */
  private record Attr(String key, String value, String usage) {}

  private static void map(JsonNode rec, int lineNo, Collector out, Pending pending) {
    String recordId = text(rec.get("RECORD_ID"));
    if (recordId.isEmpty()) {
      out.skip("record on line " + lineNo, "no RECORD_ID");
      return;
    }
    String id = FTM_ID.matcher(recordId).matches() ? recordId : Ids.of("senzing", recordId);
    if (!pending.ids.add(id)) {
      out.skip(id + " on line " + lineNo, "repeats RECORD_ID; the first record is kept");
      return;
    }
    List<Attr> attrs = new ArrayList<>();
    List<JsonNode> relationships = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = rec.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isArray()) {
        for (JsonNode item : f.getValue()) {
          if (f.getKey().equals("RELATIONSHIPS")) {
            relationships.add(item);
          } else if (item.isObject()) {
            String usage = "";
            for (Iterator<Map.Entry<String, JsonNode>> i2 = item.fields(); i2.hasNext(); ) {
              Map.Entry<String, JsonNode> a = i2.next();
              if (a.getKey().endsWith("_TYPE") && !a.getKey().endsWith("ID_TYPE")) {
                usage = text(a.getValue());
              }
            }
            for (Iterator<Map.Entry<String, JsonNode>> i2 = item.fields(); i2.hasNext(); ) {
              Map.Entry<String, JsonNode> a = i2.next();
              attrs.add(new Attr(a.getKey(), text(a.getValue()), usage));
            }
            // Identifier pairs (TRUSTED_ID_TYPE + TRUSTED_ID_NUMBER) keep their type as usage.
            String idType = text(item.get("TRUSTED_ID_TYPE")) + text(item.get("OTHER_ID_TYPE"));
            if (!idType.isEmpty()) {
              attrs.add(new Attr("#ID", text(item.get("TRUSTED_ID_NUMBER")) + text(item.get("OTHER_ID_NUMBER")), idType));
            }
          }
        }
      } else if (f.getValue().isValueNode()) {
        attrs.add(new Attr(f.getKey(), text(f.getValue()), ""));
      }
    }
    String type = text(rec.get("RECORD_TYPE")).toUpperCase(Locale.ROOT);
    boolean anchor = relationships.stream().anyMatch(r -> r.hasNonNull("REL_ANCHOR_KEY"));
    String name = value(attrs, "NAME_FULL", "PRIMARY").or(() -> value(attrs, "NAME_ORG", "PRIMARY"))
        .or(() -> value(attrs, "NAME_FULL", null)).or(() -> value(attrs, "NAME_ORG", null))
        .orElse(Texts.join(" ", value(attrs, "NAME_FIRST", null).orElse(""), value(attrs, "NAME_MIDDLE", null).orElse(""),
            value(attrs, "NAME_LAST", null).orElse("")));
    if (name.isEmpty()) {
      out.skip(id + " on line " + lineNo, "no name");
      return;
    }
    String schema = switch (type) {
      case "PERSON" -> Schemata.PERSON;
      case "ORGANIZATION" -> LegalFormTable.standard().hasCompanyForm(name) ? Schemata.COMPANY : Schemata.ORGANIZATION;
      case "VESSEL" -> Schemata.VESSEL;
      case "AIRCRAFT" -> Schemata.AIRPLANE;
      default -> anchor ? "Position" : null;
    };
    if (schema == null) {
      out.skip(id + " on line " + lineNo, "RECORD_TYPE '" + type + "' is not a person, organisation, vessel, aircraft or position");
      return;
    }
    Draft d = out.draft(id, schema).add(Prop.NAME, name);
    for (Attr a : attrs) {
      apply(d, a, name);
    }
    List<String> held = new ArrayList<>();
    if (schema.equals("Position")) {
      pending.postNames.put(id, name);
    }
    pending.drafts.add(d);
    pending.heldPosts.add(held);
    for (JsonNode rel : relationships) {
      String key = text(rel.get("REL_POINTER_KEY"));
      String role = text(rel.get("REL_POINTER_ROLE"));
      if (key.isEmpty() || !FTM_ID.matcher(key).matches()) {
        continue;
      }
      if (role.equalsIgnoreCase("Occupancy") && schema.equals(Schemata.PERSON)) {
        held.add(key);
        pending.links.add(out.draft(id + "-occupancy-" + key, "Occupancy")
            .add("holder", id).add("post", key).build());
      } else {
        pending.links.add(out.draft(id + "-link-" + key, Schemata.UNKNOWN_LINK)
            .add(Prop.SUBJECT, id).add(Prop.OBJECT, key).add(Prop.ROLE, role).build());
      }
    }
  }

  private static void apply(Draft d, Attr a, String name) {
    String v = a.value();
    if (v.isEmpty()) {
      return;
    }
    boolean person = d.schema().equals(Schemata.PERSON);
    switch (a.key()) {
      case "NAME_FULL", "NAME_ORG" -> {
        if (!v.equals(name)) {
          d.add(Prop.ALIAS, v);
        }
      }
      case "NAME_FIRST" -> d.add(person ? Prop.FIRST_NAME : Prop.NOTES, v);
      case "NAME_MIDDLE" -> d.add(person ? Prop.MIDDLE_NAME : Prop.NOTES, v);
      case "NAME_LAST" -> d.add(person ? Prop.LAST_NAME : Prop.NOTES, v);
      case "DATE_OF_BIRTH" -> {
        if (person) {
          d.date(Prop.BIRTH_DATE, v, Dates.iso(v).or(() -> Dates.dmy(v)));
        }
      }
      case "DATE_OF_DEATH" -> {
        if (person) {
          d.date("deathDate", v, Dates.iso(v).or(() -> Dates.dmy(v)));
        }
      }
      case "REGISTRATION_DATE" -> d.date(Prop.INCORPORATION_DATE, v, Dates.iso(v));
      case "NATIONALITY" -> d.country(person ? Prop.NATIONALITY : Prop.COUNTRY, v);
      case "CITIZENSHIP" -> d.country(person ? Prop.CITIZENSHIP : Prop.COUNTRY, v);
      case "REGISTRATION_COUNTRY", "COUNTRY_OF_ASSOCIATION", "ADDR_COUNTRY" -> d.country(Prop.COUNTRY, v);
      case "PLACE_OF_BIRTH" -> d.add(person ? Prop.BIRTH_PLACE : Prop.NOTES, v);
      case "GENDER" -> {
        if (person) {
          d.add(Prop.GENDER, Texts.gender(v));
        }
      }
      case "ADDR_FULL" -> d.add(Prop.ADDRESS, v);
      case "PASSPORT_NUMBER" -> d.add(person ? Prop.PASSPORT_NUMBER : Prop.ID_NUMBER, v);
      case "NATIONAL_ID_NUMBER" -> d.add(d.allows(Prop.ID_NUMBER) ? Prop.ID_NUMBER : Prop.NOTES, v);
      case "TAX_ID_NUMBER" -> d.add(d.allows(Prop.TAX_NUMBER) ? Prop.TAX_NUMBER : Prop.NOTES, v);
      case "LEI_NUMBER" -> d.add(d.allows(Prop.LEI_CODE) ? Prop.LEI_CODE : Prop.NOTES, v);
      case "EMAIL_ADDRESS" -> d.add(d.allows(Prop.EMAIL) ? Prop.EMAIL : Prop.NOTES, v);
      case "PHONE_NUMBER" -> d.add(d.allows("phone") ? "phone" : Prop.NOTES, v);
      case "WEBSITE_ADDRESS" -> d.add(d.allows(Prop.WEBSITE) ? Prop.WEBSITE : Prop.NOTES, v);
      case "URL" -> d.add(Prop.SOURCE_URL, v);
      case "LAST_CHANGE" -> d.add("modifiedAt", Dates.iso(v));
      case "TOPIC" -> {
        if (FtmModel.get().isTopic(v)) {
          d.add(Prop.TOPICS, v);
        } else {
          d.note("Risk: " + v);
        }
      }
      case "#ID" -> {
        if (a.usage().equalsIgnoreCase("WIKIDATA")) {
          d.add("wikidataId", v);
        } else if (!v.equals(d.id())) {
          d.note(a.usage() + " id: " + v);
        }
      }
      default -> { }
    }
  }

  /** The first value of an attribute, optionally only from features of the given usage type. */
  private static Optional<String> value(List<Attr> attrs, String key, String usage) {
    return attrs.stream().filter(a -> a.key().equals(key) && !a.value().isEmpty()
        && (usage == null || usage.equalsIgnoreCase(a.usage()))).map(Attr::value).findFirst();
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || !n.isValueNode() ? "" : Texts.clean(n.asText());
  }
}
