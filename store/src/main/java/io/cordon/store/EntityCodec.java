package io.cordon.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cordon.model.Entity;
import io.cordon.model.FtmJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Entities of a snapshot as gzipped FtM JSON lines ({@code {"id","schema","properties","datasets"}}).
 * Each entity is {@link FtmJson}'s stored form: values were checked against the model when the
 * list was imported, so reading them back does not check them again (a 15k-entity snapshot reads
 * in a fraction of a second). The blob layout is unchanged from earlier versions.
 */
final class EntityCodec {
  private EntityCodec() {}

  private static final JsonFactory JSON = new JsonFactory();

  static byte[] encode(List<Entity> entities) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(entities.size() * 120 + 64);
    try (OutputStream gz = new FastGzip(bytes); JsonGenerator g = JSON.createGenerator(gz)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (Entity e : entities) {
        FtmJson.writeStored(g, e);
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
        out.add(FtmJson.readStored(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored snapshot data is corrupt", e);
    }
    return out;
  }

  /** gzip at the fastest level: the snapshot is written once per import, where time matters more than bytes. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
