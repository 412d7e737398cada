package io.cordon.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * FollowTheMoney JSON, one entity per line, as OpenSanctions and yente read and write it:
 * {@code {"id","schema","properties":{prop:[values]},"datasets":[...],"caption"}}. Reading checks
 * every value against the model (via {@link Entity.Builder}); writing emits exactly the entity's
 * properties, so that what Cordon writes passes {@code ftm-check}.
 */
public final class FtmJson {
  private FtmJson() {}

  // Thread-safe once configured; never reconfigured.
  private static final ObjectMapper MAPPER = Json.MAPPER;
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  /** FtM date-times ("2023-11-02T10:00:00"): Cordon keeps the date part only. */
  private static final Pattern DATE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[T ].*$");

  /**
   * Parses one FtM JSON line. Unknown schemata, properties the schema does not have, and values of
   * the wrong form fail with an {@link IllegalArgumentException} naming the property. Date-times
   * are truncated to their date. Extra top-level keys ({@code referents}, {@code first_seen}, ...)
   * are ignored.
   */
  public static Entity read(String jsonLine) {
    JsonNode root;
    try {
      root = MAPPER.readTree(jsonLine);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(root, "id");
    String schema = text(root, "schema");
    FtmModel.SchemaSpec spec = FtmModel.get().require(schema);
    Entity.Builder b = Entity.builder(id, schema);
    JsonNode props = root.get("properties");
    if (props != null && !props.isNull()) {
      if (!props.isObject()) {
        throw new IllegalArgumentException("entity " + id + ": \"properties\" is not an object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String prop = f.getKey();
        FtmModel.PropertySpec p = spec.property(prop).orElseThrow(() -> new IllegalArgumentException(
            "entity " + id + ": property " + prop + " does not exist on " + schema));
        boolean date = "date".equals(p.type());
        for (JsonNode v : values(id, prop, f.getValue())) {
          String s = v.asText();
          if (date) {
            s = truncateDateTime(s);
          }
          try {
            b.add(prop, s);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("entity " + id + ": " + e.getMessage(), e);
          }
        }
      }
    }
    JsonNode ds = root.get("datasets");
    if (ds != null && ds.isArray()) {
      ds.forEach(d -> b.dataset(d.asText()));
    }
    return b.build();
  }

  /** The date part of an FtM date-time; other values unchanged. */
  static String truncateDateTime(String value) {
    var m = DATE_TIME.matcher(value.strip());
    return m.matches() ? m.group(1) : value;
  }

  /** One entity as a single FtM JSON line (no trailing newline). */
  public static String write(Entity e) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      writeFields(g, e);
      g.writeStringField("caption", e.caption());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes one entity as a compact FtM JSON object ({@code id, schema, properties, datasets}; no
   * caption): the form Cordon stores (index stored fields, snapshot blobs). Read it back with
   * {@link #readStored(JsonParser)}. The caller owns the generator (e.g. one per gzip stream).
   */
  public static void writeStored(JsonGenerator g, Entity e) throws IOException {
    g.writeStartObject();
    writeFields(g, e);
    g.writeEndObject();
  }

  /** {@link #writeStored(JsonGenerator, Entity)} into a byte array (UTF-8). */
  public static byte[] encodeStored(Entity e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writeStored(g, e);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex); // an in-memory stream does not fail
    }
    return out.toByteArray();
  }

  /**
   * Reads one entity Cordon stored itself, the parser standing on its {@code START_OBJECT}. Values
   * were checked against the model when the entity was first built, so they are not checked again
   * (the record constructor only copies): this is the fast path for data Cordon wrote, never for
   * input from outside (use {@link #read(String)}). Malformed data fails with an IOException.
   */
  public static Entity readStored(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    String id = null;
    String schema = null;
    Map<String, List<String>> props = new LinkedHashMap<>();
    Set<String> datasets = new TreeSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "schema" -> schema = p.getText();
        case "properties" -> {
          expect(t, JsonToken.START_OBJECT);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            expect(p.nextToken(), JsonToken.START_ARRAY);
            List<String> vs = new ArrayList<>(2);
            while (p.nextToken() != JsonToken.END_ARRAY) {
              vs.add(p.getText());
            }
            props.put(name, vs);
          }
        }
        case "datasets" -> {
          expect(t, JsonToken.START_ARRAY);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            datasets.add(p.getText());
          }
        }
        default -> p.skipChildren();
      }
    }
    if (id == null || schema == null) {
      throw new IOException("stored entity lacks id or schema");
    }
    return new Entity(id, schema, props, datasets);
  }

  /** One entity from {@link #encodeStored(Entity)}'s bytes; corrupt data fails unchecked. */
  public static Entity decodeStored(byte[] bytes, int offset, int length) {
    try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
      p.nextToken();
      return readStored(p);
    } catch (IOException ex) {
      throw new UncheckedIOException("corrupt stored entity", ex);
    }
  }

  private static void writeFields(JsonGenerator g, Entity e) throws IOException {
    g.writeStringField("id", e.id());
    g.writeStringField("schema", e.schema());
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
      g.writeArrayFieldStart(p.getKey());
      for (String v : p.getValue()) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("datasets");
    for (String d : e.datasets()) {
      g.writeString(d);
    }
    g.writeEndArray();
  }

  private static void expect(JsonToken got, JsonToken want) throws IOException {
    if (got != want) {
      throw new IOException("expected " + want + " but found " + got);
    }
  }

  private static String text(JsonNode root, String key) {
    JsonNode n = root.get(key);
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw new IllegalArgumentException("missing or non-string \"" + key + "\"");
    }
    return n.asText();
  }

  private static Iterable<JsonNode> values(String id, String prop, JsonNode node) {
    if (node.isArray()) {
      for (JsonNode v : node) {
        if (!v.isValueNode() || v.isNull()) {
          throw new IllegalArgumentException("entity " + id + ": property " + prop
              + " holds a non-scalar value");
        }
      }
      return node;
    }
    if (node.isValueNode() && !node.isNull()) {
      return List.of(node); // lenient: a single value instead of a list
    }
    throw new IllegalArgumentException("entity " + id + ": property " + prop + " is not a list of values");
  }
}
