package io.cordon.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyBookTest {
  static final PolicyBook BOOK = PolicyBook.bundled();

  @Test
  void usProfileSelectsOfacListsAndCustomLists() {
    ScreeningPolicy us = BOOK.forJurisdiction("us");
    assertThat(us.name()).isEqualTo("us");
    assertThat(us.blocks(new SourceInfo("us_ofac_sdn", false))).isTrue();
    assertThat(us.selects(new SourceInfo("us_ofac_cons", false))).isTrue();
    assertThat(us.blocks(new SourceInfo("us_ofac_cons", false))).isFalse();
    assertThat(us.blocks(SourceInfo.of("ru_png_diplomats", "custom-csv"))).isTrue();
    assertThat(us.selects(new SourceInfo("eu_fsf", false))).isFalse();
    assertThat(BOOK.forJurisdiction("DE").name()).isEqualTo("eu");
    assertThat(BOOK.forJurisdiction("JP").name()).isEqualTo("global");
    assertThat(BOOK.get("global").blocks(new SourceInfo("anything_else", false))).isTrue();
    assertThat(BOOK.get("global").blocks(new SourceInfo("us_ofac_cons", false))).isFalse();
  }

  @Test
  void perRequestOverrideNarrowsSources() {
    ScreeningPolicy only = BOOK.get("us").onlySources(List.of("us_ofac_cons", "my_list"));
    assertThat(only.selects(new SourceInfo("us_ofac_sdn", false))).isFalse();
    assertThat(only.blocks(new SourceInfo("us_ofac_cons", false))).isFalse();
    assertThat(only.blocks(new SourceInfo("my_list", false))).isTrue();
    assertThat(only.select(List.of(new SourceInfo("us_ofac_sdn", false), new SourceInfo("my_list", false))))
        .extracting(SourceInfo::name).containsExactly("my_list");
  }

  @Test
  void userFileAddsProfilesAndIsValidated(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "format: cordon-policies/1\nprofiles:\n  bank:\n    sources:\n"
        + "      - {source: \"us_ofac_*\", blocking: true}\n      - {source: internal_png, blocking: true}\n");
    PolicyBook b = PolicyBook.withUserFile(f);
    assertThat(b.get("bank").blocks(new SourceInfo("us_ofac_cons", false))).isTrue();
    assertThat(b.get("us")).isNotNull();
    Files.writeString(f, "format: cordon-policies/1\nprofiles:\n  bank:\n    sources:\n      - {source: x}\n");
    assertThatThrownBy(() -> PolicyBook.withUserFile(f)).hasMessageContaining("profiles.bank.sources[0].blocking: missing");
    assertThatThrownBy(() -> BOOK.get("mars")).hasMessageContaining("unknown screening policy 'mars'; known: us, eu");
  }
}
