package io.cordon.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cordon.model.Entity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Entities of a snapshot as gzipped FtM JSON lines ({@code {"id","schema","properties","datasets"}}).
 * Writes and reads with Jackson's streaming API and builds entities through the record constructor:
 * values were checked against the model when the list was imported, so reading them back does not
 * check them again (a 15k-entity snapshot reads in a fraction of a second).
 */
final class EntityCodec {
  private EntityCodec() {}

  private static final JsonFactory JSON = new JsonFactory();

  static byte[] encode(List<Entity> entities) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(entities.size() * 120 + 64);
    try (OutputStream gz = new FastGzip(bytes); JsonGenerator g = JSON.createGenerator(gz)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (Entity e : entities) {
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
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("encoding entities", e); // in-memory streams: cannot happen
    }
    return bytes.toByteArray();
  }

  static List<Entity> decode(byte[] data) {
    List<Entity> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 1 << 16);
         JsonParser p = JSON.createParser(in)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        out.add(readEntity(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored snapshot data is corrupt", e);
    }
    return out;
  }

  private static Entity readEntity(JsonParser p) throws IOException {
    String id = null;
    String schema = null;
    Map<String, List<String>> props = new LinkedHashMap<>();
    Set<String> datasets = new LinkedHashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "schema" -> schema = p.getText();
        case "properties" -> {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            List<String> values = new ArrayList<>(2);
            while (p.nextToken() != JsonToken.END_ARRAY) {
              values.add(p.getText());
            }
            props.put(name, values);
          }
        }
        case "datasets" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            datasets.add(p.getText());
          }
        }
        default -> p.skipChildren();
      }
    }
    return new Entity(id, schema, props, datasets);
  }

  /** gzip at the fastest level: the snapshot is written once per import, where time matters more than bytes. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
