package io.cordon.sources.ukhmt;

import io.cordon.common.CsvRows;
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
import io.cordon.sources.support.TextFiles;
import io.cordon.sources.support.Texts;
import io.cordon.sources.support.UkRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK HMT/OFSI consolidated list CSV ("ConList"), 2018 layout and the 2020 layout with
 * Non-Latin Script, Passport Number and Alias Quality columns; columns are found by header name.
 * Line 1 is {@code Last Updated,DD/MM/YYYY} (the publication date), line 2 the header. Each row is
 * one name of a target; rows sharing a Group ID form one entity {@code gb-hmt-<group id>}: the
 * first "Prime Alias"/"Primary name" row gives {@code name}, other rows aliases (FKA: previousName,
 * "Low quality": weakAlias), and every row's DOB, nationality and documents are merged.
 */
public final class UkHmtCsvAdapter implements ListAdapter {
  static final String AUTHORITY = "HM Treasury, Office of Financial Sanctions Implementation";
  private static final Pattern UN_REF =
      Pattern.compile("(?i:UN\\s*Ref(?:erence)?(?:\\s*No)?)[\\s.:]*([A-Z]{2,3}[a-z]?\\.[A-Z0-9.]*\\d)");
  /** "Passport no: G4506013" inside Other Information (the 2020 sample's HOJATI). */
  private static final Pattern PASSPORT_IN_TEXT = Pattern.compile(
      "(?i)\\bpassport\\s*(?:no\\b\\.?|number\\b|nos\\b\\.?)?\\s*:?\\s*((?-i:[A-Z]{1,3})[ -]?\\d[0-9A-Z/-]{4,}|\\d{6,})");
  private static final Pattern NUMBERED = Pattern.compile("\\(?\\d{1,2}\\)\\s*");

  @Override
  public ListFormat format() {
    return ListFormat.UK_HMT_CSV;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    if (Files.size(path) == 0) {
      throw new ListFormatException(path, "empty file");
    }
    Collector out = new Collector(path, format());
    Optional<LocalDate> published;
    Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
    try (BufferedReader r = TextFiles.open(path)) {
      CsvRows csv = new CsvRows(r);
      List<String> first = csv.next();
      if (first == null || first.isEmpty() || !first.get(0).strip().equalsIgnoreCase("Last Updated")) {
        throw new ListFormatException(path, "not a UK HMT ConList CSV: line 1 does not start with \"Last Updated\"");
      }
      published = Dates.dmy(first.size() > 1 ? first.get(1) : "").flatMap(Dates::localDate);
      List<String> header = csv.next();
      if (header == null || !header.contains("Group ID") || !header.contains("Name 6")) {
        throw new ListFormatException(path, "not a UK HMT ConList CSV: line 2 is not a header with \"Name 6\" and \"Group ID\"");
      }
      for (List<String> row; (row = csv.next()) != null; ) {
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (row.size() != header.size()) {
          throw new ListFormatException(path, "line " + csv.line() + ": " + row.size()
              + " fields, the header has " + header.size() + " (truncated or malformed row)");
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          m.put(header.get(i).strip(), Texts.clean(row.get(i)));
        }
        m.put("#line", String.valueOf(csv.line()));
        String group = m.getOrDefault("Group ID", "");
        if (group.isEmpty()) {
          out.skip("row on line " + csv.line(), "no Group ID");
          continue;
        }
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(m);
      }
    } catch (CsvRows.MalformedCsvException e) {
      throw new ListFormatException(path, (e.getMessage().contains("quoted field") ? "truncated CSV: " : "malformed CSV: ")
          + e.getMessage(), e);
    }
    for (Map.Entry<String, List<Map<String, String>>> g : groups.entrySet()) {
      map(g.getKey(), g.getValue(), out);
    }
    return out.finish(published);
  }

  private static String fullName(Map<String, String> row) {
    return Texts.join(" ", row.get("Name 1"), row.get("Name 2"), row.get("Name 3"), row.get("Name 4"),
        row.get("Name 5"), row.get("Name 6"));
  }

  private static boolean primary(Map<String, String> row) {
    String t = row.getOrDefault("Alias Type", "").toLowerCase(Locale.ROOT);
    return t.equals("prime alias") || t.equals("primary name");
  }

