package io.cordon.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Bom;
import io.cordon.common.CsvRows;
import io.cordon.common.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells which list format a file (or OFAC CSV folder) is from its content, not its name: the root
 * element and namespace of XML, the row shape of OFAC CSV, the first line of the UK HMT CSV, the
 * keys of the first JSON line, the header of a custom CSV, the {@code cordon-list} key of a custom
 * YAML. Only the start of the file is read. Content it does not recognise is an error naming the
 * file and what was found, never a guess.
 */
public final class FormatDetector {
  private FormatDetector() {}

  /** Bytes read to classify text formats (first line of CSV/JSON may be longer; read as needed). */
  private static final int SNIFF = 4096;
  private static final ObjectMapper JSON = Json.MAPPER;
  private static final Set<String> OFAC_TYPES = Set.of("-0-", "individual", "vessel", "aircraft");
  private static final Pattern YAML_MARK = Pattern.compile("(?m)^cordon-list\\s*:");
  private static final Set<String> OFAC_SIDE_FILES = Set.of("add.csv", "alt.csv", "sdn_comments.csv",
      "cons_add.csv", "cons_alt.csv", "cons_comments.csv");

  /** The format of the file or folder at {@code path}. */
  public static ListFormat detect(Path path) throws IOException, ListFormatException {
    if (!Files.exists(path)) {
      throw new ListFormatException(path, "no such file or folder");
    }
    if (Files.isDirectory(path)) {
      return folder(path);
    }
    if (Files.size(path) == 0) {
      throw new ListFormatException(path, "empty file");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    String head = head(path);
    String text = head.strip();
    if (text.isEmpty() || text.equals("\u001a")) {
      throw new ListFormatException(path, "empty file (only blank lines)");
    }
    char first = text.charAt(0);
    if (first == '<') {
      return xml(path);
    }
    if (first == '{') {
      return json(path);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      if (YAML_MARK.matcher(head).find()) {
        return ListFormat.CUSTOM_YAML;
      }
      throw new ListFormatException(path, "YAML without a top-level 'cordon-list:' key: not a Cordon custom list");
    }
    String line = firstLine(text);
    if (line.startsWith("Last Updated,")) {
      return ListFormat.UK_HMT_CSV;
    }
    List<String> fields = CsvRows.splitLine(line, false);
    if (isOfacMainRow(fields)) {
      return name.startsWith("cons_") ? ListFormat.OFAC_CONS_CSV : ListFormat.OFAC_SDN_CSV;
    }
    if (OFAC_SIDE_FILES.contains(name) || isOfacSideRow(fields)) {
      throw new ListFormatException(path, "an OFAC side file (addresses, aliases or comments): import the"
          + " folder of the set or its sdn.csv / cons_prim.csv");
    }
    if (isCustomHeader(fields)) {
      return ListFormat.CUSTOM_CSV;
    }
    throw new ListFormatException(path, "unknown content: not a list format Cordon reads (first line: '"
        + abbreviate(line) + "')");
  }

  private static ListFormat folder(Path dir) throws IOException, ListFormatException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(p -> names.add(p.getFileName().toString().toLowerCase(Locale.ROOT)));
    }
    if (names.contains("sdn.csv")) {
      return ListFormat.OFAC_SDN_CSV;
    }
    if (names.contains("cons_prim.csv")) {
      return ListFormat.OFAC_CONS_CSV;
    }
    if (names.stream().anyMatch(OFAC_SIDE_FILES::contains)) {
      throw new ListFormatException(dir, "OFAC side files (add/alt/comments) without sdn.csv or"
          + " cons_prim.csv: an incomplete set");
    }
    throw new ListFormatException(dir, "a folder is only read as an OFAC CSV set (sdn.csv or cons_prim.csv);"
        + " give the list files in it one by one");
  }

  private static ListFormat xml(Path path) throws IOException, ListFormatException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      try {
        String root = null;
        String ns = "";
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) {
            if (root == null) {
              root = r.getLocalName();
              ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
              ListFormat byRoot = byRoot(root, ns);
              if (byRoot != null) {
                return byRoot;
              }
              if (!root.equals("data-set")) {
                break;
              }
            } else {
              // Canada SEMA: <data-set><record>...
              if (r.getLocalName().equals("record")) {
                return ListFormat.CA_SEMA_XML;
              }
              break;
            }
          }
        }
        throw new ListFormatException(path, root == null ? "XML without a root element"
            : "unknown XML: root element <" + root + ">" + (ns.isEmpty() ? "" : " in namespace " + ns)
                + " is not a list format Cordon reads");
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new ListFormatException(path, "malformed XML at the start of the file: " + e.getMessage(), e);
    }
  }

  private static ListFormat byRoot(String root, String ns) {
    switch (root) {
      case "sdnList":
        return ListFormat.OFAC_SDN_XML;
      case "CONSOLIDATED_LIST":
        return ListFormat.UN_SC_XML;
      case "export":
        return ns.startsWith("http://eu.europa.ec/fpi/fsd/export") ? ListFormat.EU_FSF_XML : null;
      case "Designations":
        return ListFormat.UK_FCDO_XML;
      case "swiss-sanctions-list":
        return ListFormat.CH_SECO_XML;
      default:
        return null;
    }
  }

  private static ListFormat json(Path path) throws IOException, ListFormatException {
    String line;
    try (BufferedReader r = reader(path)) {
      line = r.readLine();
      while (line != null && line.isBlank()) {
        line = r.readLine();
      }
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      throw new ListFormatException(path, "first line is not a JSON object (FtM and Senzing files hold one"
          + " JSON object per line)", e);
    }
    if (node != null && node.isObject()) {
      if (node.has("id") && node.has("schema")) {
        return ListFormat.FTM_JSON;
      }
      if (node.has("DATA_SOURCE") || node.has("RECORD_ID") || node.has("NAMES") || node.has("FEATURES")) {
        return ListFormat.SENZING_JSON;
      }
    }
    throw new ListFormatException(path, "JSON that is neither FtM entities ({\"id\", \"schema\", ...}) nor"
        + " Senzing records ({\"DATA_SOURCE\", \"RECORD_ID\", ...})");
  }

  /** OFAC sdn.csv / cons_prim.csv: 12 fields, ent_num, name, type in {-0-, individual, vessel, aircraft}. */
  private static boolean isOfacMainRow(List<String> f) {
    return f.size() == 12 && f.get(0).matches("\\d+") && OFAC_TYPES.contains(f.get(2).strip());
  }

  /** add.csv (6 fields), alt.csv (5), comments (2): ent_num then a second number or the text. */
  private static boolean isOfacSideRow(List<String> f) {
    if (f.isEmpty() || !f.get(0).matches("\\d+")) {
      return false;
    }
    return (f.size() == 6 || f.size() == 5) && f.get(1).matches("\\d+");
  }

  /** A custom-list CSV header names the columns; {@code name} and {@code schema} or {@code id} are required. */
  private static boolean isCustomHeader(List<String> f) {
    List<String> cols = f.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    return cols.contains("name") && (cols.contains("schema") || cols.contains("id"));
  }

  private static String head(Path path) throws IOException {
    byte[] buf = new byte[SNIFF];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(buf, 0, SNIFF);
    }
    String s = new String(buf, 0, n, StandardCharsets.UTF_8);
    return Bom.strip(s);
  }

  private static BufferedReader reader(Path path) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
