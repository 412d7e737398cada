package io.cordon.sources.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.sources.ListAdapters;
import io.cordon.sources.ParsedList;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every entity the OFAC adapters produce passes the official FtM model checker (ftm-check). */
@Tag("shared-data")
@Tag("slow")
class OfacFtmCheckTest {
  @ParameterizedTest
  @ValueSource(strings = {"ofac_sdn_csv_2024-05-03", "ofac_legacy_csv_2021-07", "ofac_legacy_csv_2019",
      "ofac_consolidated_nonsdn_2025-12", "ofac_sdn_xml_sample_2020-04-22/sdn.xml"})
  void allEntitiesPassFtmCheck(String path) throws Exception {
    ParsedList list = ListAdapters.load().read(SharedData.path(path), Optional.empty());
    FtmCheck.Result r = FtmCheck.check(list.entities());
    assertThat(r.problems()).as(r.output()).isEmpty();
    assertThat(r.invalid()).isZero();
    assertThat(r.valid()).isEqualTo(list.entities().size());
  }
}
