package io.cordon.index;

import io.cordon.common.Sha256;
import io.cordon.names.AnalyzedName;
import io.cordon.names.NameAnalyzer;
import io.cordon.names.NameKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The production name keys: {@link NameAnalyzer#indexKeys} (romanised folded tokens, phonetic keys
 * that ignore the first letter's spelling, joined forms).
 *
 * <p>The version is a fingerprint of the keys the analyzer gives for a fixed set of probe names:
 * when a change to the name analysis changes keys, persisted indexes built with the old analysis no
 * longer match the version and are rebuilt instead of silently missing candidates. The probes are
 * Latin and Cyrillic only (Cordon's own code): probing ICU-romanised scripts (Han, Arabic) would
 * load ICU's transliterators, which costs seconds on every cold start; ICU itself is pinned.
 */
public final class AnalyzerKeys implements NameKeys {

  private static final List<String[]> PROBES = List.of(
      new String[] {"Vladimir Vladimirovich PUTIN", "Person"},
      new String[] {"Путин Владимир Владимирович", "Person"},
      new String[] {"Alexey Navalny", "Person"},
      new String[] {"AO Pozitiv Teknolodzhiz", "Company"},
      new String[] {"OOO NEOBIT", "Company"},
      new String[] {"ООО \"Необит\"", "Company"},
      new String[] {"JSC ARGUMENT", "Company"},
      new String[] {"SIS d.o.o.", "Company"},
      new String[] {"Dr. Abu Bakr AL-BAGHDADI", "Person"},
      new String[] {"Wladimir Tschechow", "Person"},
      new String[] {"OCEAN STAR 7", "Vessel"});

  private final NameAnalyzer analyzer;
  private final String version;

  private AnalyzerKeys(NameAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.version = "analyzer-" + fingerprint(analyzer);
  }

  /** Keys of the standard analyzer. */
  public static AnalyzerKeys standard() {
    return new AnalyzerKeys(NameAnalyzer.standard());
  }

  @Override
  public Set<String> indexKeys(String name, String schema) {
    return analyzer.indexKeys(name, schema);
  }

  @Override
  public Set<String> indexKeys(AnalyzedName analysed, String schema) {
    // the analysis is the one this analyzer would make only when it is the standard one, for the same kind
    if (analyzer == NameAnalyzer.standard() && analysed.kind() == NameKind.ofSchema(schema)) {
      return analyzer.indexKeys(analysed);
    }
    return indexKeys(analysed.original(), schema);
  }

  @Override
  public String version() {
    return version;
  }

  private static String fingerprint(NameAnalyzer a) {
    MessageDigest md = Sha256.digest();
    for (String[] p : PROBES) {
      md.update(p[0].getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      for (String k : a.indexKeys(p[0], p[1])) {
        md.update(k.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 1);
      }
    }
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }
}
