package io.cordon.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeltaTest {
  static Snapshot snap(String id) {
    return new Snapshot(id, "s", "ftm-json", "0".repeat(64), Optional.empty(), Instant.EPOCH, 1, 1);
  }

  static Entity person(String id, String... names) {
    Entity.Builder b = Entity.builder(id, "Person");
    for (String n : names) {
      b.add("name", n);
    }
    return b.build();
  }

  @Test
  void addedRemovedChangedWithPropertyNames() {
    List<Entity> before = List.of(person("a", "Ann"), person("b", "Bob"), person("c", "Cy"),
        Entity.builder("s1", "Sanction").add("entity", "a").add("program", "X").build());
    Entity b2 = Entity.builder("b", "Person").add("name", "Bob").add("birthDate", "1970").build();
    Entity c2 = Entity.builder("c", "Company").add("name", "Cy").build();
    List<Entity> after = List.of(person("a", "Ann"), b2, c2, person("d", "Dan"),
        Entity.builder("s1", "Sanction").add("entity", "a").add("program", "Y").build());
    Delta d = Delta.compute(snap("s-1"), before, snap("s-2"), after);
    assertThat(d.added()).extracting(Entity::id).containsExactly("d");
    assertThat(d.removed()).isEmpty();
    assertThat(d.changed()).extracting(Delta.Change::id).containsExactly("b", "c", "s1");
    assertThat(d.changed().get(0).properties()).containsExactly("birthDate");
    assertThat(d.changed().get(1).properties()).containsExactly("schema");
    assertThat(d.changed().get(2).properties()).containsExactly("program");
    assertThat(d.changedTargets()).hasSize(2);

    Delta back = Delta.compute(snap("s-2"), after, snap("s-1"), before);
    assertThat(back.removed()).extracting(Entity::id).containsExactly("d");
    assertThat(back.added()).isEmpty();
  }

  @Test
  void valueOrderAloneIsNoChange() {
    Delta d = Delta.compute(snap("s-1"), List.of(person("a", "Ann", "Anna")),
        snap("s-2"), List.of(person("a", "Anna", "Ann")));
    assertThat(d.isEmpty()).isTrue();
  }
}
