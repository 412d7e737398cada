package io.cordon.sources.support;

import io.cordon.sources.ListFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML list file record by record with StAX: the caller names the elements that are
 * records ({@code INDIVIDUAL}, {@code sanctionEntity}, ...) and gets each one as a small
 * {@link XmlNode} tree; everything else is walked through. Only one record is held at a time.
 * Malformed or truncated XML becomes a {@link ListFormatException} naming the file, line and
 * column; reading always continues to the end of the document so a file cut after its last
 * record is still rejected.
 */
public final class XmlRecords implements AutoCloseable {
  /** Deepest element nesting inside one record (real lists: under 10). */
  static final int MAX_DEPTH = 64;
  private final Path file;
  private final InputStream in;
  private final XMLStreamReader xml;
  private final String rootName;
  private final Map<String, String> rootAttrs;
  private final Set<String> recordNames;

  private XmlRecords(Path file, InputStream in, XMLStreamReader xml, String rootName,
                     Map<String, String> rootAttrs, Set<String> recordNames) {
    this.file = file;
    this.in = in;
    this.xml = xml;
    this.rootName = rootName;
    this.rootAttrs = rootAttrs;
    this.recordNames = recordNames;
  }

  /**
   * Opens the file and checks that its root element (local name) is one of {@code roots}.
   *
   * @param recordNames local names of the elements to return from {@link #next()}, at any depth
   */
  public static XmlRecords open(Path file, Set<String> roots, Set<String> recordNames)
      throws IOException, ListFormatException {
    if (Files.size(file) == 0) {
      throw new ListFormatException(file, "empty file");
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    // List files never need DTDs or external entities; refusing them blocks XXE.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    InputStream in = Files.newInputStream(file);
    try {
      XMLStreamReader xml = f.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          String root = xml.getLocalName();
          if (!roots.contains(root)) {
            throw new ListFormatException(file, "wrong root element <" + root + ">, expected "
                + (roots.size() == 1 ? "<" + roots.iterator().next() + ">" : "one of " + roots));
          }
          return new XmlRecords(file, in, xml, root, attrs(xml), recordNames);
        }
      }
      throw new ListFormatException(file, "no XML element found");
    } catch (XMLStreamException e) {
      in.close();
      throw malformed(file, e);
    } catch (ListFormatException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  public String rootName() {
    return rootName;
  }

  /** Attributes of the root element by local name. */
  public Map<String, String> rootAttrs() {
    return rootAttrs;
  }

  /** The next record element, or null at the end of a well-formed document. */
  public XmlNode next() throws ListFormatException {
    try {
      while (xml.hasNext()) {
        int ev = xml.next();
        if (ev == XMLStreamConstants.START_ELEMENT && recordNames.contains(xml.getLocalName())) {
          return readNode(1);
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw malformed(file, e);
    }
  }

  private XmlNode readNode(int depth) throws XMLStreamException {
    String name = xml.getLocalName();
    if (depth > MAX_DEPTH) {
      // a record nested this deep is not list data; recursing on would end in StackOverflowError
      throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH + " levels inside a record",
          xml.getLocation());
    }
    Map<String, String> attrs = attrs(xml);
    int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
    StringBuilder text = new StringBuilder();
    List<XmlNode> children = new ArrayList<>();
    while (true) {
      int ev = xml.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> children.add(readNode(depth + 1));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return new XmlNode(name, attrs, clean(text), List.copyOf(children), line);
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new XMLStreamException("document ends inside <" + name + ">", xml.getLocation());
        default -> { }
      }
    }
  }

  /** Strips and turns no-break spaces into plain spaces (Canada's list is full of them). */
  private static String clean(StringBuilder sb) {
    return sb.toString().replace('\u00A0', ' ').strip();
  }

  private static Map<String, String> attrs(XMLStreamReader xml) {
    int n = xml.getAttributeCount();
    if (n == 0) {
      return Map.of();
    }
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < n; i++) {
      m.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return Map.copyOf(m);
  }

  private static ListFormatException malformed(Path file, XMLStreamException e) {
    Location loc = e.getLocation();
    String where = loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
    String msg = e.getMessage() == null ? "" : e.getMessage();
    // The JDK parser prefixes its message with "ParseError at [row,col]:..."; keep the reason only.
    int cut = msg.indexOf("Message: ");
    if (cut >= 0) {
      msg = msg.substring(cut + 9);
    }
    return new ListFormatException(file, "malformed or truncated XML" + where + ": " + msg.strip(), e);
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      in.close();
    }
  }
}
