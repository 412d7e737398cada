package io.cordon.screening.text;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.names.AnalyzedName;
import io.cordon.names.NameAnalyzer;
import io.cordon.names.NamePart;
import io.cordon.names.PartTag;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identifying words of every listed name (folded, romanised, as the name analyser gives them),
 * with how many names use each and whether it is ever a person's given name. The text scanner only
 * screens spans made of such words, which keeps a long article to a few dozen screens.
 */
public final class NameLexicon {
  private static final Set<PartTag> IDENTIFYING = Set.of(PartTag.GIVEN, PartTag.MIDDLE, PartTag.FAMILY,
      PartTag.PATRONYMIC, PartTag.WORD, PartTag.NUMBER);

  private final NameAnalyzer analyzer;
  private final Map<String, Integer> frequency;
  private final Set<String> given;
  private final Set<String> family;
  private final boolean everyNameIdentified;
  /**
   * Listed names as analysed, filled as the scanner meets them (at most every listed name once):
   * the text gate asks for the same few names again and again, and analysing one is the costly part.
   */
  private final Map<String, AnalyzedName> analysed = new ConcurrentHashMap<>();

  private NameLexicon(NameAnalyzer analyzer, Map<String, Integer> frequency, Set<String> given, Set<String> family,
                      boolean everyNameIdentified) {
    this.analyzer = analyzer;
    this.frequency = Map.copyOf(frequency);
    this.given = Set.copyOf(given);
    this.family = Set.copyOf(family);
    this.everyNameIdentified = everyNameIdentified;
  }

  /** Builds the lexicon of these entities' names (a few seconds for all OFAC lists). */
  public static NameLexicon of(Collection<Entity> entities, NameAnalyzer analyzer) {
    Map<String, Integer> freq = new HashMap<>();
    Set<String> given = new HashSet<>();
    Set<String> family = new HashSet<>();
    boolean everyNameIdentified = true;
    for (Entity e : entities) {
      // a person's name alerts on two of its words, so only other names matter here; weak aliases add
      // no words to the lexicon but the scorer may match one
      boolean check = !e.isA("Person");
      for (String n : check ? e.get(Prop.WEAK_ALIAS) : List.<String>of()) {
        everyNameIdentified &= !identifying(analyzer.analyze(n, e.schema())).isEmpty();
      }
      for (String n : e.names()) {
        AnalyzedName a = analyzer.analyze(n, e.schema());
        everyNameIdentified &= !check || !identifying(a).isEmpty();
        for (NamePart p : a.parts()) {
          if (!IDENTIFYING.contains(p.tag())) {
            continue;
          }
          for (String v : p.variants()) {
            freq.merge(v, 1, Integer::sum);
            if (p.tag() == PartTag.GIVEN || p.tag() == PartTag.MIDDLE) {
              given.add(v);
            } else if (p.tag() == PartTag.FAMILY) {
              family.add(v);
            }
          }
        }
      }
    }
    return new NameLexicon(analyzer, freq, given, family, everyNameIdentified);
  }

  NameAnalyzer analyzer() {
    return analyzer;
  }

  /** A listed name (one the scorer matched) as the analyser gives it. */
  AnalyzedName listed(String name, String schema) {
    return analysed.computeIfAbsent(schema + '\n' + name, k -> analyzer.analyze(name, schema));
  }

  /**
   * True when every listed name of an organisation or vessel (weak aliases too) has an identifying
   * word (people need two to alert anyway). Then a span can only alert for a name whose identifying
   * words it covers, which lets the scanner skip spans that could never alert without screening them.
   */
  boolean everyNameIdentified() {
    return everyNameIdentified;
  }

  /** The identifying words of a listed name: every romanisation and phonetic key of each. */
  static List<java.util.Set<String>> identifying(AnalyzedName a) {
    List<java.util.Set<String>> out = new java.util.ArrayList<>();
    for (NamePart p : a.parts()) {
      if (IDENTIFYING.contains(p.tag())) {
        java.util.Set<String> keys = new HashSet<>(p.variants());
        keys.addAll(p.phonetic());
        out.add(keys);
      }
    }
    return out;
  }

  /** Whether the part is one that identifies (not a title, legal form, stop word or particle). */
  static boolean identifying(PartTag t) {
    return IDENTIFYING.contains(t);
  }

  /** The folded romanisations of one word of text (empty for a stop word or particle). */
  List<String> variants(String word) {
    AnalyzedName a = analyzer.analyze(word, null);
    if (a.parts().size() != 1) {
      return a.parts().stream().flatMap(p -> p.variants().stream()).toList();
    }
    NamePart p = a.parts().get(0);
    return IDENTIFYING.contains(p.tag()) ? p.variants() : List.of();
  }

  /** Romanisations and phonetic keys of one word of text. */
  java.util.Set<String> keys(String word) {
    java.util.Set<String> out = new HashSet<>();
    for (NamePart p : analyzer.analyze(word, null).parts()) {
      out.addAll(p.variants());
      out.addAll(p.phonetic());
    }
    return out;
  }

  /** How many listed names use the word (0: none). */
  int frequency(List<String> variants) {
    int f = 0;
    for (String v : variants) {
      f = Math.max(f, frequency.getOrDefault(v, 0));
    }
    return f;
  }

  /** True when the word is a listed person's given name and never a family name (a first name alone). */
  boolean givenNameOnly(List<String> variants) {
    boolean g = false;
    for (String v : variants) {
      if (family.contains(v)) {
        return false;
      }
      g |= given.contains(v) || io.cordon.names.GivenNames.group(v) != null;
    }
    return g;
  }

  /** True when listed people use the word as a given or family name. */
  boolean personName(List<String> variants) {
    for (String v : variants) {
      if (family.contains(v) || given.contains(v)) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return frequency.size();
  }
}
