package io.cordon.sources.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged OFAC files are rejected as a whole, with the file and the problem named. */
@Tag("shared-data")
class OfacCsvBadInputTest {
  private static final ListAdapters ADAPTERS = ListAdapters.load();
  private static final Optional<ListFormat> SDN = Optional.of(ListFormat.OFAC_SDN_CSV);

  @TempDir
  Path tmp;

  private Path cut(String source, String name, double fraction) throws Exception {
    byte[] all = Files.readAllBytes(SharedData.path(source));
    Path out = tmp.resolve(name);
    Files.write(out, Arrays.copyOf(all, (int) (all.length * fraction)));
    return out;
  }

  @Test
  void emptyFileIsRejected() throws Exception {
    Path empty = Files.createFile(tmp.resolve("sdn.csv"));
    assertThatThrownBy(() -> ADAPTERS.read(empty, SDN))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("sdn.csv").hasMessageContaining("empty file");
    assertThatThrownBy(() -> ADAPTERS.read(empty, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("empty file");
    assertThatThrownBy(() -> ADAPTERS.read(tmp, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("empty file");
  }

  @Test
  void fileCutInsideAQuotedFieldIsTruncated() throws Exception {
    // cut a real file until the cut lands inside a quoted field
    byte[] all = Files.readAllBytes(SharedData.path("ofac_sdn_csv_2024-05-03/sdn.csv"));
    int at = all.length / 2;
    while (!(all[at] == '"' && all[at - 1] == ',')) { // an opening quote
      at++;
    }
    Path out = tmp.resolve("sdn.csv");
    Files.write(out, Arrays.copyOf(all, at + 3));
    assertThatThrownBy(() -> ADAPTERS.read(out, SDN))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining(out.toString())
        .hasMessageContaining("truncated")
        .hasMessageMatching("(?s).*line \\d+.*");
  }

  @Test
  void fileCutMidRowOutsideQuotesIsTruncated() throws Exception {
    byte[] all = Files.readAllBytes(SharedData.path("ofac_legacy_csv_2021-07/sdn.csv"));
    // the first "-0- ," after the middle of the file: cut right after it (a row missing fields)
    String s = new String(all, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("-0- ,", s.length() / 2) + 5;
    Path out = tmp.resolve("sdn.csv");
    Files.write(out, Arrays.copyOf(all, at));
    assertThatThrownBy(() -> ADAPTERS.read(out, SDN))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("truncated").hasMessageContaining("line ");
  }

  @Test
  void wholeRowsCutAtALineEndStillRead() throws Exception {
    // A cut exactly at a row end cannot be told from a shorter list; the catalog's count check
    // catches that. Here the adapter must read what is there without inventing anything.
    byte[] all = Files.readAllBytes(SharedData.path("ofac_legacy_csv_2021-07/sdn.csv"));
    String s = new String(all, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("\r\n", s.length() / 2) + 2;
    Path out = tmp.resolve("sdn.csv");
    Files.write(out, Arrays.copyOf(all, at));
    long rows = s.substring(0, at).chars().filter(c -> c == '\n').count();
    assertThat(ADAPTERS.read(out, SDN).entities().stream().filter(e -> e.id().matches("ofac-\\d+")).count())
        .isEqualTo(rows);
  }

  @Test
  void truncatedSideFileRejectsTheSet() throws Exception {
    Path set = Files.createDirectory(tmp.resolve("set"));
    Files.copy(SharedData.path("ofac_legacy_csv_2021-07/sdn.csv"), set.resolve("sdn.csv"));
    byte[] alt = Files.readAllBytes(SharedData.path("ofac_legacy_csv_2021-07/alt.csv"));
    String s = new String(alt, StandardCharsets.ISO_8859_1);
    int at = s.indexOf(",\"aka\",\"", s.length() / 2) + 10;
    Files.write(set.resolve("alt.csv"), Arrays.copyOf(alt, at));
    assertThatThrownBy(() -> ADAPTERS.read(set, Optional.empty()))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("alt.csv").hasMessageContaining("truncated");
  }

  @Test
  void sideFileOfAnotherVersionIsRejected() throws Exception {
    Path set = Files.createDirectory(tmp.resolve("mixed"));
    Files.copy(SharedData.path("ofac_legacy_csv_2019/sdn.csv"), set.resolve("sdn.csv"));
    Files.copy(SharedData.path("ofac_legacy_csv_2021-07/add.csv"), set.resolve("add.csv"));
    assertThatThrownBy(() -> ADAPTERS.read(set, Optional.empty()))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("add.csv").hasMessageContaining("is not in sdn.csv");
  }

  @Test
  void wrongFormatIsRejectedWithTheFileName() throws Exception {
    Path un = SharedData.path("un_sc_consolidated_2026-02-27/UN_consolidated.xml");
    assertThatThrownBy(() -> ADAPTERS.read(un, SDN))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("UN_consolidated.xml").hasMessageContaining("line 1");
    Path alt = SharedData.path("ofac_legacy_csv_2021-07/alt.csv");
    assertThatThrownBy(() -> ADAPTERS.read(alt, SDN))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("alt.csv").hasMessageContaining("5 fields, expected 12");
  }

  @Test
  void setWithoutMainFileIsRejected() {
    Path partial = SharedData.path("ofac_legacy_csv_2025-12_partial");
    assertThatThrownBy(() -> ADAPTERS.read(partial, Optional.empty()))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("without sdn.csv");
    assertThatThrownBy(() -> ADAPTERS.read(partial, SDN))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("no sdn.csv");
  }

  @Test
  void fileWithOnlyTheEndMarkerHasNoEntries() throws Exception {
    Path f = tmp.resolve("sdn.csv");
    Files.write(f, new byte[] {0x1A});
    assertThatThrownBy(() -> ADAPTERS.read(f, SDN))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("no entries");
  }

  @Test
  void cutHalfwayTheRealFileIsRejected() throws Exception {
    Path out = cut("ofac_consolidated_nonsdn_2025-12/cons_prim.csv", "cons_prim.csv", 0.37);
    assertThatThrownBy(() -> ADAPTERS.read(out, Optional.of(ListFormat.OFAC_CONS_CSV)))
        .isInstanceOf(ListFormatException.class).hasMessageContaining("cons_prim.csv");
  }
}
