package io.cordon.sources.ch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.sources.ParsedList;
import io.cordon.testing.BadInput;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("shared-data")
class ChSecoXmlAdapterTest {
  static final Path FILE = SharedData.path("ch_seco_sample_2026-08-15/ch_sample.xml");
  static ParsedList list;

  @BeforeAll
  static void read() throws Exception {
    list = new ChSecoXmlAdapter().read(FILE);
  }

  @Test
  void sevenTargetsThreeDelisted() {
    assertThat(list.published()).contains(LocalDate.of(2026, 8, 15));
    assertThat(list.targetCount()).isEqualTo(4);
    assertThat(list.warnings()).hasSize(3).allMatch(w -> w.contains("de-listed"));
    assertThat(list.warnings()).anyMatch(w -> w.contains("ch-seco-5142"));
  }

  @Test
  void namesInWesternOrderWithScriptVariants() {
    Entity z = byId("ch-seco-85396");
    assertThat(z.first("name")).isEqualTo("Dzmitry Mihaylavych Zamulevich");
    assertThat(z.get("alias")).contains("Dmitriy Mikhailovich Zamulevich", "Дмитрий Михайлович ЗАМУЛЕВИЧ");
    assertThat(z.get("birthDate")).containsExactly("1974-05-07");
    assertThat(z.get("passportNumber")).containsExactly("BM2229283");
    assertThat(z.get("idNumber")).containsExactly("3070574E057PB8");
    assertThat(z.get("nationality")).containsExactly("by");
    assertThat(z.get("gender")).containsExactly("male");
    Entity v = byId("ch-seco-52941");
    assertThat(v.get("previousName")).containsExactly("Maria Putina");
    assertThat(v.get("nationality")).containsExactly("ru");
    Entity vessel = byId("ch-seco-34461");
    assertThat(vessel.schema()).isEqualTo("Vessel");
    assertThat(vessel.get("imoNumber")).containsExactly("8405270");
    Entity mzkt = byId("ch-seco-44348");
    assertThat(mzkt.get("registrationNumber")).containsExactly("100534485");
    assertThat(mzkt.get("alias")).contains("VOLAT");
    assertThat(byId("ch-seco-44348-sanction").get("listingDate")).containsExactly("2021-03-22");
  }

  @Test
  void passesFtmCheck() {
    FtmCheck.assertAllValid(list.entities());
  }

  @Test
  void rejectsBadFiles(@TempDir Path dir) throws Exception {
    ChSecoXmlAdapter a = new ChSecoXmlAdapter();
    BadInput.assertRejected(a, BadInput.empty(dir, "empty.xml"), "empty");
    BadInput.assertRejected(a, BadInput.truncated(FILE, dir, 0.5), "truncated XML", "line");
    BadInput.assertRejected(a, BadInput.text(dir, "wrong.xml", "<export/>"), "wrong root element <export>");
  }

  static Entity byId(String id) {
    return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
  }
}
