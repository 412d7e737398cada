package io.cordon.sources.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One XML element read by {@link XmlRecords}: a small tree for one list record only (never a whole
 * file), so that mapping code can look at a record's parts in any order.
 *
 * @param name     local name (namespace dropped)
 * @param attrs    attributes by local name
 * @param text     the element's own text, stripped ("" when none)
 * @param children child elements in document order
 * @param line     line of the start tag, for messages
 */
public record XmlNode(String name, Map<String, String> attrs, String text, List<XmlNode> children, int line) {

  /** The attribute value stripped, or "" when absent. */
  public String attr(String key) {
    String v = attrs.get(key);
    return v == null ? "" : v.strip();
  }

  /** The first child with this name, or null. */
  public XmlNode child(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  /** All children with this name. */
  public List<XmlNode> children(String childName) {
    List<XmlNode> out = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The text of the first child with this name, or "". */
  public String text(String childName) {
    XmlNode c = child(childName);
    return c == null ? "" : c.text;
  }

  /**
   * All nodes at a slash-separated path below this one ({@code "Names/Name"}), in document order.
   */
  public List<XmlNode> all(String path) {
    List<XmlNode> level = List.of(this);
    for (String step : path.split("/")) {
      List<XmlNode> next = new ArrayList<>();
      for (XmlNode n : level) {
        next.addAll(n.children(step));
      }
      level = next;
    }
    return level;
  }

  /** Texts of all nodes at a path, blanks dropped. */
  public List<String> texts(String path) {
    List<String> out = new ArrayList<>();
    for (XmlNode n : all(path)) {
      if (!n.text.isBlank()) {
        out.add(n.text);
      }
    }
    return out;
  }
}