  private static void map(String group, List<Map<String, String>> rows, Collector out) {
    String id = Ids.of("gb-hmt", group);
    Map<String, String> main = rows.stream().filter(UkHmtCsvAdapter::primary).findFirst().orElse(rows.get(0));
    String name = fullName(main);
    if (name.isEmpty()) {
      out.skip(id, "no name in the group's rows");
      return;
    }
    String schema = UkRecords.schema(main.getOrDefault("Group Type", ""), name);
    boolean person = schema.equals(Schemata.PERSON);
    Draft d = out.draft(id, schema).add(Prop.NAME, name).add(Prop.TOPICS, "sanction");
    if (person) {
      UkRecords.addNameParts(d, k -> main.get("Name " + k));
    }
    Draft s = Sanctions.draft(out, id, null, AUTHORITY);
    for (Map<String, String> row : rows) {
      String n = fullName(row);
      String aliasType = row.getOrDefault("Alias Type", "").toLowerCase(Locale.ROOT);
      String quality = row.getOrDefault("Alias Quality", "").toLowerCase(Locale.ROOT);
      if (!n.equals(name)) {
        d.add(aliasType.equals("fka") ? Prop.PREVIOUS_NAME : quality.startsWith("low") ? Prop.WEAK_ALIAS : Prop.ALIAS, n);
      }
      d.add(Prop.ALIAS, row.get("Name Non-Latin Script"));
      if (person) {
        d.add(Prop.TITLE, row.get("Title"));
        d.date(Prop.BIRTH_DATE, row.get("DOB"), Dates.dmy(row.get("DOB")));
        d.add(Prop.BIRTH_PLACE, Texts.join(", ", row.get("Town of Birth"), row.get("Country of Birth")));
        d.country("birthCountry", row.get("Country of Birth"));
        for (String c : numbered(row.get("Nationality"))) {
          d.country(Prop.NATIONALITY, c);
        }
        d.add("position", row.get("Position"));
        passports(row, d);
      } else if (!row.getOrDefault("Position", "").isEmpty()) {
        d.note("Position: " + row.get("Position"));
      }
      d.add(Prop.ADDRESS, Texts.join(", ", row.get("Address 1"), row.get("Address 2"), row.get("Address 3"),
          row.get("Address 4"), row.get("Address 5"), row.get("Address 6"), row.get("Post/Zip Code"), row.get("Country")));
      d.country(Prop.COUNTRY, row.get("Country"));
      String other = row.getOrDefault("Other Information", "");
      d.note(other);
      if (person) {
        Matcher pp = PASSPORT_IN_TEXT.matcher(other);
        while (pp.find()) {
          d.add(Prop.PASSPORT_NUMBER, pp.group(1));
        }
      }
      Matcher un = UN_REF.matcher(other);
      if (un.find()) {
        s.add(Prop.UNSC_ID, un.group(1));
      }
      s.add(Prop.PROGRAM, row.get("Regime"));
      s.date(Prop.LISTING_DATE, row.get("Listed On"), Dates.dmy(row.get("Listed On")));
      s.date(Prop.START_DATE, row.get("UK Sanctions List Date Designated"),
          Dates.dmy(row.get("UK Sanctions List Date Designated")));
      s.date("modifiedAt", row.get("Last Updated"), Dates.dmy(row.get("Last Updated")));
    }
    s.add(Prop.AUTHORITY_ID, group);
    out.add(d.build());
    out.add(s.build());
  }

  /** "1) Saudi Arabia 2) Qatar" as two values; a single value as is. */
  static List<String> numbered(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String p : NUMBERED.split(text)) {
      String v = p.strip().replaceAll("[.,;]+$", "");
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  private static void passports(Map<String, String> row, Draft d) {
    String number = row.getOrDefault("Passport Number", "");
    if (!number.isEmpty()) {
      d.add(Prop.PASSPORT_NUMBER, number);
    }
    String details = row.getOrDefault("Passport Details", "");
    if (!details.isEmpty()) {
      d.note("Passport: " + details);
      if (number.isEmpty()) {
        Texts.documentNumbers(details).forEach(n -> d.add(Prop.PASSPORT_NUMBER, n));
      }
    }
    String ni = row.getOrDefault("National Identification Number", "");
    if (!ni.isEmpty()) {
      d.add(Prop.ID_NUMBER, ni);
    }
    String niDetails = row.getOrDefault("NI Details", row.getOrDefault("NI Number", ""));
    if (!niDetails.isEmpty()) {
      d.note("National identification: " + niDetails);
      if (ni.isEmpty()) {
        Texts.documentNumbers(niDetails).forEach(n -> d.add(Prop.ID_NUMBER, n));
      }
    }
  }
}
