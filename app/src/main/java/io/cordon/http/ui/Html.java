package io.cordon.http.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds HTML. The one rule that keeps the UI free of cross-site scripting: data goes in through
 * {@link #text} (escaped), markup through {@link #raw} with literals written in the code only.
 * List data (names, remarks) and user input are never passed to {@code raw}.
 */
final class Html {
  private final StringBuilder b = new StringBuilder(4096);

  /** Markup written by the programmer: a literal, never data. */
  Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Data: escaped for element content and for quoted attribute values alike. */
  Html text(Object value) {
    escape(b, value == null ? "" : value.toString());
    return this;
  }

  /** {@code <tag attrs>escaped text</tag>}; {@code open} is a literal like {@code td class="num"}. */
  Html el(String open, Object value) {
    int space = open.indexOf(' ');
    String name = space < 0 ? open : open.substring(0, space);
    return raw("<").raw(open).raw(">").text(value).raw("</").raw(name).raw(">");
  }

  /** A link: {@code href} is built with {@link #url} (escaped here again as an attribute), label escaped. */
  Html link(String href, Object label) {
    return raw("<a href=\"").text(href).raw("\">").text(label).raw("</a>");
  }

  /** A hidden form field. */
  Html hidden(String name, Object value) {
    return raw("<input type=\"hidden\" name=\"").text(name).raw("\" value=\"").text(value).raw("\">");
  }

  /** Appends another fragment built with this class (already safe). */
  Html add(Html other) {
    b.append(other.b);
    return this;
  }

  boolean isEmpty() {
    return b.length() == 0;
  }

  @Override
  public String toString() {
    return b.toString();
  }

  /** Escapes the five characters that matter in content and quoted attributes. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escape(out, s);
    return out.toString();
  }

  private static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /**
   * A path with query parameters, each value URL-encoded: {@code url("/ui/party", "id", id)}.
   * Empty or null values are left out so links stay short.
   */
  static String url(String path, Object... params) {
    StringBuilder u = new StringBuilder(path);
    char sep = '?';
    for (int i = 0; i + 1 < params.length; i += 2) {
      Object v = params[i + 1];
      if (v == null || v.toString().isEmpty()) {
        continue;
      }
      u.append(sep).append(enc(params[i].toString())).append('=').append(enc(v.toString()));
      sep = '&';
    }
    return u.toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
