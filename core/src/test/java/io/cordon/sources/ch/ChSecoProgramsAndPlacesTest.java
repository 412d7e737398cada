package io.cordon.sources.ch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.sources.ParsedList;
import io.cordon.testing.BadInput;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full SECO exports carry sanctions-program and place elements that the shared sample lacks; the
 * places come after the targets. A small hand-written file in that shape.
 */
class ChSecoProgramsAndPlacesTest {
  static final String XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <swiss-sanctions-list list-type="whole-list" date="2026-08-15">
        <sanctions-program ssid="1" version-date="2026-01-01">
          <program-key lang="eng">Belarus</program-key>
          <program-name lang="eng">Ordinance on Measures against Belarus</program-name>
          <sanctions-set lang="eng" ssid="4387">Art. 2 para. 1 (financial sanctions)</sanctions-set>
        </sanctions-program>
        <target ssid="900">
          <sanctions-set-id>4387</sanctions-set-id>
          <individual sex="male">
            <identity ssid="901" main="true">
              <name ssid="902" name-type="primary-name" quality="good" lang="eng">
                <name-part order="1" name-part-type="family-name"><value>Ivanou</value></name-part>
                <name-part order="2" name-part-type="given-name"><value>Ivan</value></name-part>
              </name>
              <name ssid="903" name-type="alias" quality="low" lang="eng">
                <name-part order="1" name-part-type="whole-name"><value>Vanya</value></name-part>
              </name>
              <day-month-year ssid="904" month="5" year="1970" calendar="Gregorian" quality="good"/>
              <place-of-birth ssid="905" place-id="70"/>
              <address ssid="906" place-id="71"><address-details>Praspekt Niezalieznasci 1</address-details></address>
            </identity>
          </individual>
          <modification modification-type="listed" effective-date="2021-03-22"/>
        </target>
        <place ssid="70"><location>Hrodna</location><country iso-code="BY">Belarus</country></place>
        <place ssid="71"><location>Minsk</location><country iso-code="BY">Belarus</country></place>
      </swiss-sanctions-list>
      """;

  @Test
  void resolvesProgramAndLatePlaces(@TempDir Path dir) throws Exception {
    ParsedList l = new ChSecoXmlAdapter().read(BadInput.text(dir, "seco.xml", XML));
    Entity p = l.entities().stream().filter(e -> e.id().equals("ch-seco-900")).findFirst().orElseThrow();
    assertThat(p.first("name")).isEqualTo("Ivan Ivanou");
    assertThat(p.get("weakAlias")).containsExactly("Vanya");
    assertThat(p.get("birthDate")).containsExactly("1970-05");
    assertThat(p.get("birthPlace")).containsExactly("Hrodna, Belarus");
    assertThat(p.get("birthCountry")).containsExactly("by");
    assertThat(p.get("address")).contains("Praspekt Niezalieznasci 1", "Minsk, Belarus");
    assertThat(p.get("country")).containsExactly("by");
    Entity s = l.entities().stream().filter(e -> e.id().equals("ch-seco-900-sanction")).findFirst().orElseThrow();
    assertThat(s.get("program")).containsExactly(
        "Belarus: Ordinance on Measures against Belarus: Art. 2 para. 1 (financial sanctions)");
    assertThat(s.get("listingDate")).containsExactly("2021-03-22");
  }
}
