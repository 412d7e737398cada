package io.cordon.rules;

import io.cordon.model.Entity;
import io.cordon.model.FtmJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled demo list (the three EO 14024 Directive bodies, VTB under EO 13662 Directive 1, two
 * April-2021 SDNs; see demo/README.md) and a reader for FtM entity JSON line files (via
 * {@link FtmJson}), used when the store holds no lists. Strict: an entity that does not fit the FtM model fails
 * the whole file with the line number.
 */
public final class DemoList {
  private DemoList() {}

  /** Source names of the demo list. */
  public static final List<String> SOURCES = List.of("us_ofac_sdn", "us_ofac_cons");

  public static List<Entity> entities() {
    try (InputStream in = DemoList.class.getResourceAsStream("demo/demo-entities.ftm.json")) {
      if (in == null) {
        throw new IllegalStateException("bundled demo list missing from the class path");
      }
      return read(in, "demo-entities.ftm.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** FtM entities, one JSON object per line ({@code id}, {@code schema}, {@code properties}, {@code datasets}). */
  public static List<Entity> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  static List<Entity> read(InputStream in, String name) throws IOException {
    List<Entity> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(FtmJson.read(line));
      } catch (RuntimeException ex) {
        throw new IllegalArgumentException(name + ":" + no + ": " + ex.getMessage(), ex);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(name + ": no entities");
    }
    return out;
  }
}
