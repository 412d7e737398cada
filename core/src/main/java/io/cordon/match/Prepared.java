package io.cordon.match;

import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import io.cordon.model.Prop;
import io.cordon.names.AnalyzedName;
import io.cordon.names.NameAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the compiled sides of a comparison; shared by {@link PreparedEntity} and {@link PreparedQuery}. */
final class Prepared {
  private Prepared() {}

  static List<CompiledName> compile(List<String> names, String schema, boolean weak) {
    NameAnalyzer a = NameAnalyzer.standard();
    List<CompiledName> out = new ArrayList<>(names.size());
    Set<String> seen = new LinkedHashSet<>();
    for (String n : names) {
      AnalyzedName an = a.analyze(n, schema);
      if (an.parts().isEmpty() || !seen.add(an.normalized())) {
        continue;
      }
      out.add(CompiledName.of(an, PartWeights.STANDARD, weak));
    }
    return List.copyOf(out);
  }

  static List<OfacName> ofac(List<String> names) {
    List<OfacName> out = new ArrayList<>(names.size());
    for (String n : names) {
      OfacName o = OfacName.of(n);
      if (!o.words().isEmpty()) {
        out.add(o);
      }
    }
    return List.copyOf(out);
  }

  /** Identifier values normalised: upper case letters and digits only ("RU-7701 234" = "RU7701234"). */
  static String normalizeId(String v) {
    StringBuilder b = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  /** All identifier-typed property values of an entity, normalised; short values (< 4) are ignored. */
  static Set<String> identifiers(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    FtmModel.SchemaSpec spec = FtmModel.get().require(e.schema());
    e.properties().forEach((prop, values) -> {
      FtmModel.PropertySpec p = spec.properties().get(prop);
      if (p != null && ("identifier".equals(p.type()) || Prop.PUBLIC_KEY.equals(prop))) {
        for (String v : values) {
          String n = normalizeId(v);
          if (n.length() >= 4) {
            out.add(n);
          }
        }
      }
    });
    return out;
  }

  static Set<String> countries(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    for (String p : List.of(Prop.NATIONALITY, Prop.CITIZENSHIP, Prop.COUNTRY, Prop.JURISDICTION, "birthCountry")) {
      for (String v : e.get(p)) {
        out.add(v.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
