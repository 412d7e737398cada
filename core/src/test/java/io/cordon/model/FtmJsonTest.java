package io.cordon.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The FtM JSON codec on hand-made entities (the adapter tests read the real files). */
class FtmJsonTest {

  @Test
  void writesExactFtmShape() {
    Entity e = Entity.builder("x-1", "Person").add("name", "Ivan \"Vanya\" Petrov")
        .add("birthDate", "1970-05").add("topics", "sanction").dataset("test").build();
    assertThat(FtmJson.write(e)).isEqualTo(
        "{\"id\":\"x-1\",\"schema\":\"Person\",\"properties\":{\"birthDate\":[\"1970-05\"],"
            + "\"name\":[\"Ivan \\\"Vanya\\\" Petrov\"],\"topics\":[\"sanction\"]},"
            + "\"datasets\":[\"test\"],\"caption\":\"Ivan \\\"Vanya\\\" Petrov\"}");
  }

  @Test
  void truncatesDateTimesAndIgnoresExtraKeys() {
    Entity e = FtmJson.read("{\"id\":\"s1\",\"schema\":\"Sanction\",\"first_seen\":\"2023\","
        + "\"properties\":{\"startDate\":[\"2023-11-02T10:00:00\"],\"authority\":[\"OFAC\"]}}");
    assertThat(e.get("startDate")).containsExactly("2023-11-02");
    assertThat(FtmJson.truncateDateTime("2023-11")).isEqualTo("2023-11");
  }
}
