package io.cordon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.model.Entity;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entity as an FtM JSON line (interim until io.cordon.sources.ftm.FtmJson is on main). */
final class FtmLines {
  private FtmLines() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String write(Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("schema", e.schema());
    m.put("caption", e.caption());
    m.put("properties", e.properties());
    m.put("datasets", e.datasets());
    try {
      return MAPPER.writeValueAsString(m);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
