package io.cordon.sources.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.model.Entity;
import io.cordon.model.FtmJson;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import io.cordon.testing.FtmCheck;
import io.cordon.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("shared-data")
class FtmJsonAdapterTest {
  private static final Path ZALA = SharedData.path("opensanctions_zala_fixture_yente/entities.ftm.json");
  private static final Path EU = SharedData.path("opensanctions_eu_fsf_fixture_yente/entities.ftm.json");

  private final FtmJsonAdapter adapter = new FtmJsonAdapter();

  @Test
  void storedFormRoundTripsEveryEntityWithoutCaption() throws Exception {
    List<Entity> all = adapter.read(ZALA).entities();
    for (Entity e : all) {
      byte[] bytes = FtmJson.encodeStored(e);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\"caption\"");
      assertThat(FtmJson.decodeStored(bytes, 0, bytes.length)).isEqualTo(e);
    }
    byte[] noId = "{\"schema\":\"Person\",\"properties\":{}}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FtmJson.decodeStored(noId, 0, noId.length))
        .hasMessageContaining("corrupt stored entity").hasRootCauseMessage("stored entity lacks id or schema");
  }

  @Test
  void readsZalaClusterWithLinks() throws Exception {
    ParsedList list = adapter.read(ZALA);
    assertThat(list.entities()).hasSize(91);
    assertThat(list.published()).isEmpty();
    Map<String, Long> bySchema = list.entities().stream()
        .collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
    assertThat(bySchema).containsEntry("Sanction", 41L).containsEntry("Ownership", 14L)
        .containsEntry("Company", 11L).containsEntry("Address", 11L).containsEntry("Person", 6L)
        .containsEntry("Family", 4L).containsEntry("Directorship", 3L).containsEntry("Passport", 1L);
    assertThat(list.entities().stream().filter(e -> e.schema().equals("Ownership"))
        .anyMatch(e -> e.has("percentage"))).isTrue();
    Entity osetrova = byId(list, "NK-2Tbri3s6GgNtAwsSXh4qpL");
    assertThat(osetrova.get("birthDate")).containsExactly("1988-01-07");
    assertThat(osetrova.get("innCode")).containsExactly("183116181362");
    assertThat(osetrova.get("topics")).contains("sanction", "debarment");
    assertThat(osetrova.names()).contains("Мария Александровна Осетрова");
  }

  @Test
  void readsEuFixture() throws Exception {
    ParsedList list = adapter.read(EU);
    assertThat(list.entities()).hasSize(7);
    Entity tobacco = byId(list, "NK-2GdmHtZTeNXjNVrBGEXZNj");
    assertThat(tobacco.schema()).isEqualTo("Organization");
    assertThat(tobacco.get("country")).containsExactly("by");
    assertThat(tobacco.get("registrationNumber")).containsExactly("808000714");
    assertThat(tobacco.datasets()).containsExactly("eu_fsf");
  }

  @Test
  void roundTripsAndValidatesWithFtmCheck() throws Exception {
    for (Path file : List.of(ZALA, EU)) {
      List<Entity> read = adapter.read(file).entities();
      FtmCheck.Result r = FtmCheck.check(read);
      assertThat(r.invalid()).as(file + ": " + r.problems()).isZero();
      assertThat(r.valid()).isEqualTo(read.size());
      for (Entity e : read) {
        assertThat(FtmJson.read(FtmJson.write(e))).isEqualTo(e);
      }
    }
  }

  @Test
  void rejectsBadLinesNamingLineAndProblem(@TempDir Path dir) throws Exception {
    String good = Files.readAllLines(EU, StandardCharsets.UTF_8).get(0);
    assertRejected(dir, "", "empty");
    assertRejected(dir, good + "\n{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"nme\":[\"x\"]}}\n",
        "line 2", "property nme does not exist on Person");
    assertRejected(dir, good + "\n" + good.substring(0, good.length() / 2), "line 2", "invalid JSON");
    assertRejected(dir, good + "\n" + good + "\n", "line 2", "duplicate entity id");
    assertRejected(dir, "{\"id\":\"a\",\"schema\":\"Persn\",\"properties\":{}}", "line 1", "unknown FtM schema");
    assertRejected(dir, "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"birthDate\":[\"12/05/1970\"]}}",
        "line 1", "not an FtM date");
  }

  private void assertRejected(Path dir, String content, String... fragments) throws Exception {
    Path f = Files.createTempFile(dir, "bad", ".ftm.json");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> adapter.read(f)).isInstanceOf(ListFormatException.class)
        .hasMessageContaining(f.toString()).hasMessageContainingAll(fragments);
  }

  private static Entity byId(ParsedList list, String id) {
    return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
