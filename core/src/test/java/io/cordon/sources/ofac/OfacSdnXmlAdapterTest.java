package io.cordon.sources.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import io.cordon.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The legacy SDN.XML sample (8 entries, Publish_Date 04/22/2020). */
@Tag("shared-data")
class OfacSdnXmlAdapterTest {
  private static final ListAdapters ADAPTERS = ListAdapters.load();
  private static final String SAMPLE = "ofac_sdn_xml_sample_2020-04-22/sdn.xml";

  @TempDir
  Path tmp;

  @Test
  void readsEntriesWithTheSameMappingAsTheCsv() throws Exception {
    ParsedList list = ADAPTERS.read(SharedData.path(SAMPLE), Optional.empty());
    assertThat(list.format()).isEqualTo(ListFormat.OFAC_SDN_XML);
    assertThat(list.published()).contains(LocalDate.of(2020, 4, 22));
    assertThat(list.entities().stream().filter(e -> e.id().matches("ofac-\\d+"))).hasSize(8);
    Map<String, Entity> e = OfacCsvAdapterTest.byId(list);

    Entity saeed = e.get("ofac-10689");
    assertThat(saeed.schema()).isEqualTo(Schemata.PERSON);
    assertThat(saeed.get(Prop.NAME)).containsExactly("SAEED, Muhammad");
    assertThat(saeed.get(Prop.FIRST_NAME)).containsExactly("Muhammad");
    assertThat(saeed.get(Prop.LAST_NAME)).containsExactly("SAEED");
    assertThat(saeed.get(Prop.BIRTH_DATE)).containsExactly("1950-06-05");
    assertThat(saeed.get(Prop.BIRTH_PLACE)).containsExactly("Sargodha, Punjab, Pakistan");
    assertThat(saeed.get(Prop.NATIONALITY)).containsExactly("pk");
    assertThat(saeed.get(Prop.PASSPORT_NUMBER)).contains("Booklet A5250088", "BE5978421");
    assertThat(saeed.get(Prop.ID_NUMBER)).contains("23250460642", "3520025509842-7");
    assertThat(saeed.get(Prop.ALIAS)).contains("SAEED, Hafiz Muhammad", "SAYEED, Hafez Mohammad");
    assertThat(saeed.get(Prop.WEAK_ALIAS)).containsExactly("HAFIZ SAHIB", "TATA JI");
    assertThat(saeed.get(Prop.ADDRESS)).containsExactly(
        "House No. 116 E, Mohalla Johar, Town: Lahore, Tehsil:, Lahore City, Lahore District, Pakistan");
    assertThat(e.get("ofac-10689-sanction").get(Prop.PROGRAM)).isNotEmpty();

    // "1929 to 1930" gives both years; "(Linked To: SUMIYOSHI-KAI)" parsed from the XML remarks
    Entity nishiguchi = list.entities().stream().filter(x -> x.first(Prop.NAME) != null
        && x.first(Prop.NAME).startsWith("NISHIGUCHI")).findFirst().orElseThrow();
    assertThat(nishiguchi.get(Prop.BIRTH_DATE)).containsExactly("1929", "1930");
    Entity basij = list.entities().stream().filter(x -> "Head of the Basij".equals(x.first(Prop.NOTES)))
        .findFirst().orElseThrow();
    assertThat(basij.get(Prop.GENDER)).containsExactly("male");
    assertThat(e.get(basij.id() + "-sanction").first(Prop.SUMMARY)).contains("Subject to Secondary Sanctions");
  }

  @Test
  void agreesWithTheCsvOfTheSameEntries() throws Exception {
    Map<String, Entity> xml = OfacCsvAdapterTest.byId(ADAPTERS.read(SharedData.path(SAMPLE), Optional.empty()));
    Map<String, Entity> csv = OfacCsvAdapterTest.byId(OfacCsvAdapterTest.read("ofac_legacy_csv_2021-07"));
    int compared = 0;
    for (Entity x : xml.values()) {
      Entity c = csv.get(x.id());
      if (x.id().matches("ofac-\\d+") && c != null) {
        assertThat(x.schema()).as(x.id()).isEqualTo(c.schema());
        assertThat(x.get(Prop.NAME)).as(x.id()).isEqualTo(c.get(Prop.NAME));
        assertThat(x.get(Prop.BIRTH_DATE)).as(x.id()).isEqualTo(c.get(Prop.BIRTH_DATE));
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(4);
  }

  @Test
  void truncatedXmlIsRejectedWithTheLine() throws Exception {
    byte[] all = Files.readAllBytes(SharedData.path(SAMPLE));
    Path cut = tmp.resolve("sdn.xml");
    Files.write(cut, Arrays.copyOf(all, all.length / 2));
    assertThatThrownBy(() -> ADAPTERS.read(cut, Optional.empty()))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("sdn.xml").hasMessageContaining("truncated XML at line");
    Path other = SharedData.path("un_sc_consolidated_2026-02-27/UN_consolidated.xml");
    assertThatThrownBy(() -> ADAPTERS.read(other, Optional.of(ListFormat.OFAC_SDN_XML)))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("not <sdnList>");
  }
}
