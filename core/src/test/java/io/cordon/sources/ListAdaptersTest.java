package io.cordon.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.model.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter registry: lookup, clear errors, and the whole-list checks of read(). */
class ListAdaptersTest {
  @TempDir
  Path tmp;

  /** An adapter returning fixed entities, to test what read() checks. */
  private record Fixed(ListFormat format, List<Entity> entities) implements ListAdapter {
    @Override
    public ParsedList read(Path path) {
      return new ParsedList(format, Optional.empty(), entities);
    }
  }

  private static Entity person(String id) {
    return Entity.builder(id, "Person").add("name", "A B").build();
  }

  @Test
  void serviceLoaderFindsTheOfacAndCustomAdapters() {
    ListAdapters all = ListAdapters.load();
    assertThat(all.formats()).contains(ListFormat.OFAC_SDN_CSV, ListFormat.OFAC_CONS_CSV, ListFormat.OFAC_SDN_XML,
        ListFormat.CUSTOM_CSV, ListFormat.CUSTOM_YAML);
    assertThat(all.forFormat(ListFormat.OFAC_SDN_CSV).format()).isEqualTo(ListFormat.OFAC_SDN_CSV);
  }

  @Test
  void missingAdapterIsAClearError() throws Exception {
    ListAdapters none = new ListAdapters(List.of(new Fixed(ListFormat.CUSTOM_CSV, List.of(person("a")))));
    assertThatThrownBy(() -> none.forFormat(ListFormat.UN_SC_XML))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no adapter for list format un-sc-xml").hasMessageContaining("[custom-csv]");
    Path f = Files.writeString(tmp.resolve("x.xml"), "<CONSOLIDATED_LIST/>");
    assertThatThrownBy(() -> none.read(f, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("x.xml")
        .hasMessageContaining("format un-sc-xml has no adapter");
  }

  @Test
  void readRejectsListsWithoutTargetsOrWithDuplicateIds() throws Exception {
    Path f = Files.writeString(tmp.resolve("x.csv"), "id,name\n");
    ListAdapters empty = new ListAdapters(List.of(new Fixed(ListFormat.CUSTOM_CSV, List.of())));
    assertThatThrownBy(() -> empty.read(f, Optional.of(ListFormat.CUSTOM_CSV)))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("no entities");
    ListAdapters dup = new ListAdapters(List.of(new Fixed(ListFormat.CUSTOM_CSV, List.of(person("a"), person("a")))));
    assertThatThrownBy(() -> dup.read(f, Optional.of(ListFormat.CUSTOM_CSV)))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("entity id a appears twice");
    ListAdapters ok = new ListAdapters(List.of(new Fixed(ListFormat.CUSTOM_CSV, List.of(person("a")))));
    assertThat(ok.read(f, Optional.of(ListFormat.CUSTOM_CSV)).entities()).hasSize(1);
  }

  @Test
  void twoAdaptersForOneFormatIsAProgrammingError() {
    assertThatThrownBy(() -> new ListAdapters(List.of(new Fixed(ListFormat.CUSTOM_CSV, List.of()),
        new io.cordon.sources.custom.CustomCsvAdapter())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("two adapters for custom-csv");
  }
}
