package io.cordon.screening.payment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where each element's value is written in the raw message text, so that a hit can be shown
 * in place. The readers give values, not offsets (Prowide's MT model has none), so each value is
 * looked up inside its field: the MT tag ({@code :59F:} up to the next tag) or the MX element
 * ({@code <Nm>...</Nm>}), in message order. Whitespace may differ (MT lines are joined) and XML
 * escapes are allowed. A value that cannot be found (a BIC country derived from a BIC, say, when
 * the reader normalised it) has no place. Not on the screening path: run when a message is queued.
 */
public final class RawPlaces {
  private static final Pattern MT_TAG = Pattern.compile("(?m)^:[0-9]{2}[A-Z]?:");
  private static final int MAX_TOKENS = 400;

  private RawPlaces() {}

  /**
   * Where one value is in the raw text: per whitespace-separated token of the value, its start and
   * end in the value and in the raw text.
   */
  public static final class Place {
    private final int[] valueStarts;
    private final int[] valueEnds;
    private final int[] rawStarts;
    private final int[] rawEnds;

    Place(int[] valueStarts, int[] valueEnds, int[] rawStarts, int[] rawEnds) {
      this.valueStarts = valueStarts;
      this.valueEnds = valueEnds;
      this.rawStarts = rawStarts;
      this.rawEnds = rawEnds;
    }

    public int start() {
      return rawStarts[0];
    }

    public int end() {
      return rawEnds[rawEnds.length - 1];
    }

    /** The raw span of the value's characters {@code [from, to)}: {start, end}. */
    public int[] span(int from, int to) {
      if (from < 0 || to <= from) {
        return new int[] {start(), end()};
      }
      return new int[] {raw(from, false), raw(to, true)};
    }

    private int raw(int offset, boolean isEnd) {
      for (int t = 0; t < valueStarts.length; t++) {
        if (isEnd ? offset <= valueEnds[t] : offset < valueEnds[t]) {
          if (offset <= valueStarts[t]) {
            return isEnd && t > 0 ? rawEnds[t - 1] : rawStarts[t];
          }
          return Math.min(rawStarts[t] + (offset - valueStarts[t]), rawEnds[t]);
        }
      }
      return end();
    }
  }

  /** One place per element of {@code elements}, in the same order; null where the value was not found. */
  public static List<Place> locate(String raw, List<Element> elements) {
    List<Place> out = new ArrayList<>(elements.size());
    boolean xml = raw.stripLeading().startsWith("<");
    int cursor = 0;
    // raw start -> path of the element placed there: a second element with the same value looks further on
    Map<Integer, String> taken = new HashMap<>();
    for (Element e : elements) {
      Place p = null;
      Pattern value = pattern(e.value(), xml);
      if (value != null) {
        p = inField(raw, e, value, xml, cursor, taken);
        if (p != null) {
          cursor = Math.max(cursor, anchorBefore(raw, p.start(), xml, e));
        } else if (e.kind() == Element.Kind.BIC && e.value().length() > 8) {
          // an MT header holds the logical terminal address: 8 characters of BIC, terminal, branch
          Pattern bic8 = pattern(e.value().substring(0, 8), xml);
          p = inField(raw, e, bic8, xml, cursor, taken);
        }
      }
      if (p != null) {
        taken.putIfAbsent(p.start(), e.path());
      }
      out.add(p);
    }
    return out;
  }

  /** The first occurrence of the value inside an occurrence of the element's field at or after {@code cursor}. */
  private static Place inField(String raw, Element e, Pattern value, boolean xml, int cursor, Map<Integer, String> taken) {
    Pattern anchor = anchor(e, xml);
    Matcher a = anchor.matcher(raw);
    int from = cursor;
    while (from <= raw.length() && a.find(from)) {
      int fieldStart = a.end();
      int fieldEnd = fieldEnd(raw, fieldStart, xml, e);
      Matcher v = value.matcher(raw).region(fieldStart, fieldEnd);
      while (v.find()) {
        String owner = taken.get(v.start());
        if (owner == null || owner.equals(e.path())) {
          return place(e.value(), v);
        }
      }
      from = a.start() + 1;
    }
    return null;
  }

  private static Pattern anchor(Element e, boolean xml) {
    if (xml) {
      return Pattern.compile("<(?:[\\w.-]+:)?" + Pattern.quote(leaf(e.path())) + "(?:\\s[^>]*)?>");
    }
    if (e.path().startsWith("block ")) {
      return Pattern.compile(Pattern.quote("{" + e.path().charAt(6) + ":"));
    }
    return Pattern.compile("(?m)^:" + Pattern.quote(e.field()) + ":");
  }

  private static int fieldEnd(String raw, int from, boolean xml, Element e) {
    if (xml) {
      int close = raw.indexOf("</", from);
      return close < 0 ? raw.length() : close;
    }
    if (e.path().startsWith("block ")) {
      int close = raw.indexOf('}', from);
      return close < 0 ? raw.length() : close;
    }
    Matcher next = MT_TAG.matcher(raw);
    int end = next.find(from) ? next.start() : raw.length();
    int close = raw.indexOf("-}", from);
    return close >= 0 && close < end ? close : end;
  }

  /** Where the next element's search starts: the anchor of this one (elements of one field share it). */
  private static int anchorBefore(String raw, int at, boolean xml, Element e) {
    Matcher a = anchor(e, xml).matcher(raw);
    int best = 0;
    while (a.find()) {
      if (a.start() > at) {
        break;
      }
      best = a.start();
    }
    return best;
  }

  /** The last step of an MX path, without a note in brackets: {@code .../FinInstnId/BICFI (BIC country)} is BICFI. */
  private static String leaf(String path) {
    String p = path;
    int bracket = p.indexOf(" (");
    if (bracket >= 0) {
      p = p.substring(0, bracket);
    }
    int slash = p.lastIndexOf('/');
    p = slash < 0 ? p : p.substring(slash + 1);
    int index = p.indexOf('[');
    return index < 0 ? p : p.substring(0, index);
  }

  /** The value's tokens, each a group, separated by any whitespace; XML escapes accepted for the characters that need them. */
  private static Pattern pattern(String value, boolean xml) {
    String[] tokens = value.strip().split("\\s+");
    if (value.isBlank() || tokens.length > MAX_TOKENS) {
      return null;
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) {
        re.append("\\s+");
      }
      re.append('(');
      for (int k = 0; k < tokens[i].length(); ) {
        int cp = tokens[i].codePointAt(k);
        String c = new String(Character.toChars(cp));
        if (xml && (cp == '&' || cp == '<' || cp == '>' || cp == '"' || cp == '\'' || cp > 127)) {
          re.append("(?:").append(Pattern.quote(c)).append("|&#").append(cp).append(";|&#[xX]0*")
              .append(Integer.toHexString(cp)).append(';');
          switch (cp) {
            case '&' -> re.append("|&amp;");
            case '<' -> re.append("|&lt;");
            case '>' -> re.append("|&gt;");
            case '"' -> re.append("|&quot;");
            case '\'' -> re.append("|&apos;");
            default -> { }
          }
          re.append(')');
        } else {
          re.append(Pattern.quote(c));
        }
        k += Character.charCount(cp);
      }
      re.append(')');
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static Place place(String value, Matcher m) {
    Matcher tok = Pattern.compile("\\S+").matcher(value);
    int n = m.groupCount();
    int[] vs = new int[n];
    int[] ve = new int[n];
    int[] rs = new int[n];
    int[] re = new int[n];
    for (int g = 0; g < n && tok.find(); g++) {
      vs[g] = tok.start();
      ve[g] = tok.end();
      rs[g] = m.start(g + 1);
      re[g] = m.end(g + 1);
    }
    return new Place(vs, ve, rs, re);
  }
}
