package io.cordon.sources.custom;

import io.cordon.common.Bom;
import io.cordon.common.CsvRows;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cordon's custom list CSV (docs/custom-lists.md): a header row naming the columns (any order,
 * case-insensitive), one entry per row; multi-valued columns separate values with ';'. Columns
 * map to FtM properties of the entry or of its Sanction record. An unknown column, a missing id or
 * name, a duplicate id or a value the model refuses stops the import with the line and column.
 */
public final class CustomCsvAdapter implements ListAdapter {
  /** Column to FtM property of the target; true when the column holds ';'-separated values. */
  private record Column(String property, boolean sanction, boolean multi) {}

  static final Map<String, Column> COLUMNS = new LinkedHashMap<>();

  static {
    target("name", Prop.NAME, false);
    target("aliases", Prop.ALIAS, true);
    target("weak_aliases", Prop.WEAK_ALIAS, true);
    target("previous_names", Prop.PREVIOUS_NAME, true);
    target("first_name", Prop.FIRST_NAME, false);
    target("middle_name", Prop.MIDDLE_NAME, false);
    target("last_name", Prop.LAST_NAME, false);
    target("father_name", Prop.FATHER_NAME, false);
    target("title", Prop.TITLE, false);
    target("position", "position", true);
    target("birth_date", Prop.BIRTH_DATE, true);
    target("birth_place", Prop.BIRTH_PLACE, false);
    target("nationality", Prop.NATIONALITY, true);
    target("citizenship", Prop.CITIZENSHIP, true);
    target("country", Prop.COUNTRY, true);
    target("gender", Prop.GENDER, false);
    target("passport_number", Prop.PASSPORT_NUMBER, true);
    target("id_number", Prop.ID_NUMBER, true);
    target("tax_number", Prop.TAX_NUMBER, true);
    target("inn", Prop.INN_CODE, true);
    target("ogrn", Prop.OGRN_CODE, true);
    target("registration_number", Prop.REGISTRATION_NUMBER, true);
    target("lei", Prop.LEI_CODE, true);
    target("swift_bic", Prop.SWIFT_BIC, true);
    target("imo", Prop.IMO_NUMBER, true);
    target("address", Prop.ADDRESS, false);
    target("email", Prop.EMAIL, true);
    target("website", Prop.WEBSITE, true);
    target("topics", Prop.TOPICS, true);
    target("notes", Prop.NOTES, false);
    target("source_url", Prop.SOURCE_URL, false);
    COLUMNS.put("program", new Column(Prop.PROGRAM, true, true));
    COLUMNS.put("authority", new Column(Prop.AUTHORITY, true, false));
    COLUMNS.put("listed_on", new Column(Prop.LISTING_DATE, true, false));
    COLUMNS.put("end_date", new Column(Prop.END_DATE, true, false));
    COLUMNS.put("reason", new Column(Prop.REASON, true, false));
    COLUMNS.put("provisions", new Column(Prop.PROVISIONS, true, true));
  }

  private static void target(String column, String property, boolean multi) {
    COLUMNS.put(column, new Column(property, false, multi));
  }

  @Override
  public ListFormat format() {
    return ListFormat.CUSTOM_CSV;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    if (Files.isDirectory(path) || Files.size(path) == 0) {
      throw new ListFormatException(path, Files.isDirectory(path) ? "a folder, not a custom list CSV" : "empty file");
    }
    String dataset = format().defaultSource();
    List<Entity> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      CsvRows rows = new CsvRows(in);
      List<String> header = rows.next();
      if (header == null) {
        throw new ListFormatException(path, "empty file");
      }
      List<String> cols = new ArrayList<>();
      for (String h : header) {
        String c = h.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        c = Bom.strip(c);
        if (!c.equals("id") && !c.equals("schema") && !COLUMNS.containsKey(c)) {
          throw new ListFormatException(path, "line 1: unknown column '" + h + "'; known: id, schema, "
              + String.join(", ", COLUMNS.keySet()));
        }
        if (cols.contains(c)) {
          throw new ListFormatException(path, "line 1: column '" + h + "' appears twice");
        }
        cols.add(c);
      }
      if (!cols.contains("id") || !cols.contains("name")) {
        throw new ListFormatException(path, "line 1: the header needs the columns id and name");
      }
      for (List<String> row; (row = rows.next()) != null; ) {
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        int line = rows.line();
        if (row.size() != cols.size()) {
          throw new ListFormatException(path, "line " + line + ": " + row.size() + " fields, the header has "
              + cols.size());
        }
        String column = "id";
        try {
          CustomRecord r = new CustomRecord(row.get(cols.indexOf("id")),
              cols.contains("schema") ? row.get(cols.indexOf("schema")) : null, dataset);
          for (int i = 0; i < cols.size(); i++) {
            column = cols.get(i);
            Column c = COLUMNS.get(column);
            if (c == null) {
              continue;
            }
            for (String v : c.multi() ? row.get(i).split(";") : new String[] {row.get(i)}) {
              if (c.sanction()) {
                r.addSanction(c.property(), v);
              } else {
                r.add(c.property(), v);
              }
            }
          }
          column = "name";
          if (!ids.add(r.id)) {
            throw new IllegalArgumentException("id " + r.id + " appears twice");
          }
          out.addAll(r.build());
        } catch (IllegalArgumentException e) {
          throw new ListFormatException(path, "line " + line + " (column " + column + "): " + e.getMessage());
        }
      }
    } catch (CsvRows.MalformedCsvException e) {
      throw new ListFormatException(path, (e.getMessage().contains("quoted field") ? "truncated: " : "malformed CSV: ")
          + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new ListFormatException(path, "no entries below the header");
    }
    return new ParsedList(format(), Optional.empty(), out);
  }
}
