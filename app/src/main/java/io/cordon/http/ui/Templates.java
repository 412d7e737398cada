package io.cordon.http.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the UI's jte templates (app/src/main/jte), compiled to Java at build time by the
 * jte-maven-plugin. Content type HTML: every {@code ${...}} is escaped for where it stands (element
 * text, attribute, URL), so data can only reach the page as text.
 */
final class Templates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), "io.cordon.http.ui");

  private Templates() {}

  static String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput(8192);
    ENGINE.render(name, params, out);
    return out.toString();
  }
}
