package io.cordon.sources.custom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Json;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cordon's custom list YAML (docs/custom-lists.md):
 * <pre>
 * cordon-list: 1
 * source: xx_mfa_png          # source (dataset) name of the list (default "custom")
 * authority: Ministry ...     # default Sanction authority of every entry
 * program: Persona non grata  # default Sanction program
 * published: 2021-04-15       # the list's own date
 * entities:
 *   - id: png-001
 *     schema: Person
 *     name: Ivan PETROV
 *     alias: [...]            # any FtM property of the schema, a value or a list
 *     sanction: {listingDate: 2021-04-15, reason: ...}   # FtM Sanction properties
 * </pre>
 * Entries are read one at a time from the token stream, so an error names the entry's line.
 */
public final class CustomYamlAdapter implements ListAdapter {
  private static final ObjectMapper YAML = Json.YAML;
  private static final Set<String> TOP = Set.of("cordon-list", "source", "authority", "program", "published",
      "country", "source_url", "description", "entities");

  @Override
  public ListFormat format() {
    return ListFormat.CUSTOM_YAML;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    if (Files.isDirectory(path) || Files.size(path) == 0) {
      throw new ListFormatException(path, Files.isDirectory(path) ? "a folder, not a custom list YAML" : "empty file");
    }
    String dataset = format().defaultSource();
    String authority = null;
    String program = null;
    String country = null;
    Optional<LocalDate> published = Optional.empty();
    String version = null;
    List<JsonNode> entries = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (JsonParser p = YAML.getFactory().createParser(path.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ListFormatException(path, "not a YAML mapping with a 'cordon-list' key");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = p.currentLocation().getLineNr();
        p.nextToken();
        if (!TOP.contains(key)) {
          throw new ListFormatException(path, "line " + line + ": unknown key '" + key + "'; known: " + TOP);
        }
        if (key.equals("entities")) {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ListFormatException(path, "line " + line + ": 'entities' must be a list");
          }
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
              throw new ListFormatException(path, "truncated: the file ends inside 'entities'");
            }
            lines.add(p.currentLocation().getLineNr());
            entries.add(YAML.readTree(p));
          }
          continue;
        }
        JsonNode v = YAML.readTree(p);
        String text = v.isValueNode() ? v.asText() : null;
        if (text == null) {
          throw new ListFormatException(path, "line " + line + ": '" + key + "' must be a single value");
        }
        switch (key) {
          case "cordon-list" -> version = text;
          case "source" -> dataset = text.strip();
          case "authority" -> authority = text;
          case "program" -> program = text;
          case "country" -> country = text;
          case "published" -> {
            try {
              published = Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
              throw new ListFormatException(path, "line " + line + ": published '" + text + "' is not a date (YYYY-MM-DD)");
            }
          }
          default -> { }
        }
      }
    } catch (JsonProcessingException e) {
      throw new ListFormatException(path, "YAML error at line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage(), e);
    }
    if (!"1".equals(version)) {
      throw new ListFormatException(path, version == null ? "no 'cordon-list: 1' key: not a Cordon custom list"
          : "cordon-list version " + version + " is not supported (only 1)");
    }
    if (!dataset.matches("[a-z0-9_]+")) {
      throw new ListFormatException(path, "source '" + dataset + "' must be lower case letters, digits and _");
    }
    List<Entity> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      String where = "line " + lines.get(i) + " (entities[" + i + "]" + (e.hasNonNull("id") ? ", id " + e.get("id").asText() : "") + ")";
      String field = "id";
      try {
        if (!e.isObject()) {
          throw new IllegalArgumentException("an entry must be a mapping of properties");
        }
        CustomRecord r = new CustomRecord(e.path("id").asText(null), e.path("schema").asText(null), dataset);
        if (!ids.add(r.id)) {
          throw new IllegalArgumentException("id " + r.id + " appears twice");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          field = f.getKey();
          switch (field) {
            case "id", "schema" -> { }
            case "sanction" -> {
              if (!f.getValue().isObject()) {
                throw new IllegalArgumentException("sanction must be a mapping of Sanction properties");
              }
              for (Iterator<Map.Entry<String, JsonNode>> s = f.getValue().fields(); s.hasNext(); ) {
                Map.Entry<String, JsonNode> sf = s.next();
                field = "sanction." + sf.getKey();
                for (String v : values(sf.getValue())) {
                  r.addSanction(sf.getKey(), v);
                }
              }
            }
            default -> {
              for (String v : values(f.getValue())) {
                r.add(field, v);
              }
            }
          }
        }
        field = "sanction";
        // list-level defaults: every entry of an official-style list is a listing by the authority
        if (authority != null || program != null) {
          if (!r.hasSanction(Prop.AUTHORITY) && authority != null) {
            r.addSanction(Prop.AUTHORITY, authority);
          }
          if (!r.hasSanction(Prop.PROGRAM) && program != null) {
            r.addSanction(Prop.PROGRAM, program);
          }
          if (!r.hasSanction(Prop.COUNTRY) && country != null) {
            r.addSanction(Prop.COUNTRY, country);
          }
        }
        field = "name";
        out.addAll(r.build());
      } catch (IllegalArgumentException ex) {
        throw new ListFormatException(path, where + ", " + field + ": " + ex.getMessage());
      }
    }
    if (out.isEmpty()) {
      throw new ListFormatException(path, "no entities");
    }
    return new ParsedList(format(), published, out, List.of(),
        dataset.equals(format().defaultSource()) ? Optional.empty() : Optional.of(dataset));
  }

  private static List<String> values(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode x : v) {
        if (!x.isValueNode()) {
          throw new IllegalArgumentException("values must be text, not nested structures");
        }
        out.add(x.asText());
      }
    } else if (v.isValueNode()) {
      if (!v.isNull()) {
        out.add(v.asText());
      }
    } else {
      throw new IllegalArgumentException("values must be text or a list of text");
    }
    return out;
  }
}
