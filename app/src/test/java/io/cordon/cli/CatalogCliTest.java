package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2's done criteria, end to end through the command line (Main.run) on a temporary home:
 * every list of ../shared/data imported, counts as in PROVENANCE.md, the OFAC deltas of April 2021
 * and March 2022, an empty sdn.csv rejected while the previous snapshot keeps answering, and every
 * export valid for ftm-check.
 */
@Tag("shared-data")
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogCliTest {
  @TempDir static Path home;
  @TempDir static Path scratch;
  final ObjectMapper json = new ObjectMapper();

  static final Pattern OFAC_ENTRY = Pattern.compile("\"id\":\"ofac-\\d+\"");

  /** One `cordon import` call: the path under ../shared/data and its options. */
  record Import(String path, String... options) {}

  /** Every list file of ../shared/data; undated OFAC CSV sets get the date PROVENANCE.md gives them. */
  static final List<Import> ALL = List.of(
      new Import("ofac_legacy_csv_2019", "--published", "2019-01-15"),
      new Import("ofac_legacy_csv_2021-07", "--published", "2021-07-07"),
      new Import("ofac_sdn_csv_2022-02-17/sdn.csv", "--published", "2022-02-17"),
      new Import("ofac_sdn_csv_2022-03-15/sdn.csv", "--published", "2022-03-15"),
      new Import("ofac_sdn_csv_2024-05-03", "--published", "2024-05-03"),
      new Import("ofac_consolidated_nonsdn_2025-12", "--published", "2025-12-19"),
      new Import("un_sc_consolidated_2026-02-27/UN_consolidated.xml"),
      new Import("eu_fsf_xml_sample_2020-04-15/sample_eu.xml"),
      new Import("eu_fsf_xml_sample_2026/eu_sample.xml"),
      new Import("uk_hmt_conlist_2018-04-13/sanctionsconlist.csv"),
      // a trimmed sample of a full list would collapse the full one: give it a source of its own
      new Import("uk_hmt_conlist_sample_2020-04-27/sample_hmt.csv", "--source", "gb_hmt_sample"),
      new Import("uk_sanctions_list_xml_sample_2026/uk_sample.xml"),
      new Import("opensanctions_zala_fixture_yente/entities.ftm.json", "--source", "zala"),
      new Import("opensanctions_eu_fsf_fixture_yente/entities.ftm.json", "--source", "eu_fsf_fixture"),
      new Import("ofac_sdn_xml_sample_2020-04-22/sdn.xml", "--source", "us_ofac_sdn_sample"),
      new Import("ca_sema_2020-04/sema-lmes.xml"),
      new Import("ch_seco_sample_2026-08-15/ch_sample.xml"),
      new Import("opensanctions_us_congress_senzing/us_congress_senzing.json"));

  /** The hand-written demo list shipped with Cordon (a custom YAML list). */
  static final Path DEMO = Path.of("..", "core/src/main/resources/io/cordon/demo/eo14024-2021-04-15.yaml");

  final List<Cli.Result> imports = new ArrayList<>();

  @BeforeAll
  void importEverything() throws IOException {
    // The 2019 copy of sdn.csv (a third party's) lacks OFAC's 0x1A end marker: tell the list checks.
    Files.writeString(home.resolve("cordon.properties"), "import.us_ofac_sdn.end-marker=false\n");
    for (Import i : ALL) {
      List<String> args = new ArrayList<>(List.of("import", SharedData.path(i.path()).toString()));
      args.addAll(List.of(i.options()));
      Cli.Result r = Cli.run(home, args.toArray(String[]::new));
      assertThat(r.exit()).as(i.path() + "\n" + r).isZero();
      imports.add(r);
    }
    Cli.Result demo = Cli.run(home, "import", DEMO.toString());
    assertThat(demo.exit()).as(demo.toString()).isZero();
  }

  JsonNode sources(String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("sources", "--json"));
    args.addAll(List.of(extra));
    Cli.Result r = Cli.run(home, args.toArray(String[]::new));
    assertThat(r.exit()).as(r.toString()).isZero();
    return json.readTree(r.out());
  }

  JsonNode active(String source) throws IOException {
    for (JsonNode n : sources()) {
      if (n.get("source").asText().equals(source)) {
        return n;
      }
    }
    throw new AssertionError("no source " + source + " in " + sources());
  }

  /** `cordon export ARGS -o FILE`, returning the lines written. */
  List<String> export(String... args) throws IOException {
    Path out = Files.createTempFile(scratch, "export", ".jsonl");
    List<String> all = new ArrayList<>(List.of("export"));
    all.addAll(List.of(args));
    all.addAll(List.of("-o", out.toString()));
    Cli.Result r = Cli.run(home, all.toArray(String[]::new));
    assertThat(r.exit()).as(r.toString()).isZero();
    return Files.readAllLines(out);
  }

  static long ofacEntries(List<String> lines) {
    return lines.stream().filter(l -> OFAC_ENTRY.matcher(l).find()).count();
  }

  @Test
  void ofacSnapshotsHaveTheEntryCountsOfProvenance() throws IOException {
    assertThat(ofacEntries(export("us_ofac_sdn", "--as-of", "2019-06-01"))).isEqualTo(7379);
    assertThat(ofacEntries(export("us_ofac_sdn", "--as-of", "2021-07-07"))).isEqualTo(8976);
    assertThat(ofacEntries(export("us_ofac_sdn", "--as-of", "2022-03-01"))).isEqualTo(9056);
    assertThat(ofacEntries(export("us_ofac_sdn", "--as-of", "2022-03-15"))).isEqualTo(9377);
    assertThat(ofacEntries(export("us_ofac_sdn"))).isEqualTo(14965);
    assertThat(ofacEntries(export("us_ofac_cons"))).isEqualTo(442);
    JsonNode sdn = active("us_ofac_sdn");
    assertThat(sdn.get("published").asText()).isEqualTo("2024-05-03");
    assertThat(sdn.get("id").asText()).isEqualTo("us_ofac_sdn-" + sdn.get("sha256").asText().substring(0, 12));
    assertThat(sources("--history")).filteredOn(n -> n.get("source").asText().equals("us_ofac_sdn")).hasSize(5);
  }

  @Test
  void otherListsHaveTheCountsOfProvenance() throws IOException {
    assertThat(active("un_sc_sanctions").get("targets").asInt()).isEqualTo(730 + 273);
    assertThat(active("un_sc_sanctions").get("published").asText()).isEqualTo("2026-02-27");
    assertThat(active("gb_hmt_sanctions").get("targets").asInt()).isEqualTo(2106);
    assertThat(active("gb_hmt_sanctions").get("published").asText()).isEqualTo("2018-04-13");
    assertThat(active("gb_hmt_sample").get("targets").asInt()).isEqualTo(6);
    assertThat(active("zala").get("records").asInt()).isEqualTo(91);
    assertThat(active("eu_fsf_fixture").get("records").asInt()).isEqualTo(7);
    // EU 2026 sample: 5 sanctionEntity, of which the synthetic one has no name and is skipped with a warning
    assertThat(active("eu_fsf").get("targets").asInt()).isEqualTo(4);
    assertThat(active("eu_fsf").get("published").asText()).isEqualTo("2026-08-05");
    // UK sample: 5 Designation, of which the synthetic one has no UniqueID
    assertThat(active("gb_fcdo_sanctions").get("targets").asInt()).isEqualTo(4);
    String warnings = String.join("", imports.stream().map(Cli.Result::err).toList());
    assertThat(warnings).contains("eu-fsf-999999").contains("no UniqueID");
    // the 2026 EU sample was imported after the 2020 one and is newer: active, the 2020 one history
    assertThat(imports.get(8).out()).contains("eu_fsf").contains("active");
    assertThat(sources("--history")).filteredOn(n -> n.get("source").asText().equals("eu_fsf"))
        .extracting(n -> n.get("active").asBoolean()).containsExactly(false, true);
  }

  @Test
  void listsWithSkippedOrMergedRecordsAddUpToProvenance() throws IOException {
    assertThat(active("us_ofac_sdn_sample").get("targets").asInt()).isEqualTo(8);
    assertThat(active("us_ofac_sdn_sample").get("published").asText()).isEqualTo("2020-04-22");
    // Canada SEMA: 1369 records, one Sanction each; a few name the same entity twice
    assertThat(export("ca_dfatd_sema_sanctions").stream().filter(l -> l.contains("\"schema\":\"Sanction\"")))
        .hasSize(1369);
    // Swiss SECO sample: 7 targets, of which 3 de-listed ones are skipped with a warning each
    assertThat(active("ch_seco_sanctions").get("targets").asInt()).isEqualTo(4);
    assertThat(imports.get(16).err().lines().filter(l -> l.contains("de-listed"))).hasSize(3);
    // Senzing PEPs: 1319 records, 1317 people and 2 positions (plus their occupancies)
    assertThat(export("senzing").stream().filter(l -> l.contains("\"schema\":\"Person\"")
        || l.contains("\"schema\":\"Position\""))).hasSize(1319);
    assertThat(active("demo_eo14024").get("published").asText()).isEqualTo("2021-04-15");
  }

  @Test
  void importingTheSameFileAgainIsUnchanged() {
    Cli.Result again = Cli.run(home, "import", SharedData.path("ofac_sdn_csv_2022-03-15/sdn.csv").toString());
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.out()).contains("unchanged").contains("published 2022-03-15");
  }

  @Test
  void diffFrom2019To2021ListsPositiveTechnologiesAsAdded() throws IOException {
    Cli.Result r = Cli.run(home, "diff", "us_ofac_sdn", "2019-06-01", "2021-07-07", "--json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode d = json.readTree(r.out());
    List<String> added = new ArrayList<>();
    d.get("added").forEach(n -> added.add(n.get("id").asText()));
    assertThat(added).contains("ofac-31455", "ofac-31412", "ofac-31414", "ofac-31415", "ofac-31452",
        "ofac-31611", "ofac-31291");
    Cli.Result text = Cli.run(home, "diff", "us_ofac_sdn", "2019-06-01", "2021-07-07");
    assertThat(text.out()).containsPattern("\\+ ofac-31455 Company AKTSIONERNOE OBSHCHESTVO POZITIV TEKNOLODZHIZ "
        + "\\(a\\.k\\.a\\. .*POSITIVE TECHNOLOGIES");
  }

  @Test
  void diffFebruaryToMarch2022ListsThe321NewRussiaDesignations() throws IOException {
    Cli.Result r = Cli.run(home, "diff", "us_ofac_sdn", "2022-02-17", "2022-03-15", "--json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode d = json.readTree(r.out());
    List<String> added = new ArrayList<>();
    d.get("added").forEach(n -> added.add(n.get("id").asText()));
    assertThat(added.stream().filter(id -> id.matches("ofac-\\d+"))).hasSize(321);
    assertThat(added).contains("ofac-35096");
    assertThat(d.get("removed")).isEmpty();
    assertThat(d.get("from").get("published").asText()).isEqualTo("2022-02-17");
    assertThat(d.get("to").get("published").asText()).isEqualTo("2022-03-15");
    for (JsonNode c : d.get("changed")) {
      assertThat(c.get("properties")).isNotEmpty();
    }
    Cli.Result text = Cli.run(home, "diff", "us_ofac_sdn", "2022-02-17", "2022-03-15");
    assertThat(text.out()).contains("+ ofac-35096 Person PUTIN, Vladimir Vladimirovich")
        .contains("targets: 321 added, 0 removed");
  }

  @Test
  void defaultDiffIsPreviousAgainstActive() {
    Cli.Result r = Cli.run(home, "diff", "us_ofac_sdn");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).contains("(2022-03-15) ->").contains("(2024-05-03)");
  }

  @Test
  void emptySdnCsvIsRejectedAndThePreviousSnapshotStillAnswers() throws IOException {
    String before = active("us_ofac_sdn").get("id").asText();
    Path empty = Files.write(Files.createDirectories(scratch.resolve("empty-set")).resolve("sdn.csv"), new byte[0]);
    Cli.Result r = Cli.run(home, "import", empty.toString(), "--format", "ofac-sdn-csv");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains(empty.toString()).contains("rejected");
    Cli.Result detected = Cli.run(home, "import", empty.toString());
    assertThat(detected.exit()).as(detected.toString()).isEqualTo(1);
    assertThat(detected.err()).contains(empty.toString());
    assertThat(active("us_ofac_sdn").get("id").asText()).isEqualTo(before);
    List<String> exported = export("us_ofac_sdn");
    assertThat(ofacEntries(exported)).isEqualTo(14965);
    assertThat(exported).anyMatch(l -> l.contains("\"id\":\"ofac-48905\""));
  }

  @Test
  void collapsedListIsRejectedUnlessForced() throws IOException {
    Path sample = SharedData.path("uk_hmt_conlist_sample_2020-04-27/sample_hmt.csv");
    Cli.Result r = Cli.run(home, "import", sample.toString(), "--source", "gb_hmt_sanctions");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(sample.toString()).contains("collapsed from 2106").contains("--force");
    assertThat(active("gb_hmt_sanctions").get("targets").asInt()).isEqualTo(2106);
  }

  @Test
  void everyExportPassesFtmCheck() throws IOException {
    for (JsonNode s : sources()) {
      String source = s.get("source").asText();
      Path out = scratch.resolve(source + ".jsonl");
      Cli.Result r = Cli.run(home, "export", source, "-o", out.toString());
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(Files.readAllLines(out)).hasSize(s.get("records").asInt());
      FtmCheck.Result check = FtmCheck.check(out);
      assertThat(check.invalid()).as(source + ": " + check.problems()).isZero();
      assertThat(check.valid()).isEqualTo(s.get("records").asInt());
    }
    // all sources at once: one file
    Path all = scratch.resolve("all.jsonl");
    assertThat(Cli.run(home, "export", "-o", all.toString()).exit()).isZero();
    List<String> lines = Files.readAllLines(all);
    long distinct = lines.stream().map(l -> {
      try {
        return json.readTree(l).get("id").asText();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }).distinct().count();
    assertThat(lines).hasSize((int) distinct); // ids shared by sources (demo list, OFAC) written once
    assertThat(lines).anyMatch(l -> l.contains("\"id\":\"ofac-31455\"") && l.contains("demo_eo14024")
        && l.contains("us_ofac_sdn"));
    FtmCheck.Result check = FtmCheck.check(all);
    assertThat(check.invalid()).as(check.problems().toString()).isZero();
  }

  @Test
  void unknownSourcesAndSnapshotsAreUsageErrors() {
    Cli.Result r = Cli.run(home, "diff", "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no snapshot of source nope");
    Cli.Result e = Cli.run(home, "export", "us_ofac_sdn", "--as-of", "1990-01-01");
    assertThat(e.exit()).isEqualTo(2);
    assertThat(e.err()).contains("no snapshot of us_ofac_sdn was in force on 1990-01-01");
  }
}
