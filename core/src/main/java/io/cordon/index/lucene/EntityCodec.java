package io.cordon.index.lucene;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cordon.model.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entities as compact FtM JSON ({@code {"id","schema","properties","datasets"}}) in the index's
 * stored fields, so that a new process reads only the candidates it scores instead of the whole
 * catalog. Streaming Jackson: no reflection, no Java serialization.
 */
final class EntityCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private EntityCodec() {}

  static byte[] encode(Entity e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
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
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  static Entity decode(byte[] bytes, int offset, int length) {
    try (JsonParser p = JSON.createParser(bytes, offset, length)) {
      String id = null;
      String schema = null;
      Map<String, List<String>> props = new LinkedHashMap<>();
      Set<String> datasets = new TreeSet<>();
      expect(p.nextToken(), JsonToken.START_OBJECT);
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
        throw new IllegalStateException("stored entity lacks id or schema");
      }
      // The values were validated when the entity was first built; the constructor only copies.
      return new Entity(id, schema, props, datasets);
    } catch (IOException ex) {
      throw new UncheckedIOException("corrupt stored entity in index", ex);
    }
  }

  private static void expect(JsonToken got, JsonToken want) throws IOException {
    if (got != want) {
      throw new IOException("expected " + want + " but found " + got);
    }
  }
}
