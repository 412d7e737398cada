package io.cordon.sources.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
  private static final ObjectMapper MAPPER = new ObjectMapper();
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
      g.writeStringField("caption", e.caption());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex); // a StringWriter does not fail
    }
    return out.toString();
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
