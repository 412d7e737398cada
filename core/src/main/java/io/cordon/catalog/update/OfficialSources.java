package io.cordon.catalog.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Json;
import io.cordon.sources.ListFormat;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official sources {@code cordon update} fetches: the built-in list (resource
 * {@code official-sources.yaml} beside this class), with entries of {@code <home>/sources.yaml}
 * replacing built-in ones of the same name or adding new ones; {@code enabled: false} drops one.
 *
 * <pre>
 * sources:
 *   - name: us_ofac_sdn
 *     format: ofac-sdn-csv
 *     files:
 *       - url: https://www.treasury.gov/ofac/downloads/sdn.csv
 *         file: sdn.csv          # optional; default: the URL's last path segment
 * </pre>
 */
public final class OfficialSources {
  private OfficialSources() {}

  private static final ObjectMapper YAML = Json.YAML;

  /** The built-in sources, in file order. */
  public static Map<String, OfficialSource> builtIn() {
    try (InputStream in = OfficialSources.class.getResourceAsStream("official-sources.yaml")) {
      if (in == null) {
        throw new IllegalStateException("resource official-sources.yaml missing from the build");
      }
      return parse(in, "official-sources.yaml (built in)");
    } catch (IOException e) {
      throw new IllegalStateException("reading built-in official-sources.yaml: " + e.getMessage(), e);
    }
  }

  /** The built-in sources with the overrides of {@code file} applied, when it exists. */
  public static Map<String, OfficialSource> withOverrides(Path file) throws IOException {
    Map<String, OfficialSource> out = new LinkedHashMap<>(builtIn());
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = YAML.readTree(in);
      for (JsonNode n : list(root, file.toString())) {
        String name = text(n, "name", file.toString());
        if (n.has("enabled") && !n.get("enabled").asBoolean(true)) {
          out.remove(name);
        } else {
          out.put(name, source(n, file.toString()));
        }
      }
    }
    return out;
  }

  static Map<String, OfficialSource> parse(InputStream in, String origin) throws IOException {
    Map<String, OfficialSource> out = new LinkedHashMap<>();
    for (JsonNode n : list(YAML.readTree(in), origin)) {
      OfficialSource s = source(n, origin);
      out.put(s.name(), s);
    }
    return out;
  }

  private static List<JsonNode> list(JsonNode root, String origin) {
    JsonNode sources = root == null ? null : root.get("sources");
    if (sources == null || !sources.isArray()) {
      throw new IllegalArgumentException(origin + ": expected a list under 'sources:'");
    }
    List<JsonNode> out = new ArrayList<>();
    sources.forEach(out::add);
    return out;
  }

  private static OfficialSource source(JsonNode n, String origin) {
    String name = text(n, "name", origin);
    String where = origin + ": source " + name;
    try {
      ListFormat format = ListFormat.parse(text(n, "format", where));
      JsonNode files = n.get("files");
      if (files == null || !files.isArray() || files.isEmpty()) {
        throw new IllegalArgumentException("expected a non-empty list under 'files:'");
      }
      List<OfficialSource.RemoteFile> remote = new ArrayList<>();
      for (JsonNode f : files) {
        String url = f.isTextual() ? f.asText() : text(f, "url", where);
        URI uri = new URI(url.strip());
        String file = f.isObject() && f.hasNonNull("file") ? f.get("file").asText() : lastSegment(uri);
        remote.add(new OfficialSource.RemoteFile(uri, file));
      }
      return new OfficialSource(name, format, remote);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static String lastSegment(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.isBlank()) {
      throw new IllegalArgumentException("cannot tell a file name from " + uri + ": give 'file:'");
    }
    return last;
  }

  private static String text(JsonNode n, String key, String where) {
    JsonNode v = n == null ? null : n.get(key);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": missing '" + key + "'");
    }
    return v.asText().strip();
  }
}
