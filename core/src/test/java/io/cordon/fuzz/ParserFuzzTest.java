package io.cordon.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cordon.cases.BadInputException;
import io.cordon.rules.RuleFormatException;
import io.cordon.rules.RuleLoader;
import io.cordon.rules.policy.PolicyBook;
import io.cordon.catalog.update.OfficialSources;
import io.cordon.screening.ScreeningException;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.InputRow;
import io.cordon.screening.input.PartyInputReader;
import io.cordon.sources.FormatDetector;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz harnesses for every parser of outside input: each list adapter, format detection, the party
 * input reader (CSV, TSV, JSON lines) and the YAML readers (rules, policies, official sources). In the
 * normal suite each runs its seed folder only (regression mode, seconds); with {@code JAZZER_FUZZ=1}
 * one harness is fuzzed for its {@code maxDuration} (see docs/reliability.md, "Fuzzing").
 */
class ParserFuzzTest {
  private static final ListAdapters ADAPTERS = ListAdapters.load();

  private static void list(ListFormat format, String fileName, byte[] data) {
    Path f = Fuzzing.file(fileName, data);
    try {
      Fuzzing.expect(() -> ADAPTERS.forFormat(format).read(f), ListFormatException.class, IOException.class);
    } finally {
      Fuzzing.clean(f);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void ofacSdnCsv(byte[] data) {
    list(ListFormat.OFAC_SDN_CSV, "sdn.csv", data);
  }

  @FuzzTest(maxDuration = "60s")
  void ofacSdnXml(byte[] data) {
    list(ListFormat.OFAC_SDN_XML, "sdn.xml", data);
  }

  @FuzzTest(maxDuration = "60s")
  void unScXml(byte[] data) {
    list(ListFormat.UN_SC_XML, "un.xml", data);
  }

  @FuzzTest(maxDuration = "60s")
  void euFsfXml(byte[] data) {
    list(ListFormat.EU_FSF_XML, "eu.xml", data);
  }

  @FuzzTest(maxDuration = "60s")
  void ukHmtCsv(byte[] data) {
    list(ListFormat.UK_HMT_CSV, "conlist.csv", data);
  }

  @FuzzTest(maxDuration = "60s")
  void ukFcdoXml(byte[] data) {
    list(ListFormat.UK_FCDO_XML, "uk.xml", data);
  }

  @FuzzTest(maxDuration = "60s")
  void caSemaXml(byte[] data) {
    list(ListFormat.CA_SEMA_XML, "sema.xml", data);
  }

  @FuzzTest(maxDuration = "60s")
  void chSecoXml(byte[] data) {
    list(ListFormat.CH_SECO_XML, "seco.xml", data);
  }

  @FuzzTest(maxDuration = "60s")
  void ftmJson(byte[] data) {
    list(ListFormat.FTM_JSON, "entities.ftm.json", data);
  }

  @FuzzTest(maxDuration = "60s")
  void senzingJson(byte[] data) {
    list(ListFormat.SENZING_JSON, "senzing.json", data);
  }

  @FuzzTest(maxDuration = "60s")
  void customCsv(byte[] data) {
    list(ListFormat.CUSTOM_CSV, "custom.csv", data);
  }

  @FuzzTest(maxDuration = "60s")
  void customYaml(byte[] data) {
    list(ListFormat.CUSTOM_YAML, "custom.yaml", data);
  }

  @FuzzTest(maxDuration = "60s")
  void formatDetection(byte[] data) {
    Path f = Fuzzing.file("list.dat", data);
    try {
      Fuzzing.expect(() -> FormatDetector.detect(f), ListFormatException.class, IOException.class);
    } finally {
      Fuzzing.clean(f);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void partyInput(byte[] data) {
    for (InputFormat format : InputFormat.values()) {
      Path f = Fuzzing.file("book." + format.name().toLowerCase(java.util.Locale.ROOT), data);
      try {
        Fuzzing.expect(() -> {
          try (PartyInputReader r = PartyInputReader.open(f, format, ColumnMapping.byHeaders())) {
            while (r.hasNext()) {
              InputRow row = r.next();
              if (row instanceof InputRow.Party p) {
                io.cordon.screening.ScreeningQuery.of(p.query());
              }
            }
          }
        }, IOException.class, ScreeningException.class, BadInputException.class, java.io.UncheckedIOException.class);
      } finally {
        Fuzzing.clean(f);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void ruleYaml(byte[] data) {
    Path f = Fuzzing.file("rules.yaml", data);
    try {
      Fuzzing.expect(() -> new RuleLoader().load(List.of(f), false), RuleFormatException.class, IOException.class);
    } finally {
      Fuzzing.clean(f);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void policyYaml(byte[] data) {
    Path f = Fuzzing.file("policies.yaml", data);
    try {
      Fuzzing.expect(() -> PolicyBook.withUserFile(f), IllegalArgumentException.class, IOException.class);
    } finally {
      Fuzzing.clean(f);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void officialSourcesYaml(byte[] data) {
    Path f = Fuzzing.file("sources.yaml", data);
    try {
      Fuzzing.expect(() -> OfficialSources.withOverrides(f), IllegalArgumentException.class, IOException.class);
    } finally {
      Fuzzing.clean(f);
    }
  }
}
