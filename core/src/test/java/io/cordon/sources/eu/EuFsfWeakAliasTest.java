package io.cordon.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.sources.ParsedList;
import io.cordon.testing.BadInput;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** strong="false" aliases (none in the shared samples) are weakAlias; the name is a strong one. */
class EuFsfWeakAliasTest {
  @Test
  void weakAliases(@TempDir Path dir) throws Exception {
    String xml = """
        <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-01-02T10:00:00.000+01:00">
          <sanctionEntity designationDate="2022-02-23" euReferenceNumber="EU.1.1" logicalId="42">
            <regulation programme="RUS" entryIntoForceDate="2022-02-23" numberTitle="2022/260"/>
            <subjectType code="enterprise"/>
            <nameAlias wholeName="Bank X" strong="false" nameLanguage=""/>
            <nameAlias wholeName="Joint Stock Company Bank Example" strong="true" nameLanguage="EN"/>
            <nameAlias wholeName="АО Банк Пример" strong="true" nameLanguage="RU"/>
            <identification identificationTypeCode="swiftbic" number="SABRRUMM"/>
            <identification identificationTypeCode="swiftbic" number="not-a-bic"/>
          </sanctionEntity>
        </export>
        """;
    ParsedList l = new EuFsfXmlAdapter().read(BadInput.text(dir, "eu.xml", xml));
    Entity e = l.entities().get(0);
    assertThat(e.schema()).isEqualTo("Company");
    assertThat(e.first("name")).isEqualTo("Joint Stock Company Bank Example");
    assertThat(e.get("weakAlias")).containsExactly("Bank X");
    assertThat(e.get("alias")).containsExactly("АО Банк Пример");
    assertThat(e.get("swiftBic")).containsExactly("SABRRUMM");
    assertThat(e.get("registrationNumber")).containsExactly("not-a-bic"); // fails the BIC pattern
    assertThat(l.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-01-02"));
  }
}
