package io.cordon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTest {

  @Test
  void buildsValidatedImmutableEntity() {
    Entity e = Entity.builder("ofac-31455", "Company")
        .add(Prop.NAME, "POSITIVE TECHNOLOGIES")
        .add(Prop.ALIAS, "AO Pozitiv Teknolodzhiz")
        .add(Prop.ALIAS, "AO Pozitiv Teknolodzhiz")
        .add(Prop.WEAK_ALIAS, "PT")
        .add(Prop.COUNTRY, "RU")
        .add(Prop.INCORPORATION_DATE, "2002-11-27")
        .dataset("us_ofac_sdn")
        .build();
    assertThat(e.get(Prop.ALIAS)).containsExactly("AO Pozitiv Teknolodzhiz");
    assertThat(e.get(Prop.COUNTRY)).containsExactly("ru");
    assertThat(e.names()).containsExactly("POSITIVE TECHNOLOGIES", "AO Pozitiv Teknolodzhiz");
    assertThat(e.caption()).isEqualTo("POSITIVE TECHNOLOGIES");
    assertThat(e.isA("LegalEntity")).isTrue();
    assertThat(e.isA("Person")).isFalse();
    assertThatThrownBy(() -> e.properties().put("x", java.util.List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsValuesTheModelDoesNotAllow() {
    Entity.Builder b = Entity.builder("x1", "Company");
    assertThatThrownBy(() -> b.add(Prop.BIRTH_DATE, "1970")).hasMessageContaining("birthDate does not exist on Company");
    assertThatThrownBy(() -> b.add(Prop.COUNTRY, "Russia")).hasMessageContaining("not an FtM country code");
    assertThatThrownBy(() -> b.add(Prop.INCORPORATION_DATE, "27/11/2002")).hasMessageContaining("not an FtM date");
    assertThatThrownBy(() -> Entity.builder("x1", "Thing")).hasMessageContaining("abstract");
    assertThatThrownBy(() -> Entity.builder("bad id", "Person").build()).hasMessageContaining("invalid entity id");
    assertThatThrownBy(() -> Entity.builder("x", "Person").add("ownershipOwner", "y"))
        .hasMessageContaining("stub");
  }

  @Test
  void modelKnowsInheritance() {
    FtmModel m = FtmModel.get();
    assertThat(m.require("Company").isA("Organization")).isTrue();
    assertThat(m.require("Person").property(Prop.BIRTH_DATE)).isPresent();
    assertThat(m.require("Ownership").property(Prop.PERCENTAGE)).isPresent();
    assertThat(m.isCountry("ru")).isTrue();
    assertThat(m.isTopic("sanction")).isTrue();
  }
}
