package io.cordon.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Format detection on every file in ../shared/data, and on content that is no list. */
@Tag("shared-data")
class FormatDetectorTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @CsvSource({
      "ofac_sdn_csv_2024-05-03/sdn.csv, OFAC_SDN_CSV",
      "ofac_sdn_csv_2022-02-17/sdn.csv, OFAC_SDN_CSV",
      "ofac_sdn_csv_2022-03-15/sdn.csv, OFAC_SDN_CSV",
      "ofac_legacy_csv_2019/sdn.csv, OFAC_SDN_CSV",
      "ofac_legacy_csv_2021-07/sdn.csv, OFAC_SDN_CSV",
      "ofac_consolidated_nonsdn_2025-12/cons_prim.csv, OFAC_CONS_CSV",
      "ofac_sdn_csv_2024-05-03, OFAC_SDN_CSV",
      "ofac_legacy_csv_2019, OFAC_SDN_CSV",
      "ofac_legacy_csv_2021-07, OFAC_SDN_CSV",
      "ofac_consolidated_nonsdn_2025-12, OFAC_CONS_CSV",
      "ofac_sdn_xml_sample_2020-04-22/sdn.xml, OFAC_SDN_XML",
      "un_sc_consolidated_2026-02-27/UN_consolidated.xml, UN_SC_XML",
      "eu_fsf_xml_sample_2020-04-15/sample_eu.xml, EU_FSF_XML",
      "eu_fsf_xml_sample_2026/eu_sample.xml, EU_FSF_XML",
      "uk_hmt_conlist_2018-04-13/sanctionsconlist.csv, UK_HMT_CSV",
      "uk_hmt_conlist_sample_2020-04-27/sample_hmt.csv, UK_HMT_CSV",
      "uk_sanctions_list_xml_sample_2026/uk_sample.xml, UK_FCDO_XML",
      "ca_sema_2020-04/sema-lmes.xml, CA_SEMA_XML",
      "ch_seco_sample_2026-08-15/ch_sample.xml, CH_SECO_XML",
      "opensanctions_eu_fsf_fixture_yente/entities.ftm.json, FTM_JSON",
      "opensanctions_zala_fixture_yente/entities.ftm.json, FTM_JSON",
      "opensanctions_us_congress_senzing/us_congress_senzing.json, SENZING_JSON",
  })
  void detectsEveryListFile(String path, ListFormat expected) throws Exception {
    assertThat(FormatDetector.detect(SharedData.path(path))).isEqualTo(expected);
  }

  /** Every file in ../shared/data is either a list of a known format or rejected with a reason. */
  @Test
  void everySharedFileIsDetectedOrRejectedClearly() throws Exception {
    Map<String, String> outcome = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SharedData.root())) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String rel = SharedData.root().relativize(p).toString();
        try {
          outcome.put(rel, FormatDetector.detect(p).name());
        } catch (ListFormatException e) {
          assertThat(e.getMessage()).startsWith(p.toString());
          outcome.put(rel, "rejected");
        }
      }
    }
    // evaluation data, side files and notes are not lists
    for (String notList : List.of("PROVENANCE.md", "name_pairs_nomenklatura/cases_dev.csv",
        "name_pairs_nomenklatura/ofac_fixtures.csv", "name_pairs_nomenklatura/putin_names.txt",
        "name_translit_wikidata_coling2018/wd_russian_20", "yente_candidate_benchmark_dev/positives_un_untreated.csv",
        "ofac_legacy_csv_2021-07/add.csv", "ofac_legacy_csv_2021-07/alt.csv", "ofac_legacy_csv_2021-07/sdn_comments.csv",
        "ofac_consolidated_nonsdn_2025-12/cons_alt.csv", "ofac_legacy_csv_2025-12_partial/add.csv")) {
      assertThat(outcome).containsEntry(notList, "rejected");
    }
    assertThat(outcome.values().stream().filter(v -> !v.equals("rejected")).count()).isEqualTo(22 - 4);
  }

  @Test
  void sideFilesAndIncompleteSetsSaySo() {
    assertThatThrownBy(() -> FormatDetector.detect(SharedData.path("ofac_legacy_csv_2021-07/alt.csv")))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("OFAC side file");
    assertThatThrownBy(() -> FormatDetector.detect(SharedData.path("ofac_legacy_csv_2025-12_partial")))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("incomplete set");
  }

  @Test
  void emptyAndUnknownContent() throws Exception {
    Path empty = Files.createFile(tmp.resolve("x.xml"));
    assertThatThrownBy(() -> FormatDetector.detect(empty)).hasMessageContaining("x.xml").hasMessageContaining("empty file");
    Path blank = Files.writeString(tmp.resolve("blank.csv"), "\r\n\r\n  \n");
    assertThatThrownBy(() -> FormatDetector.detect(blank)).hasMessageContaining("empty file");
    Path xml = Files.writeString(tmp.resolve("other.xml"), "<?xml version=\"1.0\"?><!-- c --><rss><channel/></rss>");
    assertThatThrownBy(() -> FormatDetector.detect(xml)).hasMessageContaining("root element <rss>");
    Path broken = Files.writeString(tmp.resolve("broken.xml"), "<sdn");
    assertThatThrownBy(() -> FormatDetector.detect(broken)).hasMessageContaining("malformed XML");
    Path json = Files.writeString(tmp.resolve("x.json"), "{\"hello\": 1}\n");
    assertThatThrownBy(() -> FormatDetector.detect(json)).hasMessageContaining("neither FtM");
    Path yaml = Files.writeString(tmp.resolve("x.yaml"), "a: 1\n");
    assertThatThrownBy(() -> FormatDetector.detect(yaml)).hasMessageContaining("cordon-list");
    Path bin = Files.write(tmp.resolve("x.bin"), new byte[] {1, 2, 3, (byte) 0xff});
    assertThatThrownBy(() -> FormatDetector.detect(bin)).hasMessageContaining("unknown content");
    assertThatThrownBy(() -> FormatDetector.detect(tmp.resolve("missing.csv"))).hasMessageContaining("no such file");
  }

  @Test
  void customFormatsByContent() throws Exception {
    Path csv = Files.writeString(tmp.resolve("block.csv"), "id,schema,name,aliases\nb1,Person,John DOE,\n",
        StandardCharsets.UTF_8);
    assertThat(FormatDetector.detect(csv)).isEqualTo(ListFormat.CUSTOM_CSV);
    Path yaml = Files.writeString(tmp.resolve("png.yml"), "# list\ncordon-list: 1\nsource: x\nentities: []\n");
    assertThat(FormatDetector.detect(yaml)).isEqualTo(ListFormat.CUSTOM_YAML);
    // content decides, not the name: an OFAC sdn.csv under another name is still OFAC
    Path renamed = tmp.resolve("list-2021.txt");
    Files.copy(SharedData.path("ofac_legacy_csv_2021-07/sdn.csv"), renamed);
    assertThat(FormatDetector.detect(renamed)).isEqualTo(ListFormat.OFAC_SDN_CSV);
  }
}
