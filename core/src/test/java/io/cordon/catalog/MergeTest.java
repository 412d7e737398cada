package io.cordon.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeTest {
  @Test
  void sameIdFromTwoSourcesBecomesOneEntity() {
    Entity ofac = Entity.builder("ofac-31455", "Company").add("name", "POSITIVE TECHNOLOGIES")
        .add("country", "ru").dataset("us_ofac_sdn").build();
    Entity demo = Entity.builder("ofac-31455", "Company").add("name", "POSITIVE TECHNOLOGIES")
        .add("name", "АО «Позитив Текнолоджиз»").dataset("demo_eo14024").build();
    Entity m = Merge.of(ofac, demo).orElseThrow();
    assertThat(m.get("name")).containsExactly("POSITIVE TECHNOLOGIES", "АО «Позитив Текнолоджиз»");
    assertThat(m.get("country")).containsExactly("ru");
    assertThat(m.datasets()).containsExactly("demo_eo14024", "us_ofac_sdn");
  }

  @Test
  void moreSpecificSchemaWinsUnrelatedSchemataConflict() {
    Entity le = Entity.builder("x", "LegalEntity").add("name", "X").build();
    Entity co = Entity.builder("x", "Company").add("name", "X Ltd").build();
    assertThat(Merge.of(le, co).orElseThrow().schema()).isEqualTo("Company");
    assertThat(Merge.of(co, le).orElseThrow().schema()).isEqualTo("Company");
    Entity person = Entity.builder("x", "Person").add("name", "X").build();
    assertThat(Merge.of(co, person)).isEmpty();
    Merge.Result r = Merge.all(List.of(le, co, person, Entity.builder("y", "Person").add("name", "Y").build()));
    assertThat(r.entities()).extracting(Entity::id).containsExactly("x", "y");
    assertThat(r.conflicts()).hasSize(1).first().asString().startsWith("x (Company");
  }
}
