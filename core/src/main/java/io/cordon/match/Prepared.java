package io.cordon.match;

import io.cordon.model.Entity;
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
    return compile(analyse(names, schema), weak);
  }

  /** Each name analysed by the standard analyzer, in order (blank names give an empty analysis). */
  static List<AnalyzedName> analyse(List<String> names, String schema) {
    NameAnalyzer a = NameAnalyzer.standard();
    List<AnalyzedName> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(a.analyze(n, schema));
    }
    return List.copyOf(out);
  }

  static List<CompiledName> compile(List<AnalyzedName> analysed, boolean weak) {
    List<CompiledName> out = new ArrayList<>(analysed.size());
    Set<String> seen = new LinkedHashSet<>();
    for (AnalyzedName an : analysed) {
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
