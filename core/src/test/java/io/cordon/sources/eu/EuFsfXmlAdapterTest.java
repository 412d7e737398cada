package io.cordon.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.sources.ParsedList;
import io.cordon.testing.BadInput;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("shared-data")
class EuFsfXmlAdapterTest {
  static final Path Y2020 = SharedData.path("eu_fsf_xml_sample_2020-04-15/sample_eu.xml");
  static final Path Y2026 = SharedData.path("eu_fsf_xml_sample_2026/eu_sample.xml");
  static ParsedList l2020;
  static ParsedList l2026;

  @BeforeAll
  static void read() throws Exception {
    l2020 = new EuFsfXmlAdapter().read(Y2020);
    l2026 = new EuFsfXmlAdapter().read(Y2026);
  }

  @Test
  void sample2020HasSevenRecordsOneRepeated() {
    assertThat(l2020.published()).contains(LocalDate.of(2020, 4, 15));
    // 7 sanctionEntity elements; logicalId 5468 appears twice (the second is an edited test copy).
    assertThat(l2020.targetCount()).isEqualTo(6);
    assertThat(l2020.warnings()).singleElement().asString().contains("eu-fsf-5468", "repeats logicalId");
    Entity hammadou = byId(l2020, "eu-fsf-5295");
    assertThat(hammadou.first("name")).isEqualTo("Abid Hammadou");
    assertThat(hammadou.get("birthDate")).containsExactly("1965-12-12", "1958");
    assertThat(hammadou.get("nationality")).containsExactly("dz");
    assertThat(hammadou.get("alias")).contains("Abdelhamid Abou Zeid", "Youcef Adel");
    Entity aouadi = byId(l2020, "eu-fsf-927");
    assertThat(aouadi.get("passportNumber")).containsExactly("L191609");
    assertThat(aouadi.get("idNumber")).containsExactly("04643632");
    Entity sanction = byId(l2020, "eu-fsf-5295-sanction");
    assertThat(sanction.get("program")).containsExactly("TAQA");
    assertThat(sanction.get("authorityId")).containsExactly("EU.2026.82");
    assertThat(sanction.get("listingDate")).containsExactly("2008-07-03");
  }

  @Test
  void sample2026FourRealOneSyntheticSkipped() {
    assertThat(l2026.published()).contains(LocalDate.of(2026, 8, 5));
    assertThat(l2026.targetCount()).isEqualTo(4);
    assertThat(l2026.warnings()).singleElement().asString().contains("eu-fsf-999999", "no nameAlias");
    Entity saddam = byId(l2026, "eu-fsf-13");
    assertThat(saddam.first("name")).isEqualTo("Saddam Hussein Al-Tikriti");
    assertThat(saddam.get("birthDate")).containsExactly("1937-04-28");
    assertThat(saddam.get("gender")).containsExactly("male");
    Entity ksm = byId(l2026, "eu-fsf-191");
    assertThat(ksm.first("name")).isEqualTo("Khalid Sheikh MOHAMMED");
    assertThat(ksm.get("passportNumber")).containsExactly("488555");
    Entity trust = byId(l2026, "eu-fsf-330");
    assertThat(trust.schema()).isEqualTo("Organization");
    assertThat(trust.get("alias")).contains("Организация за подпомагане на Ulema, Пакистан", "Al Rashid Trust");
    assertThat(trust.get("phone")).contains("497 92 63");
    assertThat(trust.get("country")).containsExactly("pk");
    assertThat(byId(l2026, "eu-fsf-980").get("country")).containsExactly("us");
  }

  @Test
  void passesFtmCheck() {
    List<Entity> all = new ArrayList<>(l2020.entities());
    FtmCheck.Result r = FtmCheck.check(all);
    assertThat(r.invalid()).as(String.join("\n", r.problems())).isZero();
    r = FtmCheck.check(l2026.entities());
    assertThat(r.invalid()).as(String.join("\n", r.problems())).isZero();
    assertThat(r.valid()).isEqualTo(l2026.entities().size());
    assertThat(r.warnings()).as("ftm-check warnings").isEmpty();
  }

  @Test
  void rejectsBadFiles(@TempDir Path dir) throws Exception {
    EuFsfXmlAdapter a = new EuFsfXmlAdapter();
    BadInput.assertRejected(a, BadInput.empty(dir, "empty.xml"), "empty");
    BadInput.assertRejected(a, BadInput.truncated(Y2026, dir, 0.5), "truncated XML", "line");
    BadInput.assertRejected(a, SharedData.path("un_sc_consolidated_2026-02-27/UN_consolidated.xml"),
        "wrong root element <CONSOLIDATED_LIST>");
    BadInput.assertRejected(a, BadInput.text(dir, "only-synthetic.xml",
        "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"><sanctionEntity logicalId=\"1\"/></export>"),
        "no list entries", "no nameAlias");
  }

  static Entity byId(ParsedList l, String id) {
    return l.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
  }
}
