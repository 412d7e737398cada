package io.cordon.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.cases.Hashing;
import io.cordon.common.Json;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /catalog} (and its old name {@code /manifest}) in yente's DataCatalogModel shape: one
 * dataset per loaded source with its active snapshot as {@code version} and {@code index_version},
 * plus the collections {@code default}, {@code sanctions}, {@code peps} with their children. A
 * strong ETag lets clients poll cheaply (304 on {@code If-None-Match}).
 */
final class YenteCatalog {
  private static final ObjectMapper JSON = Json.MAPPER;
  private final ListView lists;

  YenteCatalog(ListView lists) {
    this.lists = lists;
  }

  void handle(Context ctx) throws JsonProcessingException {
    List<ListView.SourceInfo> sources = lists.sources();
    List<Object> datasets = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (ListView.SourceInfo s : sources) {
      Map<String, Object> d = dataset(s.name(), s.snapshotId(), List.of());
      d.put("entity_count", s.records());
      d.put("thing_count", s.targets());
      d.put("updated_at", s.imported().toString());
      d.put("last_export", s.published().map(LocalDate::toString).orElse(null));
      d.put("category", s.peps() ? "peps" : "sanctions");
      d.put("format", s.format());
      datasets.add(d);
      current.add(s.name());
    }
    for (String c : Datasets.COLLECTIONS) {
      Set<String> children = Datasets.resolve(c, sources);
      List<String> versions = sources.stream().filter(s -> children.contains(s.name()))
          .map(ListView.SourceInfo::snapshotId).sorted().toList();
      // A collection's version names the set of snapshots it serves.
      String version = versions.isEmpty() ? null
          : c + "-" + Hashing.sha256Hex(String.join(",", versions)).substring(0, 12);
      Map<String, Object> d = dataset(c, version, new ArrayList<>(children));
      d.put("type", "collection");
      datasets.add(d);
      if (version != null) {
        current.add(c);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("datasets", datasets);
    out.put("current", current);
    out.put("outdated", List.of());
    out.put("index_stale", false);
    byte[] body = JSON.writeValueAsBytes(out);
    String etag = "\"" + Hashing.sha256Hex(new String(body, java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32)
        + "\"";
    ctx.header("ETag", etag).header("Cache-Control", "public, max-age=300");
    String match = ctx.header("If-None-Match");
    if (match != null && (match.strip().equals("*") || List.of(match.split(",")).stream()
        .map(String::strip).anyMatch(etag::equals))) {
      ctx.status(304);
      return;
    }
    ctx.contentType("application/json").result(body);
  }

  private static Map<String, Object> dataset(String name, String version, List<String> children) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("name", name);
    d.put("title", name);
    d.put("license", null);
    d.put("summary", null);
    d.put("description", null);
    d.put("url", null);
    d.put("updated_at", null);
    d.put("last_export", null);
    d.put("entity_count", null);
    d.put("thing_count", null);
    d.put("version", version);
    d.put("category", null);
    d.put("tags", List.of());
    d.put("publisher", null);
    d.put("coverage", null);
    d.put("resources", List.of());
    d.put("children", children);
    d.put("deprecation", null);
    d.put("deprecated", false);
    d.put("load", true);
    d.put("entities_url", null);
    d.put("delta_url", null);
    d.put("namespace", false);
    d.put("index_version", version);
    d.put("index_current", version != null);
    return d;
  }
}
